import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forName, forWords, ladderCommand, shellWord } from '../../src/render/command-line.js';
import { sanitizeLine } from '../../src/render/sanitize.js';
import { tempDir } from '../helpers.js';

/** Words as a POSIX shell reads them back, one a line, in a folder that must stay empty. */
function readBack(words: string[], cwd: string): string[] {
  const script = `for w in ${words.join(' ')}; do printf '%s\\n' "$w"; done`;
  const r = spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8' });
  return r.stdout.split('\n').slice(0, -1);
}

describe('a printed command', () => {
  it('names a person by id, or by a quoted name where it may be new', () => {
    const zed = { me: false, person: { id: 'zed-touch-hint-ran', name: 'Zed $(touch HINT_RAN)' } };
    expect(ladderCommand('agree', '--done', 'director-1', forWords(zed))).toBe(
      'ladder agree --done director-1 --for zed-touch-hint-ran',
    );
    expect(ladderCommand('assess', 'vp-eng', forName(zed))).toBe(
      "ladder assess vp-eng --for 'Zed $(touch HINT_RAN)'",
    );
    expect(ladderCommand('assess', undefined, forWords({ ...zed, me: true }), false)).toBe(
      'ladder assess',
    );
    expect(shellWord('knowledge,scope')).toBe('knowledge,scope');
  });

  it('quotes every word so that a shell reads it back as it was, and runs nothing', () => {
    const cwd = tempDir();
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', minLength: 1 }), { minLength: 1, maxLength: 5 }),
        (words) => {
          const clean = words.map(sanitizeLine).filter((w) => w !== '');
          expect(readBack(clean.map(shellWord), cwd)).toEqual(clean);
        },
      ),
      { numRuns: 100 },
    );
    expect(readdirSync(cwd)).toEqual([]);
  });
});
