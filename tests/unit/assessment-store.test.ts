import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  listAssessments,
  readAssessment,
  saveAssessment,
  saveNewAssessment,
} from '../../src/io/store.js';
import { openStore } from '../../src/io/store-location.js';
import { itemsFor, startAssessment, withAnswer } from '../../src/ladder/assessment.js';
import { person } from '../../src/ladder/people.js';
import { mustLoad, ROOT, SHIPPED, tempDir } from '../helpers.js';

const ladder = mustLoad(SHIPPED);
const director = ladder.levels.find((l) => l.id === 'director')!;
const me = person('Sam Lee');
const fresh = () =>
  startAssessment(
    director,
    itemsFor(
      director,
      ladder.sections.filter((s) => s.assessed),
    ),
    { subject: me, assessor: me, role: 'self' },
    new Date('2026-11-26T10:00:00Z'),
  );
const store = () => openStore(join(tempDir(), 'store'), {});

describe('the store', () => {
  it('is --store, else LADDER_STORE, else XDG_DATA_HOME/ladder', () => {
    expect(openStore('/s', { LADDER_STORE: '/e' })).toMatchObject({ dir: '/s', isDefault: false });
    expect(openStore(undefined, { LADDER_STORE: '/e' })).toMatchObject({
      dir: '/e',
      assessments: '/e/assessments',
      evidence: '/e/evidence',
    });
    expect(openStore(undefined, { XDG_DATA_HOME: '/d' })).toMatchObject({
      dir: '/d/ladder',
      isDefault: true,
    });
  });

  it('gives each session its own file, even when started in the same second', () => {
    const s = store();
    const paths = new Set(Array.from({ length: 20 }, () => saveNewAssessment(s, fresh())));
    expect(paths.size).toBe(20);
    const names = [...paths].map((p) => basename(p));
    expect(names.slice(0, 3)).toEqual([
      'sam-lee.director.self.20261126T100000Z.json',
      'sam-lee.director.self.20261126T100000Z-2.json',
      'sam-lee.director.self.20261126T100000Z-3.json',
    ]);
  });

  it('leaves the previous file whole when a save is cut off before the rename', () => {
    const s = store();
    const first = withAnswer(fresh(), 0, { status: 'met' }, new Date());
    const path = saveNewAssessment(s, first);
    const second = withAnswer(first, 1, { status: 'partly' }, new Date());
    expect(() =>
      saveAssessment(path, second, {
        beforeRename: () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      }),
    ).toThrow(`cannot write ${path}: the disk is full`);
    expect(readAssessment(path).items.map((i) => i.status)).toEqual(['met', null, null]);
    expect(readdirSync(s.assessments)).toEqual([path.split('/').at(-1)]);
  });

  it('survives kill -9 in the middle of saving: the file always reads back', async () => {
    // A child process saves as fast as it can until it is killed.
    const dir = tempDir();
    const path = join(dir, 'director.json');
    saveAssessment(path, fresh());
    const entry = join(dir, 'saver.ts');
    writeFileSync(
      entry,
      `import { saveAssessment } from ${JSON.stringify(join(ROOT, 'src/io/store.ts'))};
const a = JSON.parse(process.argv[3]);
for (let i = 0; ; i++) { a.items[0].note = 'x'.repeat(i % 5000); saveAssessment(process.argv[2], a); if (i === 0) process.stdout.write('go'); }`,
    );
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: join(dir, 'saver.cjs'),
      logLevel: 'error',
    });
    for (let round = 0; round < 5; round++) {
      const child = spawn(
        process.execPath,
        [join(dir, 'saver.cjs'), path, JSON.stringify(fresh())],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, 20 + round * 15));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
      expect(readAssessment(path).level.id).toBe('director');
    }
  });

  it('lists readable assessments oldest first, and names the unreadable with why', () => {
    const s = store();
    mkdirSync(s.assessments, { recursive: true });
    const later = { ...fresh(), startedAt: '2026-11-27T10:00:00.000Z' };
    saveAssessment(join(s.assessments, 'b.json'), fresh());
    saveAssessment(join(s.assessments, 'a.json'), later);
    writeFileSync(join(s.assessments, 'broken.json'), '{"format": 2');
    writeFileSync(join(s.assessments, '.a.json.123.tmp'), 'partial');
    execFileSync('mkfifo', [join(s.assessments, 'fifo.json')]);
    const { found, skipped } = listAssessments(s);
    expect(found.map((f) => f.path.split('/').at(-1))).toEqual(['b.json', 'a.json']);
    expect(skipped.map((e) => e.message)).toEqual([
      `${join(s.assessments, 'broken.json')} is not a readable assessment: not JSON`,
      `${join(s.assessments, 'fifo.json')} is not a readable assessment: not a regular file`,
    ]);
  });

  it.each([
    ['{"hello": 1}', 'no assessment format it knows'],
    ['{"format": 3}', 'written by a newer ladder (format 3); update ladder to read it'],
    [
      JSON.stringify({ ...fresh(), level: { id: 'director' } }),
      "level: must have required property 'title'",
    ],
    [
      JSON.stringify({ ...fresh(), updatedAt: undefined }),
      "the file: must have required property 'updatedAt'",
    ],
    [
      JSON.stringify({ ...fresh(), items: [{ ...fresh().items[0], note: 5 }] }),
      'items/0/note: must be string',
    ],
  ])('refuses a file that is not an assessment, saying why: %s', (content, why) => {
    const file = join(tempDir(), 'x.json');
    writeFileSync(file, content);
    expect(() => readAssessment(file)).toThrow(`${file} is not a readable assessment: ${why}`);
  });

  it('reads a format-1 file as a self-assessment by someone unnamed', () => {
    const file = join(tempDir(), 'old.json');
    const { format: _f, subject: _s, assessor: _a, role: _r, progress: _p, ...rest } = fresh();
    writeFileSync(file, JSON.stringify({ ...rest, format: 1 }));
    expect(readAssessment(file)).toMatchObject({
      format: 2,
      subject: null,
      assessor: null,
      role: 'self',
    });
  });
});
