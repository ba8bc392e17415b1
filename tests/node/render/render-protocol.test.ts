import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../../electron/core/generate';
import { handOver } from '../../../electron/node/render/render-protocol';

const file = (name: string, bytes: Uint8Array): GeneratedFile => ({
  name,
  format: 'pdf',
  documentId: name,
  bytes,
});

describe('handing files over from a worker', () => {
  it('transfers the buffer of bytes that fill it, without a copy', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { files, transfer } = handOver([file('a.pdf', bytes)]);
    expect(files[0]?.bytes).toBe(bytes);
    expect(transfer).toEqual([bytes.buffer]);
  });

  it('copies bytes that share a buffer into one of their own, so nothing else is handed away', () => {
    const shared = new Uint8Array([9, 1, 2, 3, 9]);
    const view = shared.subarray(1, 4);
    const whole = new Uint8Array([4, 5]);
    const again = new Uint8Array(whole.buffer);
    const { files, transfer } = handOver([
      file('a.pdf', view),
      file('b.pdf', whole),
      file('c.pdf', again),
    ]);
    expect([...(files[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
    expect(files[0]?.bytes.buffer).not.toBe(shared.buffer);
    expect(files[1]?.bytes).toBe(whole);
    // A second whole view of a buffer already handed over gets a copy.
    expect(files[2]?.bytes.buffer).not.toBe(whole.buffer);
    expect([...(files[2]?.bytes ?? [])]).toEqual([4, 5]);
    expect(transfer).toEqual(files.map((f) => f.bytes.buffer));
  });

  it('leaves the files as they were when posted across a thread boundary', async () => {
    const { port1, port2 } = new MessageChannel();
    const { files, transfer } = handOver([file('a.pdf', new Uint8Array([7, 8]).subarray(1))]);
    const received = new Promise<GeneratedFile[]>((resolve) => {
      port2.onmessage = (event: MessageEvent<GeneratedFile[]>) => {
        resolve(event.data);
      };
    });
    port1.postMessage(files, transfer);
    const [arrived] = await received;
    port1.close();
    port2.close();
    expect(arrived?.name).toBe('a.pdf');
    expect([...(arrived?.bytes ?? [])]).toEqual([8]);
    // Transferred: the sending side's buffer is detached, not copied.
    expect(files[0]?.bytes.byteLength).toBe(0);
  });
});
