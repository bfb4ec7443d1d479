// npm run bench (second part): how list, show and validate grow with the size of the ladder.
// Generates ladders of 10, 100 and 1,000 levels (two tracks, with forks) in a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interleaved } from './measure.mjs';

const rounds = Number(process.env.BENCH_SCALE_ROUNDS ?? 10);
const work = mkdtempSync(join(tmpdir(), 'ladder-bench-'));

function generate(levels) {
  const dir = join(work, `ladder-${levels}`);
  mkdirSync(join(dir, 'levels'), { recursive: true });
  writeFileSync(
    join(dir, 'ladder.yaml'),
    `title: Generated ladder
tracks:
  - { id: ic, title: Individual Contributor }
  - { id: manager, title: People Manager }
sections:
  - { id: years, title: Years of experience, kind: text }
  - { id: scope, title: Scope, kind: text }
  - { id: knowledge, title: Knowledge, kind: list }
  - { id: responsibilities, title: Responsibilities, kind: list }
  - { id: checkpoints, title: Checkpoints, kind: list, assessed: true }
`,
  );
  const items = (n, what) =>
    Array.from(
      { length: n },
      (_, i) => `    - ${what} ${i + 1}, owns the outcome across teams and reports on it`,
    ).join('\n');
  for (let i = 0; i < levels; i++) {
    // Level i follows level floor((i - 1) / 2): a binary tree, so every level but the leaves forks.
    const follows = i === 0 ? '' : `follows: level-${Math.floor((i - 1) / 2)}\n`;
    writeFileSync(
      join(dir, 'levels', `level-${i}.yaml`),
      `id: level-${i}
title: Level ${i}
track: ${i % 2 ? 'manager' : 'ic'}
${follows}aliases: [l${i}]
sections:
  years: ${i}+
  scope: Scope of level ${i}
  knowledge:
${items(8, 'Knowledge')}
  responsibilities:
${items(7, 'Responsibility')}
  checkpoints:
${items(3, 'Checkpoint')}
`,
    );
  }
  return dir;
}

const bin = 'bin/ladder.js';
const shipped = interleaved([{ args: [bin, 'show', 'vp-eng'] }], rounds, { NO_COLOR: '1' })[0];
console.log(
  `\nscale, median of ${rounds} runs each (ms); the ladder cache is warm except in "show, cold"`,
);
console.log(
  `  ${'levels'.padEnd(8)}${['list', 'show', 'show, cold', 'validate'].map((h) => h.padStart(12)).join('')}   show vs shipped`,
);
let worst = 0;
try {
  for (const size of [10, 100, 1000]) {
    const dir = generate(size);
    const show = [bin, 'show', 'level-1', '--ladder', dir];
    const [list, warm, validate] = interleaved(
      [
        { args: [bin, 'list', '--ladder', dir] },
        { args: show },
        { args: [bin, 'validate', '--ladder', dir] },
      ],
      rounds,
      { NO_COLOR: '1' },
    );
    const [cold] = interleaved([{ args: show }], rounds, { NO_COLOR: '1', LADDER_NO_CACHE: '1' });
    const ratio = warm / shipped;
    worst = Math.max(worst, ratio);
    const cells = [list, warm, cold, validate].map((t) => t.toFixed(1).padStart(12)).join('');
    console.log(`  ${String(size).padEnd(8)}${cells}   ${ratio.toFixed(2)}×`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `  show on the shipped ladder: ${shipped.toFixed(1)} ms; at 1,000 levels, goal ≤ 2×: ${worst <= 2 ? 'met' : 'NOT met'}`,
);
