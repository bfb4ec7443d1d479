import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff/run.js';
import { createContext, type CommandContext } from '../../src/commands/context.js';
import { exportLadder } from '../../src/commands/export/run.js';
import { lint } from '../../src/commands/lint/run.js';
import { list } from '../../src/commands/list/run.js';
import { search } from '../../src/commands/search/run.js';
import { show } from '../../src/commands/show/run.js';
import { validate } from '../../src/commands/validate/run.js';
import { UserError } from '../../src/errors.js';
import { ladderCopy, ROOT, SHIPPED, tempDir, testStyle } from '../helpers.js';
import { bytes, structural } from '../mutations.js';

/** Runs a command as the CLI would, and says how it ended: fine, or the one error it gave. */
async function outcome(run: (ctx: CommandContext) => Promise<unknown>, ladderDir: string) {
  const ctx: CommandContext = createContext({
    ladderDir,
    packageDir: ROOT,
    style: testStyle(80),
    env: { LADDER_NO_CACHE: '1', XDG_DATA_HOME: tempDir() },
    cwd: ladderDir,
    now: () => new Date('2026-11-26T10:00:00Z'),
    interactive: false,
    out: () => {},
    err: () => {},
  });
  try {
    await run(ctx);
    return 'ok';
  } catch (error) {
    // Anything else would be a stack trace: a bug, not an answer.
    expect(error).toBeInstanceOf(UserError);
    const e = error as UserError;
    expect([1, 2]).toContain(e.exitCode);
    expect(e.message).not.toMatch(/\n/);
    if (e.hint !== undefined) expect(e.hint).not.toMatch(/\n/);
    return e.exitCode;
  }
}

const commands: [string, (ctx: CommandContext) => Promise<unknown>][] = [
  ['validate', (ctx) => validate({}, ctx)],
  ['show', (ctx) => show({ level: 'vp', format: 'text' }, ctx)],
  ['show --json', (ctx) => show({ level: 'director', format: 'text', json: true }, ctx)],
  ['diff', (ctx) => diff({ from: 'director', to: 'vp', format: 'text' }, ctx)],
  ['list', (ctx) => list({}, ctx)],
  ['search', (ctx) => search({ text: 'strategy' }, ctx)],
  ['lint', (ctx) => lint({ minNew: 2 }, ctx)],
  ['export', (ctx) => exportLadder({ format: 'html', out: join(tempDir(), 'l.html') }, ctx)],
];

describe('every command holds against a mutated ladder', () => {
  it.each([
    ['changes of structure and type', structural],
    ['changes of bytes', bytes],
  ])(
    '%s: it works, or it is one line of error with exit 1 or 2',
    async (_name, mutation) => {
      await fc.assert(
        fc.asyncProperty(mutation, async (files) => {
          const dir = ladderCopy(SHIPPED);
          for (const [name, content] of Object.entries(files))
            writeFileSync(join(dir, name), content);
          for (const [, run] of commands) await outcome(run, dir);
        }),
        { numRuns: 120 },
      );
    },
    60_000,
  );
});
