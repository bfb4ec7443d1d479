#!/usr/bin/env node
// Starts the program built by `npm run build` in dist/. It is CommonJS (see bin/package.json),
// which Node 20 loads faster than ES modules, and each of its files is compiled with the V8
// code cache the build wrote beside it (Node 20 has no module.enableCompileCache). V8 ignores
// a cache from another version of itself and compiles as usual. The files are loaded here, not
// by require(): the build wrote each as a function of the CommonJS arguments.
'use strict';

const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '../dist');
const writeCache = process.env.LADDER_WRITE_CODE_CACHE === '1';
const loaded = new Map();

/** Loads one of dist/*.cjs; the bundle requires its lazily loaded parts through here too. */
function load(file) {
  if (loaded.has(file)) return loaded.get(file).exports;
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache: compile as usual.
  }
  // The build wrote the file as a function of the CommonJS arguments.
  const script = new Script(readFileSync(file, 'utf8'), {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  loaded.set(file, module);
  const nodeRequire = Module.createRequire(file);
  const require = (id) => (/^\.\/[\w-]+\.cjs$/.test(id) ? load(join(dist, id)) : nodeRequire(id));
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
  if (writeCache)
    process.on('exit', () => writeFileSync(`${file}.cache`, script.createCachedData()));
  return module.exports;
}

const program = () => load(join(dist, 'cli.cjs'));
if (require.main === module) program().main(process.argv, join(__dirname, '..'));
// The build's warm-up runs several commands in one process (scripts/warm-code-cache.cjs).
else module.exports = { program };
