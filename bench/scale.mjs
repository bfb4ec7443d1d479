// npm run bench (second part): how commands grow with the size of the ladder, each figure
// beside a bare `node -e 0` timed in the same interleaved run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chain, checkpoints, gitIn, history, teamStore, tree, wide } from './ladders.mjs';
import { CLEAN_NOTE, cleanEnv, interleaved as timesOf, median } from './measure.mjs';

/** Each case's median milliseconds. */
const interleaved = (cases, rounds, env) => timesOf(cases, rounds, env).map(median);

// The cache's own setting, from its source (bench runs after the build, on plain Node).
const TIMESTAMP_GRANULARITY_MS = 2000;

const rounds = Number(process.env.BENCH_SCALE_ROUNDS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
const bin = 'bin/ladder.js';
const env = { NO_COLOR: '1', XDG_CACHE_HOME: join(work, 'cache') };
const ms = (t) => `${t.toFixed(0).padStart(7)} ms`;

/**
 * Files just written cannot be cached for a moment (the cache's racy-clean rule); waiting that
 * moment lets the first run fill the cache, as it would for a ladder edited a while ago.
 */
const settle = () => spawnSync('sleep', [String(TIMESTAMP_GRANULARITY_MS / 1000 + 0.2)]);

/**
 * Peak memory of `runs` runs, sorted: it moves with the collector's timing from run to run.
 * Each run is given `extra` (a function is called for each run: a fresh cache folder).
 */
function peaksMiB(args, extra, runs) {
  return Array.from({ length: runs }, () =>
    peakMiB(args, typeof extra === 'function' ? extra() : extra),
  ).sort((a, b) => a - b);
}

/** A sorted list of figures as its median and range. */
const spread = (sorted, unit) =>
  `${sorted[sorted.length >> 1].toFixed(0)} ${unit} (${sorted[0].toFixed(0)}-${sorted.at(-1).toFixed(0)})`;

/** Peak memory of one run of ladder, as the kernel counted it. */
function peakMiB(args, extra) {
  const r = spawnSync(process.execPath, ['--require', './bench/peak.cjs', bin, ...args], {
    env: cleanEnv({ ...env, ...extra }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(/PEAK (\d+)\n$/.exec(r.stderr.toString())?.[1] ?? NaN) / 1024;
}

try {
  console.log(
    `\nscale, median of ${rounds} interleaved runs each; the ladder cache is warm unless said; ${CLEAN_NOTE}`,
  );
  console.log(
    `  ${'levels'.padEnd(7)}${['node -e 0', 'list', 'show', 'search', 'validate', 'show cold'].map((h) => h.padStart(10)).join('')}`,
  );
  for (const size of [10, 100, 1000, 10000]) {
    const dir = tree(join(work, `tree-${size}`), size);
    settle();
    const at = ['--ladder', dir];
    const figures = interleaved(
      [
        { args: ['-e', '0'] },
        { args: [bin, 'list', ...at] },
        { args: [bin, 'show', 'level-1', ...at] },
        { args: [bin, 'search', 'knowledge 3', ...at] },
        { args: [bin, 'validate', ...at] },
      ],
      size > 1000 ? Math.max(3, Math.floor(rounds / 2)) : rounds,
      env,
    );
    const [cold] = interleaved(
      [{ args: [bin, 'show', 'level-1', ...at] }],
      size > 1000 ? 2 : rounds,
      {
        ...env,
        LADDER_NO_CACHE: '1',
      },
    );
    console.log(
      `  ${String(size).padEnd(7)}${[...figures, cold].map((t) => t.toFixed(0).padStart(10)).join('')}`,
    );
    if (size === 10000) {
      // A user's first show: an empty cache folder, the ladder cache written.
      const peaks = peaksMiB(
        ['show', 'level-1', ...at],
        () => ({ XDG_CACHE_HOME: mkdtempSync(join(work, 'first-')) }),
        5,
      );
      console.log(
        `  first cold show at 10,000 levels, the cache written: peak ${spread(peaks, 'MiB')} (goal < 150: ${peaks[2] < 150 ? 'met' : 'NOT met'})`,
      );
    }
  }

  // The cache holds each level apart: a warm show at 50,000 levels reads the one it shows.
  {
    const dir = tree(join(work, 'tree-50000'), 50000);
    settle();
    const at = ['show', 'level-1', '--ladder', dir];
    peakMiB(at); // the first run writes the cache
    const [warm] = interleaved([{ args: [bin, ...at] }], 3, env);
    const peak = peakMiB(at);
    console.log(
      `  warm show at 50,000 levels:${ms(warm)}, peak ${peak.toFixed(0)} MiB (goal under 1 s and 200 MiB: ${warm < 1000 && peak < 200 ? 'met' : 'NOT met'})`,
    );
    const page = peakMiB([
      'export',
      '--format',
      'html',
      '--out',
      join(work, 'page.html'),
      '--ladder',
      dir,
    ]);
    console.log(
      `  export --format html at 50,000 levels: peak ${page.toFixed(0)} MiB (goal under 500: ${page < 500 ? 'met' : 'NOT met'})`,
    );
  }

  const deep = chain(join(work, 'chain'), 10000);
  settle();
  const [list, json] = interleaved(
    [
      { args: [bin, 'list', '--ladder', deep] },
      { args: [bin, 'list', '--json', '--ladder', deep] },
    ],
    3,
    env,
  );
  console.log(`\na chain of 10,000 levels: list${ms(list)}, list --json${ms(json)}`);

  console.log('\ndiff of two levels with n look-alike items in each of two sections');
  for (const n of [500, 2000, 6000]) {
    const dir = wide(join(work, `wide-${n}`), n);
    settle();
    const [base, d] = interleaved(
      [{ args: ['-e', '0'] }, { args: [bin, 'diff', 'level-0', 'level-1', '--ladder', dir] }],
      3,
      env,
    );
    console.log(
      `  n = ${String(n).padEnd(5)} ${ms(d)} (node -e 0: ${base.toFixed(0)} ms; goal for 6,000: under 2 s)`,
    );
  }

  console.log('\nchanges between two commits with 10 levels edited, both versions read cold');
  for (const size of [100, 1000]) {
    const dir = tree(join(work, `repo-${size}`, 'ladder'), size);
    const repo = join(dir, '..');
    const git = gitIn(repo);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'one');
    for (let i = 0; i < 10; i++) {
      const file = join(dir, 'levels', `level-${i * Math.floor(size / 10)}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('Checkpoint 1,', 'Checkpoint one,'));
    }
    git('commit', '-qam', 'two');
    const at = ['--ladder', dir];
    const [changes, validate] = interleaved(
      [{ args: [bin, 'changes', 'HEAD~1', 'HEAD', ...at] }, { args: [bin, 'validate', ...at] }],
      3,
      { ...env, LADDER_NO_CACHE: '1' },
    );
    console.log(
      `  ${String(size).padEnd(5)} levels: changes${ms(changes)}, validate (one version)${ms(validate)}; changes is ${(changes / (2 * validate)).toFixed(2)}× loading both`,
    );
  }

  console.log(
    '\nteam over a generated store: 8 assessments a person (goal at 4,000 files: under 8×)',
  );
  for (const people of [125, 500]) {
    const store = teamStore(join(work, `store-${people}`), people);
    const [base, t] = interleaved([{ args: ['-e', '0'] }, { args: [bin, 'team'] }], 3, {
      ...env,
      LADDER_STORE: store,
    });
    const ratio = t / base;
    console.log(
      `  ${String(people * 8).padEnd(5)} files: team${ms(t)}, ${ratio.toFixed(2)}× node -e 0${people === 500 ? ` (goal ≤ 8: ${ratio <= 8 ? 'met' : 'NOT met'})` : ''}`,
    );
  }

  // A page of n sections: HTML read as Markdown, then assembled and checked. Each step is
  // linear; 5,000 and 20,000 show it (a step that grew with the square would be 16× slower).
  // The HTML page of 20,000 sections and its ladder.yaml would be over the 1 MiB a file may be: 8,000 is under both.
  console.log('\nimport --dry-run of one page of n sections, Markdown and HTML');
  for (const [n, k] of [
    [5000, 5000],
    [20000, 8000],
  ]) {
    const md = join(work, `page-${n}.md`);
    const html = join(work, `page-${k}.html`);
    const of = (count) => Array.from({ length: count }, (_, i) => i);
    writeFileSync(
      md,
      `# Level\n\n${of(n)
        .map((i) => `## S${i}\n\n- item ${i}\n`)
        .join('\n')}`,
    );
    writeFileSync(
      html,
      `<h1>Level</h1>${of(k)
        .map((i) => `<h2>G${i}</h2><p><strong>S${i}</strong></p><ul><li>item ${i}</li></ul>`)
        .join('')}`,
    );
    const [m, h] = interleaved(
      [
        { args: [bin, 'import', md, '--dry-run', '--json'] },
        { args: [bin, 'import', html, '--dry-run', '--json'] },
      ],
      3,
      env,
    );
    console.log(
      `  Markdown, n = ${String(n).padEnd(6)}${ms(m)}; HTML, n = ${String(k).padEnd(6)}${ms(h)}`,
    );
  }

  // A sheet of 10,000 level columns imports; one of 100,000 rows is refused for its size.
  const wideSheet = join(work, 'wide.csv');
  const names = Array.from({ length: 10000 }, (_, i) => `L${i}`);
  writeFileSync(wideSheet, `Level,${names.join(',')}\nScope,${names.join(',')}\n`);
  const longSheet = join(work, 'long.csv');
  const rowsOf = Array.from({ length: 100000 }, (_, i) => `Section ${i},a ${i},b ${i}`);
  writeFileSync(longSheet, `Level,A,B\n${rowsOf.join('\n')}\n`);
  const [wideMs, longMs] = interleaved(
    [
      { args: [bin, 'import', wideSheet, '--dry-run', '--json'] },
      { args: [bin, 'import', longSheet, '--dry-run'], refused: true },
    ],
    3,
    env,
  );
  console.log(`  10,000 columns${ms(wideMs)}; 100,000 rows, refused${ms(longMs)}`);

  // Answering a level from a file is one pass: 10,000 items take about 4× 2,500, not 16×.
  console.log('\nassess --answers of a level of n items, every one answered');
  const answered = [2500, 5000, 10000].map((n) => {
    const dir = join(work, `checkpoints-${n}`);
    const file = checkpoints(dir, n);
    const store = join(work, `store-${n}`);
    return {
      args: [
        bin,
        'assess',
        'level-0',
        '--ladder',
        dir,
        '--answers',
        file,
        '--store',
        store,
        '--quiet',
      ],
    };
  });
  const times = interleaved(answered, 3, { ...env, LADDER_USER: 'Bench' });
  console.log(
    `  ${[2500, 5000, 10000].map((n, i) => `${n.toLocaleString('en-US')}${ms(times[i])}`).join(', ')}; 10,000 ÷ 2,500 = ${(times[2] / times[0]).toFixed(1)}×`,
  );

  console.log('\nevidence harvest --json over a history of 100,000 commits, half of them yours');
  const repo = history(join(work, 'history'), 100_000);
  const harvest = [
    bin,
    'evidence',
    'harvest',
    repo,
    '--json',
    '--author',
    'sam@example.com',
    '--level',
    'senior',
    '--since',
    '2000-01-01',
    '--ladder',
    'examples/harvest/ladder',
    '--store',
    join(work, 'harvest-store'),
  ];
  const [harvested] = interleaved([{ args: harvest }], 3, env);
  // The peak moves with the collector's timing from run to run: its median of five, and range.
  const peaks = peaksMiB(harvest.slice(1), {}, 5);
  console.log(
    `  ${ms(harvested)}, peak ${peaks[2].toFixed(0)} MiB = ${((peaks[2] * 1048576) / 1e6).toFixed(0)} MB (${peaks[0].toFixed(0)}-${peaks[4].toFixed(0)} MiB; goal under 10 s and 200 MB: ${harvested < 10_000 && peaks[2] * 1048576 < 200e6 ? 'met' : 'NOT met'})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
