import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  createAssessmentFile,
  listAssessments,
  loadAssessment,
  saveAssessment,
} from '../../src/io/assessment-store.js';
import { startAssessment, withAnswer } from '../../src/ladder/assessment.js';
import { mustLoad, ROOT, SHIPPED, tempDir } from '../helpers.js';

const ladder = mustLoad(SHIPPED);
const director = ladder.levels.find((l) => l.id === 'director')!;
const fresh = () =>
  startAssessment(
    director,
    ladder.sections.filter((s) => s.assessed),
    new Date('2026-11-26T10:00:00Z'),
  );

describe('the assessment store', () => {
  it('gives each session its own file, even when started in the same second', () => {
    const dir = tempDir();
    const paths = new Set(
      Array.from({ length: 20 }, () => createAssessmentFile(dir, 'director', fresh().startedAt)),
    );
    expect(paths.size).toBe(20);
  });

  it('leaves the previous file whole when a save is cut off before the rename', () => {
    const dir = tempDir();
    const path = createAssessmentFile(dir, 'director', fresh().startedAt);
    const first = withAnswer(fresh(), 0, { status: 'met' }, new Date());
    saveAssessment(path, first);
    const second = withAnswer(first, 1, { status: 'partly' }, new Date());
    expect(() =>
      saveAssessment(path, second, {
        beforeRename: () => {
          throw new Error('killed');
        },
      }),
    ).toThrow('killed');
    expect(loadAssessment(path).items.map((i) => i.status)).toEqual(['met', null, null]);
    expect(readdirSync(dir)).toEqual([path.split('/').at(-1)]);
  });

  it('survives kill -9 in the middle of saving: the file always reads back', async () => {
    // A child process saves as fast as it can until it is killed.
    const dir = tempDir();
    const path = join(dir, 'director.json');
    saveAssessment(path, fresh());
    const entry = join(dir, 'saver.ts');
    writeFileSync(
      entry,
      `import { saveAssessment } from ${JSON.stringify(join(ROOT, 'src/io/assessment-store.ts'))};
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
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, 20 + round * 15));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
      expect(loadAssessment(path).level.id).toBe('director');
    }
  });

  it('lists readable assessments oldest first, and names the unreadable', () => {
    const dir = tempDir();
    const later = { ...fresh(), startedAt: '2026-11-27T10:00:00.000Z' };
    saveAssessment(join(dir, 'b.json'), fresh());
    saveAssessment(join(dir, 'a.json'), later);
    writeFileSync(join(dir, 'broken.json'), '{"format": 1');
    writeFileSync(join(dir, '.a.json.123.tmp'), 'partial');
    const { found, skipped } = listAssessments(dir);
    expect(found.map((f) => f.path.split('/').at(-1))).toEqual(['b.json', 'a.json']);
    expect(skipped).toEqual([join(dir, 'broken.json')]);
  });

  it('refuses a file that is not an assessment', () => {
    const file = join(tempDir(), 'x.json');
    writeFileSync(file, '{"hello": 1}');
    expect(() => loadAssessment(file)).toThrow(/is not an assessment file/);
  });
});
