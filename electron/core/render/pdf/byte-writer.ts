/**
 * Bytes written one after another into one buffer that grows as needed and is reused from one
 * stream to the next, so a page's operators are neither joined as strings nor encoded again.
 */
export class ByteWriter {
  /** The bytes; those before `length` are written. Fast writers fill it after `ensure`. */
  buffer = new Uint8Array(1 << 15);
  length = 0;

  /** Starts a new stream in the same buffer; what `bytes` gave before is overwritten. */
  reset(): void {
    this.length = 0;
  }

  /** The bytes written since the last reset, as a view that holds until the next write. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Makes room for `count` more bytes. */
  ensure(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    larger.set(this.buffer.subarray(0, this.length));
    this.buffer = larger;
  }

  byte(value: number): void {
    this.ensure(1);
    this.buffer[this.length++] = value;
  }

  /** Text of ASCII characters (operators and numbers), a byte each. */
  ascii(text: string): void {
    this.ensure(text.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }
}

/**
 * Whether a byte stands in a literal string as it is: ASCII but for the delimiters, the escape and
 * CR (a reader takes a bare CR for a line end, and reads LF).
 */
export const plainInLiteral = (value: number): boolean =>
  value < 0x80 && value !== 0x28 && value !== 0x29 && value !== 0x5c && value !== 0x0d;

/** At most how many bytes `literalByte` writes for one byte. */
export const LITERAL_BYTE_MAX = 4;

/**
 * Writes a byte as it stands inside a literal string, at `at`, and gives the position after it:
 * a plain byte as it is, the delimiters, the escape and CR escaped, and bytes above ASCII in
 * octal, so the stream stays ASCII.
 */
export function literalByte(buffer: Uint8Array, at: number, value: number): number {
  if (plainInLiteral(value)) {
    buffer[at] = value;
    return at + 1;
  }
  buffer[at] = 0x5c;
  if (value === 0x0d) buffer[at + 1] = 0x72;
  else if (value < 0x80) buffer[at + 1] = value;
  else {
    // Three octal digits: 0o200 to 0o377.
    buffer[at + 1] = 0x30 + (value >> 6);
    buffer[at + 2] = 0x30 + ((value >> 3) & 7);
    buffer[at + 3] = 0x30 + (value & 7);
    return at + 4;
  }
  return at + 2;
}
