import { join } from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { ExitCode, UsageError, UserError } from './errors.js';
import { chooseLadderDir } from './io/ladder-dir.js';
import { writer, stdoutInfo } from './io/output.js';
import { detectStyle } from './io/terminal.js';
import { sanitizeLine } from './render/sanitize.js';
import { collectList, type CommandContext } from './commands/context.js';

import { VERSION } from './version.js';

interface GlobalOptions {
  ladder?: string;
  color: boolean;
}

/** LADDER_NOW, an ISO time, fixes the clock; anything else there is a usage error. */
function clock(env: Record<string, string | undefined>): () => Date {
  const fixed = env.LADDER_NOW;
  if (!fixed) return () => new Date();
  const time = new Date(fixed);
  if (Number.isNaN(time.getTime()))
    throw new UsageError(
      `LADDER_NOW must be an ISO time, like 2026-11-26T10:00:00Z, not "${fixed}"`,
    );
  return () => new Date(time);
}

const out = writer(1, () => process.stdout);
const err = writer(2, () => process.stderr);

function contextFor(command: Command, packageDir: string): CommandContext {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const env = process.env;
  return {
    ladderDir: chooseLadderDir(globals.ladder, env, join(packageDir, 'ladder'), process.cwd()),
    style: detectStyle(stdoutInfo(), env, globals.color),
    env,
    cwd: process.cwd(),
    now: clock(env),
    // Asked only by the commands that prompt: creating process.stdin costs a start.
    get interactive() {
      return Boolean(process.stdin.isTTY);
    },
    out,
    err,
  };
}

/** -s, --section, the same everywhere: repeated, or ids separated by commas. */
const sectionOption = (what = 'only this section') =>
  new Option('-s, --section <id>', `${what} (repeat, or separate ids with commas)`).argParser(
    collectList,
  );

const storeOption = () =>
  new Option(
    '--store <dir>',
    'the store of assessments and evidence (default: $LADDER_STORE, else $XDG_DATA_HOME/ladder)',
  );

const forOption = (what: string) => new Option('--for <person>', what);

const asOption = () =>
  new Option(
    '--as <name>',
    "who you are (default: $LADDER_USER, else git's user.name, else your login)",
  );

const outOption = () =>
  new Option('--out <file>', 'write to this file (- for stdout); never over one without --force');

const formatOption = (choices: string[]) =>
  new Option('--format <format>', 'output format').choices(choices).default(choices[0]);

const example = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** Runs a command with its options, the positional arguments among them by name. */
export type Runner = (
  name: string,
  options: Record<string, unknown>,
  command: Command,
) => Promise<void>;

/** The action of a command: its positional arguments, named, joined to its options. */
type Act = (name: string, ...positional: string[]) => (...args: unknown[]) => Promise<void>;

