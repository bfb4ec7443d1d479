import { statSync } from 'node:fs';
import { UsageError, UserError } from '../errors.js';
import { listAssessments, readAssessment } from '../io/store.js';
import type { Store } from '../io/store-location.js';
import type { Assessment, Role, StoredAssessment } from '../ladder/assessment.js';
import { distinctPeople, matchPerson, person, type Person } from '../ladder/people.js';
import { checkLimit, LIMITS } from '../ladder/limits.js';
import { requireLevel } from '../ladder/resolve.js';
import type { Ladder } from '../ladder/types.js';
import { forName, ladderCommand } from '../render/command-line.js';

/**
 * Whose assessments a command acts on: "me" unless --for names someone else. A file from before
 * assessments named anyone is mine, but only in the default store: in a store shared with a
 * manager it could be anyone's.
 */
export interface Whose {
  person: Person;
  me: boolean;
}

export function isAbout(a: Assessment, whose: Whose, store: Store): boolean {
  if (a.subject) return a.subject.id === whose.person.id;
  return whose.me && store.isDefault;
}

/** Everyone the store's assessments name, as subject or assessor. */
export function peopleIn(found: StoredAssessment[]): Person[] {
  return distinctPeople(found.flatMap((s) => [s.assessment.subject, s.assessment.assessor]));
}

const named = (people: Person[]) => people.map((p) => `${p.name} (${p.id})`).join(', ');

/** --for, checked: a name, within the limit of one. */
function checkFor(query: string): void {
  if (query.trim() === '') throw new UsageError('--for needs a name');
  checkLimit(query.trim(), LIMITS.name, '--for');
}

/** The person --for names, among those the store knows; an ambiguous prefix is a usage error. */
function resolvePerson(known: readonly Person[], query: string): Person {
  checkFor(query);
  const match = matchPerson(known, query);
  if (match.kind === 'ambiguous')
    throw new UsageError(`"${query}" could be ${named(match.candidates)}`, 'type more of the name');
  return match.person;
}

/**
 * --for, or me, for a command that writes: a prefix picks someone only where it ends at a word
 * (`alice` for Alice Martin). Any other prefix (`Al`) is asked about with `confirm` in a
 * terminal, and without one is a usage error naming who it could be.
 */
export async function whoseToWrite(
  known: readonly Person[],
  forOption: string | undefined,
  meName: () => string,
  confirm?: (message: string) => Promise<boolean>,
): Promise<Whose> {
  if (forOption === undefined) return whose(known, forOption, meName);
  checkFor(forOption);
  const match = matchPerson(known, forOption, true);
  if (match.kind !== 'partial') return { person: resolvePerson(known, forOption), me: false };
  const [only] = match.candidates;
  if (confirm && match.candidates.length === 1) {
    const them = await confirm(
      `Nobody is called "${match.person.name}". Do you mean ${named([only!])}?`,
    );
    return { person: them ? only! : match.person, me: false };
  }
  throw new UsageError(
    `"${match.person.name}" is only the start of ${named(match.candidates)}`,
    'name them by id or in full with --for',
  );
}

/**
 * --for, or me, among the people the store knows (those its assessments name, with
 * `peopleIn`); `meName` is asked only when nobody is named.
 */
export function whose(
  known: readonly Person[],
  forOption: string | undefined,
  meName: () => string,
): Whose {
  if (forOption !== undefined) return { person: resolvePerson(known, forOption), me: false };
  // Me is matched by id alone, never by a prefix that could be someone else's.
  const me = person(meName());
  return { person: known.find((p) => p.id === me.id) ?? me, me: true };
}

const looksLikeFile = (arg: string) =>
  /\.json$/i.test(arg) ||
  arg.includes('/') ||
  statSync(arg, { throwIfNoEntry: false })?.isFile() === true;

/**
 * The assessment a command is pointed at: a file, "latest", or a level (its latest). Only the
 * assessments of `who` are considered, and only of `roles` when given.
 */
export async function pickAssessment(
  store: Store,
  ladder: Ladder | undefined,
  arg: string,
  who: Whose,
  options: { roles?: Role[]; complete?: boolean } = {},
): Promise<StoredAssessment> {
  if (arg !== 'latest' && looksLikeFile(arg)) return { path: arg, assessment: readAssessment(arg) };
  const { found } = listAssessments(store);
  let levelId: string | undefined;
  if (arg !== 'latest') {
    const stored = found.find((s) => s.assessment.level.id === arg);
    levelId = stored ? arg : ladder ? (await requireLevel(ladder, arg)).id : arg;
  }
  const candidates = found.filter(
    (s) =>
      isAbout(s.assessment, who, store) &&
      (levelId === undefined || s.assessment.level.id === levelId) &&
      (!options.roles || options.roles.includes(s.assessment.role)) &&
      (options.complete === undefined || s.assessment.complete === options.complete),
  );
  const latest = candidates.at(-1);
  if (!latest) {
    const whom = who.me ? '' : ` of ${who.person.name}`;
    const what = levelId ? ` of ${levelId}` : '';
    throw new UserError(
      `no saved assessment${whom}${what} in ${store.assessments}`,
      1,
      `start one with: ${ladderCommand('assess', levelId, forName(who))}`,
    );
  }
  return latest;
}

/** The agreed outcomes about someone, oldest first, of one level when given. */
export function outcomesOf(
  found: StoredAssessment[],
  who: Whose,
  store: Store,
  levelId?: string,
): StoredAssessment[] {
  return found.filter(
    (s) =>
      s.assessment.role === 'agreed' &&
      isAbout(s.assessment, who, store) &&
      (levelId === undefined || s.assessment.level.id === levelId),
  );
}
