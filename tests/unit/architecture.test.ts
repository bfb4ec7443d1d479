import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The layering of src/, lowest first: a file imports its own layer or lower ones, never higher,
// and no chain of imports comes back to where it started.
const LAYERS: [string, (file: string) => boolean][] = [
  ['ground', (f) => f === 'src/errors.ts' || f === 'src/version.ts' || f.startsWith('src/lib/')],
  ['core', (f) => f.startsWith('src/ladder/')],
  ['render', (f) => f.startsWith('src/render/')],
  ['io', (f) => f.startsWith('src/io/')],
  ['assess', (f) => f.startsWith('src/assess/')],
  ['commands', (f) => f.startsWith('src/commands/')],
  ['cli', (f) => f === 'src/cli.ts'],
];

const layerOf = (file: string): number => {
  const i = LAYERS.findIndex(([, holds]) => holds(file));
  if (i === -1) throw new Error(`${file} is in no layer`);
  return i;
};

const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );

/** Every relative import of a file, static, dynamic or of types only, as a path from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.[^']+)'/gm)].map((m) =>
    normalize(join(dirname(file), m[1]!)).replace(/\.js$/, '.ts'),
  );
}

const FILES = sources('src');
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f).filter((t) => FILES.includes(t))]));

describe('the architecture of src/', () => {
  it('puts every file in a layer and imports nothing that does not exist', () => {
    for (const [file, targets] of GRAPH) {
      layerOf(file);
      const missing = importsOf(file).filter(
        (t) => !FILES.includes(t) && !t.startsWith('src/ladder/generated/'),
      );
      expect(missing, file).toEqual([]);
      expect(targets.length).toBeLessThanOrEqual(importsOf(file).length);
    }
  });

  it('has no import that points up the layering', () => {
    const upward = [...GRAPH].flatMap(([file, targets]) =>
      targets
        .filter((t) => layerOf(t) > layerOf(file))
        .map((t) => `${file} (${LAYERS[layerOf(file)]![0]}) → ${t} (${LAYERS[layerOf(t)]![0]})`),
    );
    expect(upward).toEqual([]);
  });

  it('has no circle of imports', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const t of GRAPH.get(file)!) visit(t, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('finds the layering it checks: a file above imports one below', () => {
    // A guard against a pattern that matches nothing, which would pass everything.
    expect(GRAPH.get('src/cli.ts')).toContain('src/commands/registry.ts');
    expect(relative(ROOT, join(ROOT, 'src/cli.ts'))).toBe('src/cli.ts');
  });
});

/** Functions longer than `max` lines, as file:line name (length). */
function longFunctions(file: string, max: number): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const long: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.end).line - first + 1;
      const name = (node as ts.FunctionLikeDeclarationBase).name?.getText() ?? 'a function';
      if (lines > max) long.push(`${file}:${first + 1} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

const lineCount = (file: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1;

describe('the size of what people read', () => {
  it('keeps src/cli.ts and every file of src/commands/ to 150 lines', () => {
    const long = FILES.filter(
      (f) => (f === 'src/cli.ts' || f.startsWith('src/commands/')) && lineCount(f) > 150,
    );
    expect(long).toEqual([]);
    expect(lineCount('src/cli.ts')).toBeGreaterThan(50);
  });

  it('keeps every function in src/ to 80 lines', () => {
    expect(FILES.flatMap((f) => longFunctions(f, 80))).toEqual([]);
    // The measure measures: a function of 81 lines is found.
    expect(longFunctions('tests/unit/architecture.test.ts', 10).length).toBeGreaterThan(0);
  });
});
