// npm run package: the tarball users install, built from a staging folder that holds exactly
// what they need. Its package.json has no scripts: `prepare`, which builds dist/ in a clone or a
// git install, would only be a warning for someone installing a tarball that ships dist/.
//
// node scripts/package.mjs [--out <dir>]    (after npm run build)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const out = at === -1 ? root : process.argv[at + 1];
if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
  console.error('error: dist/ is not built; run npm run build first');
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'ladder-package-'));
try {
  for (const path of ['bin', 'completion', 'ladder', 'README.md', 'LICENSE'])
    cpSync(join(root, path), join(stage, path), { recursive: true });
  // dist/: the code, its code caches, the licenses of what it bundles, and its source maps
  // (without sources), for LADDER_DEBUG's stack traces.
  cpSync(join(root, 'dist'), join(stage, 'dist'), { recursive: true });
  const { scripts: _scripts, devDependencies: _dev, ...shipped } = manifest;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(shipped, null, 2)}\n`);
  const name = execFileSync('npm', ['pack', '--pack-destination', out, stage], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  console.log(join(out, name));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
