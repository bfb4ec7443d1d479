// The launcher, copied into dist/ by scripts/build.mjs: it starts the program built there.
// CommonJS, which loads faster than ES modules, compiled from a V8 code cache so that a start
// does not compile it again. A code cache holds only what the V8 that wrote it can read, so each
// file's is looked for in two places: beside it in dist/, where the build's warm-up wrote one for
// each Node it ran under; else in the user's cache folder, keyed by this V8 and this
// build, where the first run under any other Node writes one after it ran, so that it holds the
// functions that run compiled (Node's own compile cache holds only what exists right after
// compiling: a fifth of it, measured in npm run bench). LADDER_LOADER=compile-cache uses Node's
// instead, for the benchmarks that compare the two.
'use strict';

const { mkdirSync, readFileSync, renameSync, writeFileSync, writeSync } = require('node:fs');
const Module = require('node:module');
const { basename, dirname, join } = require('node:path');

const dist = __dirname;
// Replaced by the build with its id (a cache written for one build is never read by another)
// and the package's version.
const BUILD = '__LADDER_BUILD__';
const VERSION = '__LADDER_VERSION__';
const env = process.env;
const home = env.XDG_CACHE_HOME || (env.HOME && join(env.HOME, '.cache'));
const shippedCache = (file) => `${file}.${process.versions.v8}.cache`;
const userCaches =
  home && env.LADDER_NO_CACHE !== '1'
    ? join(home, 'ladder', 'code', `${process.versions.v8}-${BUILD}`)
    : undefined;

/** Node's own compile cache, kept with ladder's other caches when there is a home for them. */
function compileCache() {
  Module.enableCompileCache(home ? join(home, 'ladder', 'compile') : undefined);
  return (file) => require(file);
}

/** The first cache that can be read, and where a new one goes when none can. */
function cacheFor(file) {
  const mine = userCaches && join(userCaches, `${basename(file)}.cache`);
  for (const candidate of [shippedCache(file), mine]) {
    if (!candidate) continue;
    try {
      return { data: readFileSync(candidate), mine };
    } catch {
      // Not there: the next place, else compile as usual.
    }
  }
  return { data: undefined, mine };
}

/** Written whole or not at all: a start that reads it half-written would only waste it. */
function writeAtomically(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // A cache folder that cannot be written: the next start compiles again, as this one did.
  }
}

/**
 * Loads dist/*.cjs with a code cache (LADDER_WRITE_CODE_CACHE=1, the build's warm-up, writes
 * the ones beside them at exit); the bundle requires its lazily loaded parts through here too.
 * Each file is a function of the CommonJS arguments called with them; that call, its last
 * line, is left out here.
 */
function codeCache() {
  const { Script } = require('node:vm');
  const building = env.LADDER_WRITE_CODE_CACHE === '1';
  const loaded = new Map();
  const load = (file) => {
    if (loaded.has(file)) return loaded.get(file).exports;
    const cache = building ? { data: undefined } : cacheFor(file);
    const source = readFileSync(file, 'utf8');
    // A slice, which V8 keeps as a view of the text rather than a copy of it.
    const script = new Script(source.slice(0, source.lastIndexOf('\n.call(')), {
      filename: file,
      cachedData: cache.data,
    });
    const module = { exports: {} };
    loaded.set(file, module);
    const nodeRequire = Module.createRequire(file);
    const require = (id) => (/^\.\/[\w-]+\.cjs$/.test(id) ? load(join(dist, id)) : nodeRequire(id));
    script.runInThisContext()(module.exports, require, module, file, dirname(file));
    // After the run, the cache holds what it compiled, lazily compiled functions included.
    if (building) atExit(() => writeFileSync(shippedCache(file), script.createCachedData()));
    else if (cache.mine && (cache.data === undefined || script.cachedDataRejected))
      atExit(() => writeAtomically(cache.mine, script.createCachedData()));
    return module.exports;
  };
  return load;
}

/** What to do at exit, in one listener however many files are loaded (Node warns past ten). */
const leaving = [];
function atExit(task) {
  if (!leaving.length) process.once('exit', () => leaving.forEach((t) => t()));
  leaving.push(task);
}

// LADDER_DEBUG=1: stack traces name the source's files, lines and functions, from the source
// maps beside each file, which Node applies only to the files its own loader reads.
const debug = env.LADDER_DEBUG === '1';
if (debug) process.setSourceMapsEnabled(true);
const load = debug
  ? (file) => require(file)
  : env.LADDER_LOADER === 'compile-cache' && typeof Module.enableCompileCache === 'function'
    ? compileCache()
    : codeCache();
/** The built program; the build's warm-up runs several commands in one process with it. */
const program = () => load(join(dist, 'cli.cjs'));

/** `ladder --version` (or -V) alone is answered here, as the program would, without loading it. */
function answeredVersion(argv) {
  if (argv.length !== 3 || (argv[2] !== '--version' && argv[2] !== '-V')) return false;
  try {
    writeSync(1, `${VERSION}\n`);
    return true;
  } catch (error) {
    // A reader gone already (`ladder --version | true`) is not an error; any other failure
    // (a full disk) is the program's to report, as it reports it for every command.
    return error.code === 'EPIPE';
  }
}
/**
 * Runs the program for `bin/ladder.js`, and ends the process as soon as it is done when nothing
 * is left to wait for (no handle, request or timer: no write queued on a stream, no child):
 * left to end by itself, it would first run the garbage collection V8 scheduled during the
 * run, for a heap about to be thrown away (2–3 ms of a 40 ms start, measured in npm run bench).
 */
function run(argv, root) {
  // Not awaited: a stack trace under LADDER_DEBUG=1 names the program's source, not this file.
  return program()
    .main(argv, root)
    .then(() => process.getActiveResourcesInfo().length === 0 && process.exit());
}
module.exports = { program, answeredVersion, run };
