// The esbuild plugins of scripts/build.mjs: how dist/ is split into files loaded on first use,
// and four libraries' start-up costs left out. Nothing under src/ knows of any of this.
import { join, relative } from 'node:path';

/** A module that stands in for another: `contents` is its CommonJS text. */
const standIn = (name, filter, applies, contents) => ({
  name,
  setup(b) {
    b.onResolve({ filter }, (args) =>
      applies(args.importer) ? { path: name, namespace: name } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
  },
});

/**
 * chalk detects color support when it loads, which loads tty and net; ladder always gives chalk
 * a level of its own (src/io/terminal.ts), so the detection is left out.
 */
export const noColorDetection = standIn(
  'no-color-detection',
  /^#supports-color$/,
  () => true,
  'module.exports = { stdout: false, stderr: false };',
);

/**
 * fflate's Node build loads worker_threads as it loads (2.5 ms of the 6.5 a workbook's
 * reader takes), for the asynchronous functions ladder never calls; its browser build is the
 * same code without them.
 */
export const fflateWithoutWorkers = (root) => ({
  name: 'fflate-without-workers',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, () => ({
      path: join(root, 'node_modules/fflate/esm/browser.js'),
    }));
  },
});

/**
 * commander requires child_process at load time for executable subcommands, which ladder has
 * none of; loading it costs more than all of ladder's own code. It is required on first use.
 */
export const deferChildProcess = standIn(
  'defer-child-process',
  /^(node:)?child_process$/,
  (importer) => importer.includes('node_modules/commander'),
  "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
);

/**
 * The completion library checks one argument with node:assert, whose loading costs a Tab more
 * than answering it: a plain check stands in for it.
 */
export const plainAssert = standIn(
  'plain-assert',
  /^(node:)?assert$/,
  (importer) => importer.includes('node_modules/@bomb.sh/tab'),
  'module.exports = (ok, message) => { if (!ok) throw new Error(message ?? "assertion failed"); };',
);

/** The file a relative import names, as its TypeScript source; undefined for a package. */
async function sourceOf(b, args) {
  if (args.pluginData === 'inner' || !/^\./.test(args.path)) return undefined;
  const resolved = await b.resolve(args.path, {
    kind: args.kind,
    resolveDir: args.resolveDir,
    importer: args.importer,
    pluginData: 'inner',
  });
  return resolved.path.replace(/\.js$/, '.ts');
}

/**
 * The split rule. `chunks` maps a source file to the name of its own file in dist/; `lazy`
 * holds the ones imported statically but loaded on first call (the wrappers of heavy libraries
 * in src/lib/), with the names they export. An import of a chunk becomes a require() of its
 * file: a dynamic import when it runs, a static one at once, and one of a wrapper a function per
 * export that requires the file on its first call. In a chunk, `lend` names the modules the main
 * file has, which are taken from it, so that each exists once: one UserError for `instanceof`,
 * one ladder cache.
 */
export function split({ root, chunks, lazy, lend = new Set(), lent = new Set() }) {
  return {
    name: 'split',
    setup(b) {
      b.onResolve({ filter: /^\.\/cli\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      b.onResolve({ filter: /.*/ }, async (args) => {
        // What a stand-in requires is another file of dist/, found beside it at run time.
        if (args.namespace === 'chunk' || args.namespace === 'on-call')
          return { path: args.path, external: true };
        if (args.namespace !== 'file') return undefined;
        const file = await sourceOf(b, args);
        if (!file || file === args.importer) return undefined;
        const name = chunks.get(file);
        if (name && args.kind !== 'entry-point') {
          const kind = lazy.has(file) && args.kind !== 'dynamic-import' ? 'on-call' : 'chunk';
          return { path: name, namespace: kind, pluginData: file };
        }
        if (!lend.has(file)) return undefined;
        lent.add(file);
        return { path: relative(root, file), namespace: 'main' };
      });
      b.onLoad({ filter: /.*/, namespace: 'chunk' }, (args) => ({
        // Named exports only: a default export would come back wrapped in another default.
        contents: `module.exports = require('./${args.path}.cjs');`,
        loader: 'js',
      }));
      b.onLoad({ filter: /.*/, namespace: 'on-call' }, (args) => ({
        contents: [
          `let loaded;`,
          `const load = () => (loaded ??= require('./${args.path}.cjs'));`,
          ...lazy
            .get(args.pluginData)
            .map((name) => `export const ${name} = (...a) => load().${name}(...a);`),
        ].join('\n'),
        loader: 'js',
      }));
      b.onLoad({ filter: /.*/, namespace: 'main' }, (args) => ({
        contents: `module.exports = require('./cli.cjs').__modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** The name of a source file's own file in dist/: src/render/diff-text.ts → render-diff-text. */
export const chunkName = (root, file) =>
  relative(`${root}/src`, file).replace(/\.ts$/, '').replaceAll('/', '-');
