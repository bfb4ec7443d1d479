import { UsageError, UserError } from '../errors.js';
import { readAssessment } from '../io/store.js';
import type { Store } from '../io/store-location.js';
import { answeredCount, type Role, type StoredAssessment } from '../ladder/assessment.js';
import { requireLevel } from '../ladder/resolve.js';
import type { Ladder } from '../ladder/types.js';
import { isAbout, type Whose } from './pick.js';
import { forWords, ladderCommand } from '../render/command-line.js';

// The two assessments a check-in sets side by side (`ladder compare`, `ladder agree`).

export interface Pair {
  left: StoredAssessment;
  right: StoredAssessment;
}

/** An unfinished side is refused, with how to finish it, unless it may be shown as it is. */
function checkFinished(stored: StoredAssessment, who: Whose, allowUnfinished: boolean): void {
  const a = stored.assessment;
  if (a.complete || allowUnfinished) return;
  const resume =
    a.role === 'self'
      ? `${ladderCommand('assess', a.level.id, '--resume')}${who.me ? '' : ` (run by ${a.subject?.name ?? 'them'})`}`
      : ladderCommand('assess', a.level.id, forWords(who), '--resume');
  throw new UserError(
    `${stored.path} is unfinished (${answeredCount(a)} of ${a.items.length} answered)`,
    1,
    `finish it with: ${resume}; or pass --allow-unfinished to compare it as it is`,
  );
}

/** Two files: the same level, and about the same person when both name one. */
function pairOfFiles(paths: [string, string]): Pair {
  const [left, right] = paths.map((path) => ({ path, assessment: readAssessment(path) }));
  const [a, b] = [left!.assessment, right!.assessment];
  if (a.level.id !== b.level.id)
    throw new UsageError(
      `${left!.path} assesses ${a.level.id} and ${right!.path} ${b.level.id}: compare two assessments of one level`,
    );
  if (a.subject && b.subject && a.subject.id !== b.subject.id)
    throw new UsageError(
      `${left!.path} is about ${a.subject.name} and ${right!.path} about ${b.subject.name}: compare two assessments of one person`,
    );
  return { left: left!, right: right! };
}

/**
 * The two assessments of a check-in: two files as given, or, for a level, the person's latest
 * self-assessment (left) and the latest assessment of them by a manager or peer (right), among
 * the store's assessments `found`. Only finished ones are taken, unless `allowUnfinished`.
 */
export async function pickPair(
  store: Store,
  found: StoredAssessment[],
  ladder: Ladder,
  args: string[],
  who: Whose,
  allowUnfinished: boolean,
): Promise<Pair> {
  if (args.length === 2) {
    const pair = pairOfFiles(args as [string, string]);
    checkFinished(pair.left, who, allowUnfinished);
    checkFinished(pair.right, who, allowUnfinished);
    return pair;
  }
  const level = await requireLevel(ladder, args[0]!);
  const mine = found.filter(
    (s) => s.assessment.level.id === level.id && isAbout(s.assessment, who, store),
  );
  const latest = (roles: Role[]) => {
    const of = mine.filter((s) => roles.includes(s.assessment.role));
    return (allowUnfinished ? of : of.filter((s) => s.assessment.complete)).at(-1) ?? of.at(-1);
  };
  const whom = who.me ? 'you' : who.person.name;
  // A hint for someone else to run names the store, which they may not have set.
  const inStore = store.isDefault ? [] : ['--store', store.dir];
  const left = latest(['self']);
  if (!left)
    throw new UserError(
      `no self-assessment of ${level.id} by ${whom} in ${store.assessments}`,
      1,
      who.me
        ? `assess yourself with: ${ladderCommand('assess', level.id)}`
        : `${who.person.name} assesses themselves with: ${ladderCommand('assess', level.id, '--as', who.person.name, inStore)}`,
    );
  const right = latest(['manager', 'peer']);
  if (!right)
    throw new UserError(
      `no assessment of ${level.id} about ${whom} by a manager or peer in ${store.assessments}`,
      1,
      who.me
        ? `your manager assesses you with: ${ladderCommand('assess', level.id, '--for', who.person.name, inStore)}`
        : `assess them as their manager with: ${ladderCommand('assess', level.id, forWords(who))}`,
    );
  checkFinished(left, who, allowUnfinished);
  checkFinished(right, who, allowUnfinished);
  return { left, right };
}

/** One level, or two files: anything else is a usage error. */
export function checkTargets(args: string[], command: string): void {
  if (args.length === 0 || args.length > 2)
    throw new UsageError(
      `ladder ${command} takes a level, or two assessment files`,
      `${ladderCommand(command, 'director', '--for', 'Alice Martin')}, or ${ladderCommand(command, 'self.json', 'manager.json')}`,
    );
}
