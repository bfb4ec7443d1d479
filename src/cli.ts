import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, UserError } from './errors.js';
import { chooseLadderDir } from './io/ladder-dir.js';
import { detectStyle } from './io/terminal.js';
import { sanitizeLine } from './render/sanitize.js';
import { collectList, type CommandContext } from './commands/context.js';

import { VERSION } from './version.js';

interface GlobalOptions {
  ladder?: string;
  color: boolean;
}

function contextFor(command: Command, packageDir: string): CommandContext {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const env = process.env;
  return {
    ladderDir: chooseLadderDir(globals.ladder, env, join(packageDir, 'ladder'), process.cwd()),
    style: detectStyle(process.stdout, env, globals.color),
    env,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}

/** --section, as show and diff take it: repeated, or ids separated by commas. */
const sectionOption = () =>
  new Option(
    '-s, --section <id>',
    'only this section (repeat, or separate ids with commas)',
  ).argParser(collectList);

const formatOption = (choices: string[]) =>
  new Option('--format <format>', 'output format').choices(choices).default(choices[0]);

const example = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

function buildProgram(packageDir: string): Command {
  const program = new Command('ladder')
    .description(
      'Explore an engineering career ladder: what a level expects, what changes at the next one.',
    )
    .version(VERSION, '-V, --version')
    .option(
      '--ladder <dir>',
      'ladder directory (default: $LADDER_DIR, else the ladder shipped with ladder)',
    )
    .option('--no-color', 'never color the output (NO_COLOR and FORCE_COLOR are honored too)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText(
      'after',
      example([
        'ladder list',
        'ladder show vp-eng',
        'ladder diff director vp',
        'ladder search "external"',
      ]),
    );

  program
    .command('list')
    .description('show each track as a tree of its levels')
    .option('--track <id>', 'only this track')
    .option('--json', 'print JSON: { tracks: [{ id, title, levels }] }')
    .addHelpText('after', example(['ladder list', 'ladder list --track people-manager --json']))
    .action(async (opts, cmd: Command) => {
      const { list } = await import('./commands/list.js');
      await list(opts, contextFor(cmd, packageDir));
    });

  program
    .command('show')
    .description('show what a level expects, section by section')
    .argument('<level>', 'level id, alias, title, or a unique prefix of one')
    .addOption(sectionOption())
    .option(
      '--context',
      "show each section beside the previous and next levels, as the ladder's pages do",
    )
    .option('--json', 'print JSON: { id, title, track, previous, next, sections }')
    .addOption(formatOption(['text', 'markdown']))
    .addHelpText(
      'after',
      example([
        'ladder show vp-eng',
        'ladder show "VP of Engineering" --section knowledge,checkpoints',
        'ladder show director --context',
        'ladder show vp --format markdown > vp.md',
      ]),
    )
    .action(async (level: string, opts, cmd: Command) => {
      const { show } = await import('./commands/show.js');
      await show({ level, ...opts }, contextFor(cmd, packageDir));
    });

  program
    .command('diff')
    .description('compare two levels section by section: what is added, removed or reworded')
    .argument('<from>', 'the level to compare from (id, alias, title or unique prefix)')
    .argument('<to>', 'the level to compare to')
    .addOption(sectionOption())
    .option('--changed-only', 'fold unchanged items into a count')
    .option('--stacked', 'one line per change with +, - and ~ markers, instead of two columns')
    .option(
      '--json',
      'print JSON: { from, to, summary, sections: [{ id, title, status, changes }] }',
    )
    .addOption(formatOption(['text', 'markdown']))
    .addHelpText(
      'after',
      example([
        'ladder diff director vp',
        'ladder diff director vp --changed-only --section responsibilities',
        'ladder diff director vp --format markdown > promotion.md',
      ]),
    )
    .action(async (from: string, to: string, opts, cmd: Command) => {
      const { diff } = await import('./commands/diff.js');
      await diff({ from, to, ...opts }, contextFor(cmd, packageDir));
    });

  program
    .command('assess')
    .description(
      'assess yourself against a level: each checkpoint Met, Partly, Not yet or N/A, saved as you go',
    )
    .argument('[level]', 'the level you aim for; asked when left out')
    .option('--resume', 'continue your unfinished assessment of the level')
    .option('--answers <file>', 'take the answers from a YAML or JSON file instead of asking')
    .option(
      '--sections <ids>',
      'assess these sections (comma-separated) instead of the checkpoints',
      collectList,
    )
    .option('--years <n>', 'your years of experience, to compare with the guideline')
    .addHelpText(
      'after',
      `${example(['ladder assess director', 'ladder assess vp --sections responsibilities,knowledge', 'ladder assess director --resume', 'ladder assess director --answers answers.yaml'])}
An answers file maps a section to its items, by item id or 1-based position:
  checkpoints:
    1: met
    2: { status: partly, note: "Wrote two posts on the engineering blog" }
    3: not-yet
Statuses: met, partly, not-yet, na. Assessments are saved in $XDG_DATA_HOME/ladder/assessments
(~/.local/share/ladder/assessments when XDG_DATA_HOME is unset).
`,
    )
    .action(async (level: string | undefined, opts, cmd: Command) => {
      const { assess } = await import('./lazy/assess.js');
      process.exitCode = await assess({ level, ...opts }, contextFor(cmd, packageDir), {
        interactive: Boolean(process.stdin.isTTY),
      });
    });

  program
    .command('report')
    .description('print or write a saved assessment: every answer, note and readiness figure')
    .argument('[file]', 'an assessment file, or "latest"', 'latest')
    .addOption(formatOption(['text', 'markdown', 'json']))
    .option(
      '--out <file>',
      'write to this file instead of stdout (never over an existing one without --force)',
    )
    .option('--force', 'overwrite the --out file if it exists')
    .addHelpText(
      'after',
      example([
        'ladder report',
        'ladder report latest --format markdown --out assessment.md',
        'ladder report --format json',
      ]),
    )
    .action(async (file: string, opts, cmd: Command) => {
      const { report } = await import('./lazy/report.js');
      await report({ file, ...opts }, contextFor(cmd, packageDir));
    });

  program
    .command('history')
    .description('list your saved assessments and how readiness moved between them')
    .argument('[level]', 'only assessments of this level')
    .option(
      '--json',
      'print JSON: { assessments: [{ file, level, startedAt, updatedAt, complete, answered, total, readiness }] }',
    )
    .addHelpText('after', example(['ladder history', 'ladder history director --json']))
    .action(async (level: string | undefined, opts, cmd: Command) => {
      const { history } = await import('./lazy/history.js');
      await history({ level, ...opts }, contextFor(cmd, packageDir));
    });

  program
    .command('import')
    .description('build a ladder from career-ladder web pages, or from a spreadsheet (CSV)')
    .argument('<sources...>', 'Markdown pages, folders of them, or a .csv file')
    .requiredOption('--out <dir>', 'the ladder folder to write (new or empty, unless --force)')
    .option(
      '--force',
      'write into a folder that is not empty: its ladder.yaml, levels/ and schema/ are replaced',
    )
    .option('--partial', 'import the readable sources when some cannot be read (still exit 1)')
    .option('--quiet', 'print the summary and the count of warnings only')
    .option(
      '--title <title>',
      'the title of the ladder (default: from an export, else "Engineering career ladder")',
    )
    .option('--track <title>', 'the track of levels whose page names none')
    .addHelpText(
      'after',
      example([
        'ladder import site/_pages --out my-ladder',
        'ladder import ladder.csv --out my-ladder',
        'ladder import vp_of_engineering.md --out imported && ladder validate --ladder imported',
      ]),
    )
    .action(async (sources: string[], opts, cmd: Command) => {
      const { importPages } = await import('./lazy/import.js');
      process.exitCode = await importPages(
        { sources, ...opts, schemaDir: join(packageDir, 'ladder', 'schema') },
        contextFor(cmd, packageDir),
      );
    });

  program
    .command('export')
    .description(
      'publish the ladder: a page per level (markdown), one spreadsheet (csv), or one HTML page',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['markdown', 'html', 'csv'])
        .makeOptionMandatory(),
    )
    .requiredOption(
      '--out <path>',
      'a folder for markdown pages, a file for html and csv (- for stdout)',
    )
    .option('--force', 'write over existing files')
    .addHelpText(
      'after',
      example([
        'ladder export --format markdown --out site/_pages',
        'ladder export --format csv --out ladder.csv',
        'ladder export --format html --out ladder.html',
      ]),
    )
    .action(async (opts, cmd: Command) => {
      const { exportLadder } = await import('./lazy/export.js');
      await exportLadder(opts, contextFor(cmd, packageDir));
    });

  program
    .command('lint')
    .description('report what weakens the ladder: steps that do not change, repeats, thin steps')
    .option('--strict', 'exit 1 when there is any finding')
    .option(
      '--min-new <n>',
      'a level adding fewer new items than this over its previous one is a thin step',
      '2',
    )
    .option('--json', 'print JSON: { findings: [{ file, line, rule, level, section, message }] }')
    .addHelpText(
      'after',
      `${example(['ladder lint', 'ladder lint --strict --min-new 3'])}
Rules: section-unchanged, years-backwards, unwritten-level (WIP or N/A checkpoints past the
first level), duplicate-item (within a level), repeated-item (a checkpoint repeated word for
word from the level before), thin-step.
`,
    )
    .action(async (opts, cmd: Command) => {
      const { lint } = await import('./lazy/lint.js');
      process.exitCode = await lint(opts, contextFor(cmd, packageDir));
    });

  program
    .command('search')
    .description('find the levels and sections that mention some text')
    .argument('<text>', 'text to look for, ignoring case')
    .option('--json', 'print JSON: { query, matches: [{ level, section, item, text, ranges }] }')
    .addHelpText(
      'after',
      example(['ladder search budget', 'ladder search "external communication" --json']),
    )
    .action(async (text: string, opts, cmd: Command) => {
      const { search } = await import('./commands/search.js');
      await search({ text, ...opts }, contextFor(cmd, packageDir));
    });

  program
    .command('validate')
    .description('check the ladder files and report every problem as file:line:col')
    .option('--json', 'print JSON: { ok, files, problems: [{ file, line, col, message }] }')
    .addHelpText('after', example(['ladder validate', 'ladder validate --ladder ./my-ladder']))
    .action(async (opts, cmd: Command) => {
      const { validate } = await import('./lazy/validate.js');
      process.exitCode = await validate(opts, contextFor(cmd, packageDir));
    });

  return program;
}

