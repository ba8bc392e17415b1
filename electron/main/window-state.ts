import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from '../node/output/write-file';

const BoundsSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(640),
  height: z.number().int().min(480),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof BoundsSchema>;

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The saved window state, if it is readable and still lies on one of the screens. */
export function loadWindowState(file: string, screens: Area[]): WindowState | null {
  let saved: WindowState;
  try {
    saved = BoundsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
  // A window whose title bar is off every screen (a monitor was unplugged) starts centred instead.
  const visible = screens.some(
    (s) =>
      saved.x + 100 > s.x &&
      saved.x < s.x + s.width - 100 &&
      saved.y >= s.y &&
      saved.y < s.y + s.height - 40,
  );
  return visible ? saved : null;
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomically(file, new TextEncoder().encode(JSON.stringify(state)));
}
