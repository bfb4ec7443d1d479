import { mkdirSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

const SEED = join(ROOT, 'tests/fixtures/seed/vp_of_engineering.md');

describe('ladder import', () => {
  it('imports the seed page into a ladder that validates and diffs like the shipped one', async () => {
    const out = join(tempDir(), 'imported');
    const r = await runCli(['import', SEED, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Imported 2 levels, 1 track and 8 sections from 1 page into ${out}`);
    expect(r.stdout).toContain(
      'director-of-engineering  Director of Engineering: from a column of vp_of_engineering.md',
    );
    expect(readdirSync(join(out, 'levels')).sort()).toEqual([
      'director-of-engineering.yaml',
      'vp-of-engineering.yaml',
    ]);
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
    const imported = JSON.parse(
      (await runCli(['diff', 'director', 'vp', '--json', '--ladder', out])).stdout,
    );
    const shipped = JSON.parse((await runCli(['diff', 'director', 'vp', '--json'])).stdout);
    expect(imported.summary).toEqual(shipped.summary);
    expect(imported.sections).toEqual(shipped.sections);
  });

  it('never writes into a folder that is not empty without --force', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = await runCli(['import', SEED, '--out', out]);
    // A refusal to overwrite is a failure with a hint (1), not a usage error (2).
    expect(r).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `error: ${out} is not empty\nhint: pass --force to write into it anyway\n`,
    });
    expect((await runCli(['import', SEED, '--out', out, '--force'])).code).toBe(0);
    expect(readdirSync(out)).toContain('keep.txt');
  });

  it('reports a page it cannot read by name, and still imports the rest', async () => {
    const site = tempDir();
    copyFileSync(SEED, join(site, 'vp.md'));
    writeFileSync(
      join(site, 'broken.md'),
      '---\ntitle: Broken\n---\n# Broken\n### Scope\n<table><tr><td style="font-weight:bold">Broken',
    );
    mkdirSync(join(site, 'assets'));
    const out = join(tempDir(), 'out');
    const r = await runCli(['import', site, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `error: ${join(site, 'broken.md')}: the table under "### Scope" (line 5) is not well-formed HTML`,
    );
    expect(r.stdout).toContain('from 1 page');
    expect((await runCli(['validate', '--ladder', out])).code).toBe(0);
  });
});
