import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder of a run (the tests' own, and those the program makes under test) goes
 * into one folder, removed when the run ends: thousands of them would otherwise pile up in the
 * system's, where every later lookup of a parent folder (esbuild's, for one) has to list them.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ladder-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
