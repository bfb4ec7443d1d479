import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ladderCopy, runCli, SHIPPED } from '../helpers.js';
import { bytes, structural } from '../mutations.js';

/**
 * The fuzz test of tests/unit runs the commands in-process, many times; this runs the built
 * program on a sample, as a user would, to see what reaches the terminal.
 */
describe('the built program against mutated ladders', () => {
  const samples = [
    ...fc.sample(structural, { numRuns: 6, seed: 42 }),
    ...fc.sample(bytes, { numRuns: 6, seed: 42 }),
  ];
  it.each(samples.map((files, i) => [i, files] as const))(
    'sample %i: works, or exits 1 or 2 with one error line and at most a hint',
    async (_i, files) => {
      const dir = ladderCopy(SHIPPED);
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      for (const args of [['validate'], ['show', 'vp'], ['diff', 'director', 'vp'], ['list']]) {
        const r = await runCli([...args, '--ladder', dir]);
        if (r.code === 0) continue;
        expect([1, 2]).toContain(r.code);
        const lines = r.stderr.trimEnd().split('\n');
        if (args[0] !== 'validate') {
          expect(lines.length).toBeLessThanOrEqual(2);
          expect(lines[0]).toMatch(/^error: /);
          if (lines[1] !== undefined) expect(lines[1]).toMatch(/^hint: /);
        }
        expect(r.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+|unexpected failure/);
      }
    },
  );
});