/** Every command and its options, declared in one place. */
const DECLARATIONS: Record<string, (program: Command, act: Act) => void> = {
  list: (program, act) =>
    program
      .command('list')
      .description('show each track as a tree of its levels')
      .option('--track <id>', 'only this track')
      .option('--json', 'print JSON: { tracks: [{ id, title, levels }] }')
      .addHelpText('after', example(['ladder list', 'ladder list --track people-manager --json']))
      .action(act('list')),
  show: (program, act) =>
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
      .action(act('show', 'level')),
  diff: (program, act) =>
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
      .action(act('diff', 'from', 'to')),
  assess: (program, act) =>
    program
      .command('assess')
      .description(
        'assess yourself (or someone with --for) against a level: each checkpoint Met, Partly, Not yet or N/A, saved as you go',
      )
      .argument('[level]', 'the level aimed for; asked when left out')
      .addOption(sectionOption('assess these sections instead of the checkpoints'))
      .option('--resume', 'continue the unfinished assessment of the level, where it stopped')
      .option(
        '--edit [assessment]',
        'reopen a finished assessment (a file, "latest", or a level) to change answers',
      )
      .option('--answers <file>', 'take the answers from a YAML or JSON file instead of asking')
      .option('--years <n>', 'years of experience, to compare with the guideline')
      .option('--quiet', 'with --answers, print only where it was saved')
      .addOption(forOption('assess this person, as their manager (or --role peer)'))
      .addOption(asOption())
      .addOption(
        new Option('--role <role>', 'who you are to the person: self, manager or peer').choices([
          'self',
          'manager',
          'peer',
        ]),
      )
      .addOption(storeOption())
      .addHelpText(
        'after',
        `${example(['ladder assess director', 'ladder assess vp --section responsibilities,knowledge', 'ladder assess director --resume', 'ladder assess director --edit', 'ladder assess director --for "Alice Martin"', 'ladder assess director --answers answers.yaml'])}
  An answers file maps a section to its items, by item id or 1-based position:
    checkpoints:
      1: met
      2: { status: partly, note: "Wrote two posts on the engineering blog" }
      3: not-yet
  Statuses: met, partly, not-yet, na. Assessments are kept in the store's assessments/ folder.
  `,
      )
      .action(act('assess', 'level')),
  report: (program, act) =>
    program
      .command('report')
      .description('print or write a saved assessment: every answer, note and readiness figure')
      .argument(
        '[assessment]',
        'a file, "latest", or a level: the latest assessment of it',
        'latest',
      )
      .addOption(formatOption(['text', 'markdown', 'json']))
      .option('--json', 'print JSON, the same as --format json')
      .addOption(outOption())
      .option('--force', 'overwrite the --out file if it exists')
      .addOption(forOption('report on this person rather than on you'))
      .addOption(asOption())
      .addOption(storeOption())
      .addHelpText(
        'after',
        example([
          'ladder report',
          'ladder report director',
          'ladder report latest --format markdown --out assessment.md',
          'ladder report --json',
        ]),
      )
      .action(act('report', 'target')),
  history: (program, act) =>
    program
      .command('history')
      .description('list saved assessments and how readiness moved between them')
      .argument('[level]', 'only assessments of this level')
      .option(
        '--json',
        'print JSON: { assessments: [{ file, level, subject, assessor, role, startedAt, updatedAt, complete, answered, total, readiness, actions, movement }] }',
      )
      .option('--chart', 'draw readiness over time, a line chart for each level')
      .addOption(forOption('the history of this person rather than yours'))
      .addOption(asOption())
      .addOption(storeOption())
      .addHelpText('after', example(['ladder history', 'ladder history director --json']))
      .action(act('history', 'level')),
  forget: (program, act) =>
    program
      .command('forget')
      .description('delete a saved assessment, after asking')
      .argument('<assessment>', 'a file, "latest", or a level: the latest assessment of it')
      .option('--yes', 'delete without asking (needed without a terminal)')
      .addOption(forOption('an assessment of this person rather than yours'))
      .addOption(asOption())
      .addOption(storeOption())
      .addHelpText('after', example(['ladder forget latest', 'ladder forget director --yes']))
      .action(act('forget', 'target')),
  compare: (program, act) =>
    program
      .command('compare')
      .description(
        "set a self-assessment and a manager's side by side: where they disagree, the furthest apart first",
      )
      .argument('<assessments...>', 'a level (the latest of each), or two assessment files')
      .addOption(forOption('the person whose assessments to compare (default: you)'))
      .addOption(asOption())
      .option('--all', 'list the items both agree on too, instead of their count')
      .option('--allow-unfinished', 'compare assessments that are not finished, marked as such')
      .option(
        '--json',
        'print JSON: { level, subject, left, right, summary, items: [{ section, id, text, left, right, gap }] }',
      )
      .addOption(formatOption(['text', 'markdown']))
      .addOption(storeOption())
      .addHelpText(
        'after',
        `${example(['ladder compare director --for "Alice Martin"', 'ladder compare director --for alice --format markdown > check-in.md', 'ladder compare self.json manager.json --json'])}
With a level, the left side is the person's latest self-assessment of it and the right side
the latest assessment of them by a manager or peer. gap is 0, 1 or 2 steps on Not yet, Partly,
Met (Not applicable against anything else: 1), and null for an item only one side answered.
`,
      )
      .action(act('compare', 'assessments')),
  agree: (program, act) =>
    program
      .command('agree')
      .description(
        'settle a check-in: the agreed answer to each disagreement, and what will be done about it',
      )
      .argument('[assessments...]', 'a level (the latest of each), or two assessment files')
      .addOption(forOption('the person the check-in is about (default: you)'))
      .addOption(asOption())
      .option('--all', 'ask about the items both agree on too')
      .option('--resume', 'continue the unfinished check-in of the level, where it stopped')
      .option(
        '--answers <file>',
        'take the agreed answers (and action, due) from a YAML or JSON file instead of asking',
      )
      .option('--actions', 'list the actions agreed with the person, open ones first')
      .option('--done <id>', 'mark an agreed action done')
      .option(
        '--json',
        'with --actions, print JSON: { actions: [{ id, level, section, item, text, due, status, file }] }',
      )
      .addOption(storeOption())
      .addHelpText(
        'after',
        `${example(['ladder agree director --for "Alice Martin"', 'ladder agree director --for alice --resume', 'ladder agree director --for alice --answers agreed.yaml', 'ladder agree --actions --for alice', 'ladder agree --done director-1 --for alice'])}
An answers file settles every disagreement, by item id or 1-based position in its section:
  checkpoints:
    regular-publication: { status: partly, action: "Publish one post a quarter", due: 2027-03-31 }
Items both sides agree on are taken as they are. The outcome is saved as an assessment with
role agreed; the next ladder assess of the person asks whether each open action is done.
`,
      )
      .action(act('agree', 'assessments')),
  evidence: (program, act) => {
    const evidence = program
      .command('evidence')
      .description('record work as it happens, against the checkpoints and expectations it backs')
      .addHelpText(
        'after',
        `${example(['ladder evidence add "Spoke at the SRE meetup" --item director:external-talks --link https://example.com/talk', 'ladder evidence list --level director', 'ladder evidence edit 2026-11-20-1 --add-item director:responsibilities.2', 'ladder evidence rm 2026-11-20-1'])}
Items are addressed as level:item-id, level:section.n (1-based, for items without an id), or a
bare item id that only one level has. Entries are kept in the store's evidence/ folder.
`,
      );
    const itemOption = (what: string) =>
      new Option('--item <level:item>', what).argParser(collectList);
    const linkOption = () =>
      new Option('--link <url>', 'a link to the work (repeat for more)').argParser(collectList);
    const dateOption = (what: string) => new Option('--date <YYYY-MM-DD>', what);
    const common = (command: Command, forWhat: string) =>
      command.addOption(forOption(forWhat)).addOption(asOption()).addOption(storeOption());
    common(
      evidence
        .command('add')
        .description('record a piece of work and the items it backs')
        .argument('<text>', 'what was done, in a sentence or two')
        .addOption(
          itemOption(
            'an item it backs: level:item-id or level:section.n (repeat for more; picked from a list in a terminal when left out)',
          ),
        )
        .addOption(linkOption())
        .addOption(dateOption('when the work happened (default: today)')),
      'evidence about this person, as their manager',
    ).action(act('evidence add', 'text'));
    common(
      evidence
        .command('list')
        .description('list the entries, newest first')
        .addOption(itemOption('only entries backing this item (repeat to narrow)'))
        .option('--level <level>', 'only entries backing an item of this level')
        .option('--since <YYYY-MM-DD>', 'only entries from this date on')
        .option(
          '--json',
          'print JSON: { evidence: [{ id, date, text, links, items: [{ level, section, id, text, linked }], subject, author, file }] }',
        ),
      'the evidence about this person rather than you',
    ).action(act('evidence list'));
    common(
      evidence
        .command('edit')
        .description('change an entry: from flags, or from prompts in a terminal')
        .argument('<id>', 'the entry, as evidence list shows it')
        .option('--text <text>', 'what was done')
        .addOption(itemOption('replace the items it backs with this one (repeat for more)'))
        .addOption(
          new Option('--add-item <level:item>', 'add an item it backs (repeat for more)').argParser(
            collectList,
          ),
        )
        .addOption(linkOption())
        .addOption(dateOption('when the work happened')),
      'an entry about this person rather than you',
    ).action(act('evidence edit', 'id'));
    common(
      evidence
        .command('rm')
        .description('delete an entry, after asking')
        .argument('<id>', 'the entry, as evidence list shows it')
        .option('--yes', 'delete without asking (needed without a terminal)'),
      'an entry about this person rather than you',
    ).action(act('evidence rm', 'id'));
  },
  packet: (program, act) =>
    program
      .command('packet')
      .description(
        'the case for a level: readiness, each checkpoint with its evidence, the gaps, and what changes',
      )
      .argument('<level>', 'the level the case is for')
      .addOption(forOption('the packet of this person (default: you)'))
      .addOption(asOption())
      .addOption(formatOption(['text', 'markdown', 'html', 'json']))
      .option('--json', 'print JSON, the same as --format json')
      .addOption(outOption())
      .option('--force', 'overwrite the --out file if it exists')
      .option('--no-notes', 'leave out the notes of the assessments')
      .option('--no-evidence', 'leave out the evidence entries')
      .addOption(storeOption())
      .addHelpText(
        'after',
        `${example(['ladder packet director', 'ladder packet director --for "Alice Martin" --format html --out alice.html', 'ladder packet director --format markdown --no-notes > packet.md'])}
Readiness comes from the latest finished agreed outcome of a check-in; else the latest
self-assessment and manager's assessment, side by side; else whichever exists. The HTML page
is standalone (no scripts, no external files) and prints on A4 or Letter. Nothing leaves the
machine.
`,
      )
      .action(act('packet', 'level')),
  changes: (program, act) =>
    program
      .command('changes')
      .description(
        'review a change to the ladder: between git revisions or two ladder folders, level by level',
      )
      .argument(
        '<old>',
        'a git revision of the repository that holds the ladder, or a ladder folder',
      )
      .argument('[new]', 'the same; default: the ladder as it is on disk now')
      .addOption(sectionOption())
      .option('--stacked', 'one line per change with +, - and ~ markers, instead of two columns')
      .addOption(
        new Option('--changed-only', 'fold unchanged items into a count (the default)').default(
          true,
        ),
      )
      .option('--no-changed-only', 'list unchanged items too')
      .option(
        '--json',
        'print JSON: { old, new, summary, tracks, sections, levels: [{ id, change, from, to, aliases, sections }], assessments?, evidence? }',
      )
      .addOption(formatOption(['text', 'markdown']))
      .option('--exit-code', 'exit 1 when anything changed, and 3 on a failure, as for CI')
      .option(
        '--assessments',
        'list the saved assessments and evidence it touches, in every format',
      )
      .option('--no-assessments', 'never list them (the text output does when the store has any)')
      .addOption(storeOption())
      .addHelpText(
        'after',
        example([
          'ladder changes HEAD~1',
          'ladder changes main --format markdown > comment.md',
          'ladder changes v1 v2 --section checkpoints --json',
          'ladder changes old-ladder/ ladder/ --exit-code',
        ]),
      )
      .action(act('changes', 'old', 'new')),
  team: (program, act) =>
    program
      .command('team')
      .description(
        'where a team stands: the best finished assessment of each person, read together',
      )
      .addOption(
        new Option('--level <level>', 'only this level (repeat for more)').argParser(collectList),
      )
      .option('--as-of <YYYY-MM-DD>', 'the figures as they were on that day (default: today)')
      .option('--ready <0..1>', 'within reach of a level at this readiness or above', '0.8')
      .option('--min-group <n>', 'no group figure for fewer people than this', '3')
      .option('--anonymous', 'names replaced by stable labels (Person A, B, …), and no file names')
      .option('--chart', 'readiness over time, a sparkline for each person and level')
      .addOption(formatOption(['text', 'markdown', 'html', 'json']))
      .option('--json', 'print JSON, the same as --format json')
      .addOption(outOption())
      .option('--force', 'overwrite the --out file if it exists')
      .addOption(storeOption())
      .addHelpText(
        'after',
        `${example(['ladder team', 'ladder team --level director --chart', 'ladder team --format html --out team.html', 'ladder team --anonymous --format markdown'])}
For each person and level the best finished source counts: the agreed outcome, else the
manager's assessment, else the self-assessment, else a peer's. Unfinished ones are listed as
in progress and never counted. Nothing leaves the machine.
`,
      )
      .action(act('team')),
  completion: (program, act) =>
    program
      .command('completion')
      .description('print the script that makes Tab complete ladder in bash, zsh or fish')
      .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        `${example(['source <(ladder completion bash)', 'ladder completion zsh > "${fpath[1]}/_ladder"', 'ladder completion fish > ~/.config/fish/completions/ladder.fish'])}
To keep it: add the first line to ~/.bashrc (bash-completion must be installed), or write the
script where your shell loads completions from, as above. Tab then completes commands,
options and their values, level ids and aliases, section ids (after a comma too), people and
saved assessments, from the ladder that --ladder or LADDER_DIR names.
`,
      )
      .action(act('completion', 'shell')),
  import: (program, act) =>
    program
      .command('import')
      .description('build a ladder from career-ladder web pages, or from a spreadsheet (CSV)')
      .argument(
        '<sources...>',
        'Markdown pages, folders of them, or a spreadsheet (.csv, .tsv or .txt)',
      )
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
      .action(act('import', 'sources')),
  export: (program, act) =>
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
      .action(act('export')),
  lint: (program, act) =>
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
      .action(act('lint')),
  search: (program, act) =>
    program
      .command('search')
      .description('find the levels and sections that mention some text')
      .argument('<text>', 'text to look for, ignoring case')
      .option('--json', 'print JSON: { query, matches: [{ level, section, item, text, ranges }] }')
      .addHelpText(
        'after',
        example(['ladder search budget', 'ladder search "external communication" --json']),
      )
      .action(act('search', 'text')),
  validate: (program, act) =>
    program
      .command('validate')
      .description('check the ladder files and report every problem as file:line:col')
      .option('--json', 'print JSON: { ok, files, problems: [{ file, line, col, message }] }')
      .addHelpText('after', example(['ladder validate', 'ladder validate --ladder ./my-ladder']))
      .action(act('validate')),
};

