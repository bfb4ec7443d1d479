import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodes } from '../../scripts/node-versions.mjs';
import { tempDir } from '../helpers.js';

/** A .node-versions/<name> folder whose node is `node`. */
function version(root: string, name: string, node: (bin: string) => void) {
  const bin = join(root, '.node-versions', name, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  node(join(bin, 'node'));
}

describe('the Node versions the build and the benchmarks use', () => {
  it('are this one and those in .node-versions/, each once; one that cannot run is left out, said', () => {
    const root = tempDir();
    version(root, 'same', (path) => symlinkSync(process.execPath, path));
    version(root, 'broken', (path) => {
      writeFileSync(path, '#!/bin/sh\nexit 3\n');
      chmodSync(path, 0o755);
    });
    const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const found = nodes(root);
      expect(found.map((n) => n.version)).toEqual([process.version]);
      expect(found[0]!.v8).toBe(process.versions.v8);
      expect(said.mock.calls.map(([text]) => String(text))).toEqual([
        expect.stringMatching(/^skipping \S+broken\S+: it does not run \(/),
      ]);
    } finally {
      said.mockRestore();
    }
  });
});
