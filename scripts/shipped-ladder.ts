// Bundled and run by scripts/build.mjs: checks the ladder the package ships, as a run would,
// and writes its entry beside the program (see readShippedLadder), so that a user's first run
// serves it without parsing YAML. A problem in the shipped ladder fails the build.
//
// shipped-ladder <ladder folder> <entry>
import { contentOf } from '../src/io/content-fingerprint.js';
import { readLadderFiles } from '../src/io/ladder-dir.js';
import { writeShippedLadder } from '../src/io/ladder-cache.js';
import { loadLadder } from '../src/ladder/load.js';
import { BUILD_ID } from '../src/version.js';

const [dir, entry] = process.argv.slice(2) as [string, string];
const raw = readLadderFiles(dir);
const { ladder, problems } = loadLadder(dir, raw);
if (!ladder || problems.length > 0) {
  for (const p of problems) process.stderr.write(`${JSON.stringify(p)}\n`);
  process.exit(1);
}
writeShippedLadder(entry, dir, contentOf(raw), BUILD_ID, ladder);