/**
 * The program, with every command or only the one about to run: declaring the others is work
 * a short command would notice. Parsing ends in `run`, which is handed the command's name and
 * its options; the test of argv → options hands in its own.
 */
export function buildProgram(run: Runner, only: (name: string) => boolean = () => true): Command {
  const act: Act =
    (name, ...positional) =>
    (...args) => {
      const command = args.at(-1) as Command;
      const options = Object.fromEntries(positional.map((key, i) => [key, args[i]]));
      return run(name, { ...options, ...command.opts() }, command);
    };
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
    // Help and errors go out the way everything else does; a failed write fails the run.
    .configureOutput({ writeOut: (text) => out(text), writeErr: (text) => err(text) })
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

  for (const [name, declare] of Object.entries(DECLARATIONS)) {
    if (only(name)) declare(program, act);
  }
  return program;
}

/** The single place where errors become a message on stderr and an exit code. */
function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and --version end here too.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UserError) {
    err(`error: ${sanitizeLine(error.message)}\n`);
    if (error.hint) err(`hint: ${sanitizeLine(error.hint)}\n`);
    if (process.env.LADDER_DEBUG === '1') err(`${error.stack}\n`);
    return error.exitCode;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  // A reader that stops early (`ladder show vp | head -1`) is not an error.
  if (code === 'EPIPE') return Number(process.exitCode ?? ExitCode.ok);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    err('error: no space left on the device; nothing more could be written\n');
    return ExitCode.failure;
  }
  const e = error as Error;
  err(`error: unexpected failure: ${sanitizeLine(String(e?.message ?? e))}\n`);
  err(
    process.env.LADDER_DEBUG === '1'
      ? `${e?.stack}\n`
      : 'hint: run with LADDER_DEBUG=1 for details\n',
  );
  return ExitCode.failure;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command types its own options
