import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFolder } from '../src/io/write-folder.js';
import { FORK, SHIPPED, tempDir } from './helpers.js';

/** The files of a ladder folder, by path relative to it. */
function filesOf(dir: string): Record<string, string> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    names
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );
}

/**
 * import --force of the fork over the shipped ladder, with a copy of the parent folder taken
 * after each move: each copy is what a kill at that moment leaves.
 */
export function killedAtEachMove(): string[] {
  const parent = tempDir();
  const dir = join(parent, 'ladder');
  cpSync(SHIPPED, dir, { recursive: true });
  writeFileSync(join(dir, 'README.md'), 'Our notes\n');
  const snapshots: string[] = [];
  writeFolder(dir, {
    files: filesOf(FORK),
    owned: ['ladder.yaml', 'levels'],
    force: true,
    afterMove: () => {
      const copy = tempDir();
      cpSync(parent, copy, { recursive: true });
      snapshots.push(join(copy, 'ladder'));
    },
  });
  return snapshots;
}
