import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, ROOT, runCli } from '../helpers.js';

/** Every ```console block of the README: a `$ ladder …` line, then what it prints. */
function examples(): { command: string; output: string }[] {
  const readme = read(join(ROOT, 'README.md'));
  return [...readme.matchAll(/```console\n\$ (ladder .*)\n([\s\S]*?)```/g)].map((m) => ({
    command: m[1]!,
    output: m[2]!,
  }));
}

/** Splits a shell command line into words, honoring double quotes. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('the README', () => {
  const blocks = examples();

  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks)('shows what `$command` prints', async ({ command, output }) => {
    const r = await runCli(words(command).slice(1));
    expect(r.stdout + r.stderr).toBe(output);
  });
});