/** The single place where errors become a message on stderr and an exit code. */
function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and --version end here too.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UserError) {
    process.stderr.write(`error: ${sanitizeLine(error.message)}\n`);
    if (error.hint) process.stderr.write(`hint: ${sanitizeLine(error.hint)}\n`);
    if (process.env.LADDER_DEBUG === '1') process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const err = error as NodeJS.ErrnoException;
  if (err?.code === 'ENOSPC' || err?.code === 'EDQUOT') {
    process.stderr.write('error: no space left on the device; nothing more could be written\n');
    return ExitCode.failure;
  }
  process.stderr.write(`error: unexpected failure: ${sanitizeLine(String(err?.message ?? err))}\n`);
  process.stderr.write(
    process.env.LADDER_DEBUG === '1'
      ? `${err?.stack}\n`
      : 'hint: run with LADDER_DEBUG=1 for details\n',
  );
  return ExitCode.failure;
}

/** Runs the CLI. `packageDir` holds the shipped ladder/, used when no other is chosen. */
export async function main(argv: string[], packageDir: string): Promise<void> {
  // A reader that stops early (`ladder show vp | head -1`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exitCode = report(error);
  });
  const program = buildProgram(packageDir);
  if (argv.length <= 2) {
    program.outputHelp();
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error);
  }
}
