import type { RootCommand } from '@bomb.sh/tab';
import completeCommander from '@bomb.sh/tab/commander';
import type { Command } from 'commander';
import { peopleIn } from '../../assess/pick.js';
import { listEvidence } from '../../io/evidence-store.js';
import { chooseLadderDir, openLadder, shippedEntry } from '../../io/ladder-dir.js';
import { openStore } from '../../io/store-location.js';
import { listAssessments } from '../../io/store.js';
import { itemChoices } from '../../ladder/evidence.js';
import { distinctPeople } from '../../ladder/people.js';
import type { Ladder } from '../../ladder/types.js';
import type { CommandContext } from '../context.js';
import { sanitizeLine } from '../../render/sanitize.js';
import { printed } from './run.js';

// A Tab: the shell's script asks `ladder complete -- <words>`, and the library answers from a
// description of the commands it reads off the commander program. What only the ladder and the
// store know is added here.

/** The value of an option on the line being completed, as given there or in the environment. */
function optionOn(words: string[], name: string): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === name) return words[i + 1];
    if (word.startsWith(`${name}=`)) return word.slice(name.length + 1);
  }
  return undefined;
}

/**
 * Candidates for a comma-separated list: what is typed before the last comma, then each value
 * not already in the list.
 */
function listOf(values: string[], word: string): string[] {
  const typed = word.includes('=') ? word.slice(word.indexOf('=') + 1) : word;
  const cut = typed.lastIndexOf(',');
  const before = cut === -1 ? '' : typed.slice(0, cut + 1);
  const taken = new Set(before.split(',').filter(Boolean));
  return values.filter((v) => !taken.has(v)).map((v) => `${before}${v}`);
}

/** A candidate, and what a shell that shows descriptions shows beside it. */
type Candidate = string | { value: string; description: string };

/**
 * Level ids and aliases, each described by its title: a title with spaces would need quotes on
 * the command line, so it is never inserted itself.
 */
const levelNames = (ladder: Ladder): Candidate[] =>
  ladder.levels.flatMap((l) =>
    [l.id, ...l.aliases].map((value) => ({ value, description: sanitizeLine(l.title) })),
  );

/** The dynamic candidates, computed only when a request asks for them. */
function sources(words: string[], ctx: CommandContext) {
  let ladder: Promise<Ladder | undefined> | undefined;
  const dir = chooseLadderDir(
    optionOn(words, '--ladder'),
    ctx.env,
    `${ctx.packageDir}/ladder`,
    ctx.cwd,
  );
  const store = openStore(optionOn(words, '--store'), ctx.env);
  return {
    // A ladder that cannot be read completes nothing, quietly: this is a Tab, not a command.
    ladder: () =>
      (ladder ??= openLadder(dir, ctx.env, { shipped: shippedEntry(ctx.packageDir) }).catch(
        () => undefined,
      )),
    people: () =>
      distinctPeople([
        ...peopleIn(listAssessments(store).found),
        ...listEvidence(store).found.flatMap((s) => [s.entry.subject, s.entry.author]),
      ]).map((p) => p.id),
    assessments: () => listAssessments(store).found.map((s) => s.path),
    evidence: () => listEvidence(store).found.map((s) => s.entry.id),
  };
}

/**
 * Answers a completion request: `words` are the command line after `ladder`, the last one the
 * word being completed.
 */
export async function completionRequest(
  program: Command,
  words: string[],
  ctx: CommandContext,
): Promise<void> {
  const root: RootCommand = completeCommander(program, { completionCommandName: 'completion' });
  const from = sources(words, ctx);
  const word = words.at(-1) ?? '';
  const ladder = await from.ladder();
  const values = {
    level: ladder ? levelNames(ladder) : [],
    section: ladder
      ? listOf(
          ladder.sections.map((s) => s.id),
          word,
        )
      : [],
    track: ladder ? ladder.tracks.map((t) => t.id) : [],
    item: ladder ? itemChoices(ladder).map((c) => c.address) : [],
  };
  // A candidate is one line of plain text: one that holds a control, an escape, a bidi mark
  // or a line break is left out.
  const offer = (list: () => Candidate[]) => (complete: (v: string, d: string) => void) =>
    list().forEach((c) => {
      const [v, d] = typeof c === 'string' ? [c, ''] : [c.value, c.description];
      if (v !== '' && sanitizeLine(v) === v && !/[\t\n\r]/.test(v))
        complete(v, d.replace(/[\t\n\r]/g, ' '));
    });

  for (const [name, command] of [['', root], ...root.commands] as const) {
    const set = (option: string, list: () => Candidate[]) => {
      const o = command.options.get(option);
      if (o) o.handler = offer(list);
    };
    set('section', () => values.section);
    set('track', () => values.track);
    set('for', from.people);
    set('as', from.people);
    set('item', () => values.item);
    set('add-item', () => values.item);
    set('level', () => values.level);
    for (const argument of command.arguments.values()) {
      const list: (() => Candidate[]) | undefined =
        name === 'report' || name === 'forget'
          ? () => ['latest', ...values.level, ...from.assessments()]
          : name === 'evidence edit' || name === 'evidence rm'
            ? from.evidence
            : ['level', 'from', 'to', 'assessments'].includes(argument.name)
              ? () => values.level
              : undefined;
      if (list) argument.handler = offer(list);
    }
  }
  ctx.out(printed(() => root.parse(words)));
}
