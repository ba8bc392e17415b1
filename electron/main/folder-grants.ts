import { resolve } from 'node:path';

/**
 * The folders the user picked in a dialog during this run. The window may write exports to them
 * and show them in the file manager; a path typed or made up in the window is never enough.
 */
export class FolderGrants {
  readonly #folders = new Set<string>();

  grant(folder: string): void {
    this.#folders.add(resolve(folder));
  }

  allows(folder: string): boolean {
    return this.#folders.has(resolve(folder));
  }
}
