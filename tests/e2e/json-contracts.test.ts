import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runnable } from '../../src/commands/registry.js';
import { ROOT, runCli, SHIPPED, tempDir } from '../helpers.js';
import { BEGIN, END } from '../readme-reference.js';

// Each command's --json contract, as its declaration states it: quoted in the README, and the
// shape its output has.

interface Shape {
  [field: string]: { optional: boolean; of?: Shape };
}

/** `{ a, b: [{ c }], d? }` → its fields, and the fields of each element of an array. */
function shapeOf(contract: string): Shape {
  let at = 0;
  const skip = () => {
    while (contract[at] === ' ') at++;
  };
  const eat = (c: string) => {
    skip();
    if (contract[at] !== c) throw new Error(`"${c}" expected at ${at} of ${contract}`);
    at++;
  };
  const object = (): Shape => {
    const shape: Shape = {};
    eat('{');
    for (;;) {
      skip();
      const name = /^\w+/.exec(contract.slice(at))![0];
      at += name.length;
      const optional = contract[at] === '?';
      if (optional) at++;
      skip();
      let of: Shape | undefined;
      if (contract[at] === ':') {
        at++;
        eat('[');
        of = object();
        eat(']');
      }
      shape[name] = { optional, of };
      skip();
      if (contract[at] === '}') return (at++, shape);
      eat(',');
    }
  };
  return object();
}

/** Where the value differs from the shape: missing fields, fields it does not declare. */
function mismatches(value: Record<string, unknown>, shape: Shape, path = ''): string[] {
  const found = Object.keys(value);
  const wrong = [
    ...Object.entries(shape)
      .filter(([name, f]) => !f.optional && !found.includes(name))
      .map(([name]) => `${path}${name} is missing`),
    ...found.filter((name) => !(name in shape)).map((name) => `${path}${name} is not declared`),
  ];
  for (const [name, field] of Object.entries(shape)) {
    const items = value[name];
    if (!field.of || !Array.isArray(items)) continue;
    if (!items.length) wrong.push(`${path}${name} is empty, so its elements go unchecked`);
    for (const item of items) wrong.push(...mismatches(item, field.of, `${path}${name}[].`));
  }
  return [...new Set(wrong)];
}

/** A store with both sides of a check-in, its outcome and a piece of evidence; a ladder repo. */
async function workspace() {
  const root = tempDir('ladder-json-');
  const store = join(root, 'store');
  const env = (as: string) => ({ LADDER_STORE: store, LADDER_USER: as, TZ: 'UTC' });
  const examples = join(ROOT, 'examples/check-in');
  const alice = env('Alice Martin');
  const bob = env('Bob Lee');
  const steps = [
    await runCli(['assess', 'director', '--answers', join(examples, 'alice.yaml')], { env: alice }),
    await runCli(
      ['assess', 'director', '--for', 'Alice Martin', '--answers', join(examples, 'bob.yaml')],
      { env: bob },
    ),
    await runCli(
      ['agree', 'director', '--for', 'alice', '--answers', join(examples, 'agreed.yaml')],
      { env: bob },
    ),
    await runCli(
      [
        'evidence',
        'add',
        'Gave a talk',
        '--item',
        'director:external-talks',
        '--link',
        'https://example.com/t',
      ],
      { env: alice },
    ),
  ];
  expect(steps.map((s) => s.code)).toEqual([0, 0, 0, 0]);
  const ladder = join(root, 'repo', 'ladder');
  cpSync(SHIPPED, ladder, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
      cwd: join(root, 'repo'),
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'one');
  const director = join(ladder, 'levels/director.yaml');
  writeFileSync(
    director,
    readFileSync(director, 'utf8').replace('Director of Engineering', 'Director'),
  );
  git('commit', '-qam', 'two');
  const broken = join(root, 'broken');
  cpSync(SHIPPED, broken, { recursive: true });
  writeFileSync(join(broken, 'levels/vp-eng.yaml'), 'id: vp-eng\ntitle: [\n');
  // Work to harvest: a talk, as a commit says it.
  const work = join(root, 'work');
  cpSync(join(ROOT, 'README.md'), join(work, 'talk.md'));
  execFileSync('git', ['init', '-q'], { cwd: work });
  execFileSync('git', ['add', '.'], { cwd: work });
  execFileSync(
    'git',
    [
      '-c',
      'user.name=A',
      '-c',
      'user.email=a@example.com',
      'commit',
      '-qm',
      'Slides for my external conference talk',
    ],
    { cwd: work },
  );
  return { alice, bob, ladder, broken, work };
}

const COMMANDS: Record<string, (w: Awaited<ReturnType<typeof workspace>>) => [string[], object?]> =
  {
    list: () => [['list']],
    show: () => [['show', 'vp-eng']],
    diff: () => [['diff', 'director', 'vp']],
    search: () => [['search', 'external']],
    validate: (w) => [['validate', '--ladder', w.broken]],
    lint: () => [['lint']],
    history: (w) => [['history'], w.alice],
    compare: (w) => [['compare', 'director', '--for', 'alice'], w.bob],
    agree: (w) => [['agree', '--actions', '--for', 'alice'], w.bob],
    'evidence list': (w) => [['evidence', 'list'], w.alice],
    'evidence harvest': (w) => [
      ['evidence', 'harvest', w.work, '--author', 'a@example.com', '--level', 'director'],
      w.alice,
    ],
    import: () => [['import', join(ROOT, 'tests/fixtures/site'), '--dry-run']],
    changes: (w) => [['changes', 'HEAD~1', '--ladder', w.ladder, '--store', w.alice.LADDER_STORE]],
  };

describe('the --json contracts', () => {
  const declared = runnable().filter((d) => d.json);
  // The prose of the README, not its generated reference, which quotes --help.
  const whole = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');
  const readme = oneLine(whole.slice(0, whole.indexOf(BEGIN)) + whole.slice(whole.indexOf(END)));

  it('are declared by the commands that print JSON of their own shape', () => {
    expect(declared.map((d) => d.name).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('are quoted in the README beside each command', () => {
    expect(declared.filter((d) => !readme.includes(oneLine(d.json!))).map((d) => d.name)).toEqual(
      [],
    );
  });

  it('are the shape of what each command prints', async () => {
    const w = await workspace();
    const wrong: string[] = [];
    for (const d of declared) {
      const [args, env] = COMMANDS[d.name]!(w);
      const r = await runCli([...args, '--json'], { env: env as Record<string, string> });
      expect(r.code, `${d.name}: ${r.stderr}`).toBeLessThanOrEqual(1);
      wrong.push(
        ...mismatches(JSON.parse(r.stdout), shapeOf(d.json!)).map((m) => `${d.name}: ${m}`),
      );
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('are read as they are written: a field left out of a contract is found', () => {
    expect(mismatches({ a: 1, b: [{ c: 1 }] }, shapeOf('{ a, b: [{ c, d }] }'))).toEqual([
      'b[].d is missing',
    ]);
    expect(mismatches({ a: 1, z: 2 }, shapeOf('{ a, y? }'))).toEqual(['z is not declared']);
  });
});
