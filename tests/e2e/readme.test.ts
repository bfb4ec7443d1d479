import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, ROOT, runCli, tempDir } from '../helpers.js';

interface Step {
  /** `export NAME=value …`: set for every command after it, as in a shell. */
  exports?: Record<string, string>;
  command?: string;
  output?: string;
}

/**
 * Every ```console block of the README, in order, as a shell session: `$ ladder …` lines, each
 * followed by what it prints, and `$ export …` lines.
 */
function steps(): Step[] {
  const readme = read(join(ROOT, 'README.md'));
  const blocks = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    block
      .split(/^(?=\$ )/m)
      .filter((part) => part.startsWith('$ '))
      .map((part): Step => {
        const [first, ...rest] = part.split('\n');
        const line = first!.slice(2);
        if (line.startsWith('export '))
          return {
            exports: Object.fromEntries(
              line
                .slice('export '.length)
                .split(/\s+/)
                .map((pair) => pair.split('=') as [string, string]),
            ),
          };
        return { command: line, output: rest.join('\n') };
      }),
  );
}

/** Splits a shell command line into words, honoring double quotes. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('the README', () => {
  const all = steps();
  // The check-in walkthrough keeps a store where you stand: once the README exports anything,
  // commands run in a scratch folder that holds a copy of examples/, as a clone would.
  const scratch = tempDir('ladder-readme-');
  cpSync(join(ROOT, 'examples'), join(scratch, 'examples'), { recursive: true });
  const env: Record<string, string> = {};
  const cases = all.flatMap((step, i) => {
    if (step.exports) Object.assign(env, step.exports);
    const exported = all.slice(0, i).some((s) => s.exports);
    return step.command ? [{ ...step, env: { ...env }, cwd: exported ? scratch : ROOT }] : [];
  });

  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('shows what `$command` prints', async ({ command, output, env, cwd }) => {
    const [program, ...args] = words(command!);
    // A git line (cloning the harvest walk-through's history) runs git, as a shell would.
    const r =
      program === 'git'
        ? spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } })
        : await runCli(args, { env, cwd });
    expect(r.stdout + r.stderr).toBe(output);
  });
});