type CommandFunction = (options: any, ctx: CommandContext) => Promise<number | void>;

/** Each command's function, imported when it runs: the rarely run ones from lazy files. */
const COMMANDS: Record<string, () => Promise<CommandFunction>> = {
  list: async () => (await import('./commands/list.js')).list,
  show: async () => (await import('./commands/show.js')).show,
  diff: async () => (await import('./commands/diff.js')).diff,
  search: async () => (await import('./commands/search.js')).search,
  assess: async () => (await import('./lazy/assess.js')).assess,
  report: async () => (await import('./lazy/report.js')).report,
  history: async () => (await import('./lazy/history.js')).history,
  forget: async () => (await import('./lazy/forget.js')).forget,
  compare: async () => (await import('./lazy/compare.js')).compare,
  agree: async () => (await import('./lazy/agree.js')).agree,
  'evidence add': async () => (await import('./lazy/evidence.js')).evidenceAdd,
  'evidence list': async () => (await import('./lazy/evidence.js')).evidenceList,
  'evidence edit': async () => (await import('./lazy/evidence.js')).evidenceEdit,
  'evidence rm': async () => (await import('./lazy/evidence.js')).evidenceRemove,
  packet: async () => (await import('./lazy/packet.js')).packet,
  changes: async () => (await import('./lazy/changes.js')).changes,
  team: async () => (await import('./lazy/team.js')).team,
  completion: async () => (await import('./lazy/completion.js')).completion,
  import: async () => (await import('./lazy/import.js')).importPages,
  export: async () => (await import('./lazy/export.js')).exportLadder,
  lint: async () => (await import('./lazy/lint.js')).lint,
  validate: async () => (await import('./lazy/validate.js')).validate,
};

