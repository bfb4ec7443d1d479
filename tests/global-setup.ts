import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder of a run (the tests' own, and those the program makes under test) goes
 * into one folder, removed when the run ends: thousands of them would otherwise pile up in the
 * system's, where every later lookup of a parent folder (esbuild's, for one) has to list them.
 */
export default function setup(): () => void {
  // A contributor's shell settings never reach a test: the workers, the programs they spawn and
  // the tmux server all inherit this environment.
  for (const name of Object.keys(process.env))
    if (/^(NO_COLOR|FORCE_COLOR|COLUMNS|LINES|LADDER_\w+)$/.test(name)) delete process.env[name];
  const root = mkdtempSync(join(tmpdir(), 'ladder-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
