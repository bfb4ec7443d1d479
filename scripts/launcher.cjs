// The launcher, copied into dist/ by scripts/build.mjs: it starts the program built there.
// CommonJS, which loads faster than ES modules, compiled from a code cache so that a start does
// not compile it again. The build writes a V8 code cache beside each file, named for the V8 that
// wrote it; where this V8 wrote them, dist/ loads with them, which measured fastest on Node 20,
// 22 and 24 (npm run bench). Where another V8 wrote them, Node's own compile cache (22.8 and
// later) does the work instead; Node 20, which has none, compiles as usual. LADDER_LOADER
// (code-cache or compile-cache) chooses, for the build and the benchmarks.
'use strict';

const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');

const dist = __dirname;
const cacheOf = (file) => `${file}.${process.versions.v8}.cache`;
const builtIn =
  process.env.LADDER_LOADER === 'compile-cache' ||
  (process.env.LADDER_LOADER !== 'code-cache' &&
    typeof Module.enableCompileCache === 'function' &&
    !existsSync(cacheOf(join(dist, 'cli.cjs'))));

/** Node's own compile cache, kept with ladder's other caches when there is a home for them. */
function compileCache() {
  const home = process.env.XDG_CACHE_HOME || (process.env.HOME && join(process.env.HOME, '.cache'));
  Module.enableCompileCache(home ? join(home, 'ladder', 'compile') : undefined);
  return (file) => require(file);
}

/**
 * Loads dist/*.cjs with the code cache beside each (LADDER_WRITE_CODE_CACHE=1 writes it at
 * exit); the bundle requires its lazily loaded parts through here too. Each file is a function
 * of the CommonJS arguments called with them; that call, its last line, is left out here.
 */
function codeCache() {
  const { Script } = require('node:vm');
  const writeCache = process.env.LADDER_WRITE_CODE_CACHE === '1';
  const loaded = new Map();
  const load = (file) => {
    if (loaded.has(file)) return loaded.get(file).exports;
    let cachedData;
    try {
      cachedData = readFileSync(cacheOf(file));
    } catch {
      // No cache: compile as usual.
    }
    const source = readFileSync(file, 'utf8');
    // A slice, which V8 keeps as a view of the text rather than a copy of it.
    const script = new Script(source.slice(0, source.lastIndexOf('\n.call(')), {
      filename: file,
      cachedData,
    });
    const module = { exports: {} };
    loaded.set(file, module);
    const nodeRequire = Module.createRequire(file);
    const require = (id) => (/^\.\/[\w-]+\.cjs$/.test(id) ? load(join(dist, id)) : nodeRequire(id));
    script.runInThisContext()(module.exports, require, module, file, dirname(file));
    if (writeCache)
      process.on('exit', () => writeFileSync(cacheOf(file), script.createCachedData()));
    return module.exports;
  };
  return load;
}

// LADDER_DEBUG=1: stack traces name the source's files, lines and functions, from the source
// maps beside each file, which Node applies only to the files its own loader reads.
const debug = process.env.LADDER_DEBUG === '1';
if (debug) process.setSourceMapsEnabled(true);
const load = debug ? (file) => require(file) : builtIn ? compileCache() : codeCache();
/** The built program; the build's warm-up runs several commands in one process with it. */
const program = () => load(join(dist, 'cli.cjs'));
module.exports = { program };