/** Runs a command for real: its context from the process, its exit code into the process. */
function runner(packageDir: string): Runner {
  return async (name, options, command) => {
    const ctx = contextFor(command, packageDir);
    const run = await COMMANDS[name]!();
    // import copies the JSON Schemas shipped with ladder beside the ladder it writes.
    const extra = name === 'import' ? { schemaDir: join(packageDir, 'ladder', 'schema') } : {};
    const code = await run({ ...options, ...extra }, ctx);
    if (typeof code === 'number') process.exitCode = code;
  };
}

/**
 * Answers a completion request from every command's options and arguments (the completion
 * library adds its own `completion` command to the program it reads them from).
 */
async function complete(words: string[], packageDir: string): Promise<void> {
  // Past the command's name, only that command's options and arguments can be asked for.
  const named = words.length > 1 && Object.hasOwn(DECLARATIONS, words[0]!) ? words[0] : undefined;
  const program = buildProgram(
    runner(packageDir),
    (name) => name !== 'completion' && (named === undefined || name === named),
  );
  try {
    const { completionRequest } = await import('./lazy/completion.js');
    await completionRequest(program, words, contextFor(program, packageDir), packageDir);
  } catch (error) {
    process.exitCode = report(error);
  }
}

/** Runs the CLI. `packageDir` holds the shipped ladder/, used when no other is chosen. */
export async function main(argv: string[], packageDir: string): Promise<void> {
  // A Tab in a shell set up with `ladder completion`: `ladder complete -- <words>`.
  if (argv[2] === 'complete') return complete(argv.slice(argv.indexOf('--') + 1), packageDir);
  // Only the command named first, when one is: help and unknown commands get them all.
  const named = argv[2] !== undefined && Object.hasOwn(DECLARATIONS, argv[2]) ? argv[2] : undefined;
  const program = buildProgram(runner(packageDir), (name) => named === undefined || name === named);
  try {
    if (argv.length <= 2) program.outputHelp();
    else await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error);
  }
}
