import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

/** The tarball `npm run package` writes, into a folder of its own. */
function tarball(): string {
  const out = tempDir('ladder-tarball-');
  return execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', out], {
    encoding: 'utf8',
  }).trim();
}

describe('the package', () => {
  it('holds exactly what a user needs: bin, dist, completion, the ladder with its schemas, README, LICENSE', () => {
    const files = execFileSync('tar', ['tzf', tarball()], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    const unexpected = files.filter(
      (f) =>
        !/^(bin\/(ladder\.js|package\.json)|completion\/ladder\.(bash|zsh)|dist\/[\w-]+\.cjs(\.[\w.-]+\.cache|\.map)?|dist\/[\w-]+\.cjs\.LEGAL\.txt|dist\/ladder\.cache|ladder\/.+\.(yaml|json)|README\.md|LICENSE|package\.json)$/.test(
          f,
        ),
    );
    expect(unexpected).toEqual([]);
    for (const needed of [
      'bin/ladder.js',
      'dist/cli.cjs',
      'dist/ladder.cache',
      'completion/ladder.bash',
      'completion/ladder.zsh',
      'ladder/ladder.yaml',
      'ladder/schema/level.schema.json',
      'README.md',
      'LICENSE',
    ])
      expect(files).toContain(needed);
    expect(files.some((f) => f.endsWith('.ts') || f.startsWith('tests/'))).toBe(false);
    // The build's warm-up runs every command, under each Node it has: each command's file
    // ships with a code cache for every V8 the main file has one for.
    const commands = files.filter((f) => /^dist\/commands-[\w-]+\.cjs$/.test(f));
    expect(commands.length).toBeGreaterThan(20);
    const v8s = files.flatMap((f) => /^dist\/cli\.cjs\.(.+)\.cache$/.exec(f)?.[1] ?? []);
    expect(
      commands
        .flatMap((f) => v8s.map((v8) => `${f}.${v8}.cache`))
        .filter((c) => !files.includes(c)),
    ).toEqual([]);
  });

  it('installs from the tarball with no warning, and runs from there', () => {
    const file = tarball();
    const prefix = tempDir('ladder-prefix-');
    const install = spawnSync(
      'npm',
      ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', file],
      { encoding: 'utf8', cwd: tempDir() },
    );
    expect(install.status).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|warn/i);
    const ladder = (...args: string[]) =>
      execFileSync(join(prefix, 'bin', 'ladder'), args, {
        encoding: 'utf8',
        cwd: tempDir(),
        env: { PATH: process.env.PATH, HOME: tempDir(), NO_COLOR: '1' },
      });
    expect(ladder('--version')).toBe(`${version}\n`);
    expect(ladder('show', 'vp-eng')).toMatch(/^VP of Engineering\n/);
    expect(ladder('completion', 'bash')).toContain('complete -F __ladder_complete ladder');
    // A bug report's stack trace names ladder's source, from the maps the package ships.
    const debug = spawnSync(join(prefix, 'bin', 'ladder'), ['show', 'nope'], {
      encoding: 'utf8',
      cwd: tempDir(),
      env: { PATH: process.env.PATH, HOME: tempDir(), NO_COLOR: '1', LADDER_DEBUG: '1' },
    });
    expect(debug.stderr).toMatch(/at requireLevel \(\S+\/src\/ladder\/resolve\.ts:\d+:\d+\)/);
    // A first run under a Node that did not build the package writes a code cache for it, in
    // a folder for its V8 and the build; under the one that did, the shipped caches serve.
    // The Node running the tests runs it (under CI, 22 and 24 as well as the build's 20).
    const installed = join(prefix, 'lib', 'node_modules', 'ladder');
    const cache = tempDir();
    execFileSync(process.execPath, [join(installed, 'bin', 'ladder.js'), 'show', 'vp-eng'], {
      cwd: tempDir(),
      env: { HOME: tempDir(), XDG_CACHE_HOME: cache },
    });
    const { v8 } = process.versions;
    const code = join(cache, 'ladder', 'code');
    if (existsSync(join(installed, 'dist', `cli.cjs.${v8}.cache`)))
      expect(existsSync(code)).toBe(false);
    else {
      const [folder, ...others] = readdirSync(code);
      expect(others).toEqual([]);
      expect(folder).toMatch(new RegExp(`^${v8.replace(/\./g, '\\.')}-[0-9a-f]{16}$`));
      expect(readdirSync(join(code, folder!))).toContain('cli.cjs.cache');
    }
    // The first run serves the ladder the build checked, without the YAML parser; an installed
    // ladder edited since is read as it is now, not as the build found it.
    const parser = join(installed, 'dist', 'ladder-parsing.cjs');
    renameSync(parser, `${parser}.away`);
    expect(ladder('show', 'vp-eng')).toMatch(/^VP of Engineering\n/);
    renameSync(`${parser}.away`, parser);
    const level = join(installed, 'ladder', 'levels', 'vp-eng.yaml');
    writeFileSync(
      level,
      readFileSync(level, 'utf8').replace('title: VP of Engineering', 'title: VP, Engineering'),
    );
    expect(ladder('show', 'vp-eng')).toMatch(/^VP, Engineering\n/);
  }, 180_000);
});
