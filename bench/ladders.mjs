// Generated ladders for the benchmarks: a binary tree of levels on two tracks, a chain, and two
// levels with many items each; and git, to commit versions of a ladder.
import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs git in a repository, as an author git needs no configuration for. */
export const gitIn =
  (repo) =>
  (...args) =>
    execFileSync('git', args, {
      cwd: repo,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@b',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@b',
      },
    });

const LADDER = `title: Generated ladder
tracks:
  - { id: ic, title: Individual Contributor }
  - { id: manager, title: People Manager }
sections:
  - { id: years, title: Years of experience, kind: text }
  - { id: scope, title: Scope, kind: text }
  - { id: knowledge, title: Knowledge, kind: list }
  - { id: responsibilities, title: Responsibilities, kind: list }
  - { id: checkpoints, title: Checkpoints, kind: list, assessed: true }
`;

const items = (n, what, salt = '') =>
  Array.from(
    { length: n },
    (_, i) => `    - ${what} ${i + 1}${salt}, owns the outcome across teams and reports on it`,
  ).join('\n');

function level(i, follows, track, counts = [8, 7, 3], salt = '') {
  return `id: level-${i}
title: Level ${i}
track: ${track}
${follows === undefined ? '' : `follows: level-${follows}\n`}aliases: [l${i}]
sections:
  years: ${i}+
  scope: Scope of level ${i}
  knowledge:
${items(counts[0], 'Knowledge', salt)}
  responsibilities:
${items(counts[1], 'Responsibility', salt)}
  checkpoints:
${items(counts[2], 'Checkpoint', salt)}
`;
}

function write(dir, levels) {
  mkdirSync(join(dir, 'levels'), { recursive: true });
  writeFileSync(join(dir, 'ladder.yaml'), LADDER);
  levels.forEach((text, i) => writeFileSync(join(dir, 'levels', `level-${i}.yaml`), text));
  return dir;
}

/** Level i follows level (i - 1) / 2: a binary tree, so every level but the leaves forks. */
export const tree = (dir, n) =>
  write(
    dir,
    Array.from({ length: n }, (_, i) =>
      level(i, i === 0 ? undefined : Math.floor((i - 1) / 2), i % 2 ? 'manager' : 'ic'),
    ),
  );

/** Each level follows the one before it: as deep as a ladder gets. */
export const chain = (dir, n) =>
  write(
    dir,
    Array.from({ length: n }, (_, i) => level(i, i === 0 ? undefined : i - 1, 'ic', [1, 1, 1])),
  );

/** Two levels of `n` look-alike items a section, worded a little differently: for diff. */
export const wide = (dir, n) =>
  write(dir, [level(0, undefined, 'ic', [n, n, 1]), level(1, 0, 'ic', [n, n, 1], ' (v2)')]);

/** One level with `n` checkpoints, and an answers file that answers every one: for assess. */
export function checkpoints(dir, n) {
  write(dir, [level(0, undefined, 'ic', [1, 1, n])]);
  const answers = join(dir, 'answers.yaml');
  const rows = Array.from({ length: n }, (_, i) => `  ${i + 1}: { status: met, note: note ${i} }`);
  writeFileSync(answers, `checkpoints:\n${rows.join('\n')}\n`);
  return answers;
}

const ITEMS = [
  ['directs-promoted', '4+ directly managed ICs are now Staff Engs or EMs'],
  [
    'regular-publication',
    'Has regularly contributed to a technical or people management blog or publication over the past 12 months',
  ],
  [
    'external-talks',
    'Has presented on software or management topics to external audiences such as conference or interest groups',
  ],
];
const STATUSES = ['met', 'partly', 'not-yet'];

/**
 * A store of `people` people with 8 finished assessments each of the shipped ladder's
 * Director: self, manager and agreed, over two years.
 */
export function teamStore(dir, people) {
  const folder = join(dir, 'assessments');
  mkdirSync(folder, { recursive: true });
  const manager = { id: 'bob-lee', name: 'Bob Lee' };
  for (let p = 0; p < people; p++) {
    const subject = { id: `person-${p}`, name: `Person ${p}` };
    for (let k = 0; k < 8; k++) {
      const role = ['self', 'manager', 'agreed'][k % 3];
      const at = new Date(Date.UTC(2025, k * 3, 1 + (p % 28))).toISOString();
      const assessment = {
        format: 2,
        level: { id: 'director', title: 'Director of Engineering' },
        subject,
        assessor: role === 'self' ? subject : manager,
        role,
        startedAt: at,
        updatedAt: at,
        complete: true,
        years: null,
        yearsGuideline: null,
        items: ITEMS.map(([id, text], i) => ({
          section: 'checkpoints',
          id,
          position: i + 1,
          text,
          status: STATUSES[(p + k + i) % 3],
          note: '',
        })),
        retired: [],
      };
      writeFileSync(
        join(folder, `${subject.id}.director.${role}.${at.replace(/[-:]|\.\d+/g, '')}-${k}.json`),
        JSON.stringify(assessment),
      );
    }
  }
  return dir;
}

const WORK = [
  'Fix flaky checkout spec',
  'Cache product lookups to cut latency',
  'Add runbook for the export job',
  'Backfill the region column',
  'Bump dependencies',
  'Postmortem for the queue outage',
  'Refactor the order state machine',
];

/**
 * A repository of `n` commits, two authors taking turns, made at once with git fast-import:
 * for harvest at scale.
 */
export function history(dir, n) {
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const lines = [];
  for (let i = 0; i < n; i++) {
    const who = i % 2 ? 'Dana Park <dana@example.com>' : 'Sam Lee <sam@example.com>';
    const when = 1_700_000_000 + i * 60;
    const message = `${WORK[i % WORK.length]} (${i})\n\nPart ${i} of the work.\n`;
    lines.push(
      'commit refs/heads/main',
      `author ${who} ${when} +0000`,
      `committer ${who} ${when} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      `M 644 inline src/part-${i % 500}.txt`,
      `data ${String(i).length + 1}`,
      `${i}`,
      '',
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: lines.join('\n') });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return dir;
}
