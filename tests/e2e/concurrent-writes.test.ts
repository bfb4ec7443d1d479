import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

// Two writers at once lose nothing: ids given across files are never given twice, and a
// read-modify-write keeps what another writer saved a moment before.

const EXAMPLES = join(ROOT, 'examples/check-in');

function workspace() {
  const store = join(tempDir(), 'store');
  const env = (as: string, now = '2026-11-24T10:00:00Z') => ({
    LADDER_STORE: store,
    LADDER_USER: as,
    LADDER_NOW: now,
    LADDER_NO_CACHE: '1',
    TZ: 'UTC',
  });
  const files = (folder: string) =>
    readdirSync(join(store, folder))
      .filter((n) => n.endsWith('.json'))
      .map((n) => join(store, folder, n));
  const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  return { store, env, files, json };
}

async function bothSides(env: ReturnType<typeof workspace>['env']) {
  const self = await runCli(['assess', 'director', '--answers', join(EXAMPLES, 'alice.yaml')], {
    env: env('Alice Martin', '2026-11-20T10:00:00Z'),
  });
  const manager = await runCli(
    ['assess', 'director', '--for', 'Alice Martin', '--answers', join(EXAMPLES, 'bob.yaml')],
    { env: env('Bob Lee', '2026-11-22T10:00:00Z') },
  );
  expect([self.code, manager.code]).toEqual([0, 0]);
}

describe('two writers at once', () => {
  it('20 agrees at once give 40 actions with 40 different ids', async () => {
    const { env, files, json } = workspace();
    await bothSides(env);
    const runs = await Promise.all(
      Array.from({ length: 20 }, () =>
        runCli(
          ['agree', 'director', '--for', 'alice', '--answers', join(EXAMPLES, 'agreed.yaml')],
          {
            env: env('Bob Lee'),
          },
        ),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(20).fill(0));
    const ids = files('assessments')
      .map(json)
      .filter((a) => a.role === 'agreed')
      .flatMap((a) => a.actions.map((x: { id: string }) => x.id));
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  }, 60_000);

  it('two agree --done at once, ten times, keep both Dones', async () => {
    const { env, files, json } = workspace();
    await bothSides(env);
    const agreed = await runCli(
      ['agree', 'director', '--for', 'alice', '--answers', join(EXAMPLES, 'agreed.yaml')],
      { env: env('Bob Lee') },
    );
    expect(agreed.code).toBe(0);
    const outcome = files('assessments').find((p) => json(p).role === 'agreed')!;
    const before = readFileSync(outcome, 'utf8');
    for (let round = 0; round < 10; round++) {
      writeFileSync(outcome, before);
      const done = await Promise.all(
        ['director-1', 'director-2'].map((id) =>
          runCli(['agree', '--done', id, '--for', 'alice'], { env: env('Bob Lee') }),
        ),
      );
      expect(done.map((r) => r.code)).toEqual([0, 0]);
      expect(json(outcome).actions.map((a: { status: string }) => a.status)).toEqual([
        'done',
        'done',
      ]);
    }
  }, 60_000);

  it('two evidence edits of one entry at once, ten times, keep both edits', async () => {
    const { env, files, json } = workspace();
    const added = await runCli(
      [
        'evidence',
        'add',
        'Gave a talk',
        '--item',
        'director:external-talks',
        '--date',
        '2026-11-01',
      ],
      { env: env('Alice Martin') },
    );
    expect(added.code).toBe(0);
    const [entry] = files('evidence');
    const before = readFileSync(entry!, 'utf8');
    const id = json(entry!).id;
    for (let round = 0; round < 10; round++) {
      writeFileSync(entry!, before);
      const edits = await Promise.all([
        runCli(['evidence', 'edit', id, '--text', 'Gave a talk at a conference'], {
          env: env('Alice Martin'),
        }),
        runCli(['evidence', 'edit', id, '--date', '2026-10-15'], { env: env('Alice Martin') }),
      ]);
      expect(edits.map((r) => r.code)).toEqual([0, 0]);
      expect(json(entry!)).toMatchObject({
        text: 'Gave a talk at a conference',
        date: '2026-10-15',
      });
    }
  }, 60_000);

  it('20 evidence adds at once give 20 entries with 20 different ids, and no lock is left', async () => {
    const { store, env, files, json } = workspace();
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        runCli(['evidence', 'add', `Work ${n}`, '--item', 'director:external-talks'], {
          env: env(n % 2 ? 'Alice Martin' : 'Bob Lee'),
        }),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual(Array(20).fill(0));
    const ids = files('evidence').map((p) => json(p).id);
    expect(new Set(ids).size).toBe(20);
    expect(readdirSync(join(store, 'evidence')).filter((n) => !n.endsWith('.json'))).toEqual([]);
  }, 60_000);
});
