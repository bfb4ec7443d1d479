import type {
  Action,
  AnswerStatus,
  Assessment,
  AssessedItem,
  Role,
  StoredAssessment,
} from './assessment.js';
import type { Person } from './people.js';
import { readiness, type Readiness } from './readiness.js';
import { compareText } from './words.js';
import { isOverdue } from './dates.js';
import { actionsIn } from './outcome.js';

// Where a team stands: every person's best finished assessment of each level, read together.

/** Which source is trusted first: the agreed outcome, then the manager, then the person, then a peer. */
const SOURCE_ORDER: readonly Role[] = ['agreed', 'manager', 'self', 'peer'];

/** A section counts as "mostly met" for a person at this readiness or above. */
export const MOSTLY_MET = 0.75;

/** One person's standing at one level: from the best source they have. */
export interface Standing {
  person: Person;
  level: { id: string; title: string };
  source: Role;
  stored: StoredAssessment;
  readiness: Readiness;
}

/** An unfinished assessment: in progress, never counted. */
export interface InProgress {
  person: Person;
  level: { id: string; title: string };
  stored: StoredAssessment;
}

export interface SectionFigure {
  level: string;
  section: string;
  /** People with a figure for it, and those at MOSTLY_MET or above. */
  counted: number;
  mostlyMet: number;
  /** The people's average readiness in it; null when the group is too small to show. */
  average: number | null;
  suppressed: boolean;
}

export interface ItemTally {
  level: string;
  section: string;
  id?: string;
  text: string;
  notYet: number;
  partly: number;
  met: number;
  /** Whoever answered it Met, for single points. */
  metBy: Person[];
}

export interface TeamView {
  levels: { id: string; title: string }[];
  people: Person[];
  standings: Standing[];
  inProgress: InProgress[];
  sections: SectionFigure[];
  /** Items most often Not yet or Partly, the most first: where to invest. */
  weakest: ItemTally[];
  /** People at or above the ready threshold, with the items left. */
  withinReach: { standing: Standing; left: AssessedItem[] }[];
  /** Items only one person has Met. */
  singlePoints: ItemTally[];
  /** Levels whose group is under the minimum: no group figure for them. */
  smallGroups: { level: string; people: number }[];
  /** Open actions agreed with someone whose due date is before the as-of day. */
  overdue: { person: Person; level: { id: string; title: string }; action: Action }[];
}

export interface TeamOptions {
  /** Only assessments updated on or before this day (YYYY-MM-DD). */
  asOf?: string;
  levels?: string[];
  ready: number;
  minGroup: number;
}

const key = (item: Pick<AssessedItem, 'section' | 'id' | 'text'>) =>
  `${item.section}\u0000${item.id ?? item.text}`;

/** The subject an assessment is about; one that names nobody cannot be placed in a team. */
const subjectOf = (a: Assessment): Person | null => a.subject;

/**
 * Each person's standing at each level as of a moment: for each source, the latest finished
 * assessment, and of those the best by SOURCE_ORDER.
 */
function standingsOf(stored: StoredAssessment[], asOf?: string): Standing[] {
  const latest = new Map<string, StoredAssessment>();
  for (const s of stored) {
    const a = s.assessment;
    const person = subjectOf(a);
    if (!person || !a.complete) continue;
    if (asOf !== undefined && a.updatedAt.slice(0, 10) > asOf) continue;
    const k = `${person.id}\u0000${a.level.id}\u0000${a.role}`;
    const before = latest.get(k);
    if (!before || compareText(before.assessment.updatedAt, a.updatedAt) <= 0) latest.set(k, s);
  }
  const best = new Map<string, StoredAssessment>();
  for (const s of latest.values()) {
    const a = s.assessment;
    const k = `${a.subject!.id}\u0000${a.level.id}`;
    const before = best.get(k);
    if (!before || SOURCE_ORDER.indexOf(a.role) < SOURCE_ORDER.indexOf(before.assessment.role))
      best.set(k, s);
  }
  return [...best.values()]
    .map((s) => ({
      person: s.assessment.subject!,
      level: s.assessment.level,
      source: s.assessment.role,
      stored: s,
      readiness: readiness(s.assessment),
    }))
    .sort(
      (x, y) => compareText(x.person.name, y.person.name) || compareText(x.level.id, y.level.id),
    );
}

/** Each section of each level: how many of its group mostly met it, and the average. */
function sectionFigures(
  levels: { id: string }[],
  groupOf: (level: string) => Standing[],
  small: Set<string>,
): SectionFigure[] {
  return levels.flatMap((level) => {
    const group = groupOf(level.id);
    const ids = [...new Set(group.flatMap((s) => s.readiness.sections.map((r) => r.id)))];
    return ids.map((section) => {
      const scores = group
        .map((s) => s.readiness.sections.find((r) => r.id === section)?.score)
        .filter((x): x is number => x !== null && x !== undefined);
      const suppressed = small.has(level.id);
      return {
        level: level.id,
        section,
        counted: scores.length,
        mostlyMet: scores.filter((x) => x >= MOSTLY_MET).length,
        average:
          suppressed || !scores.length ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
        suppressed,
      };
    });
  });
}

/** Every item each level's group answered, tallied. */
function talliesOf(standings: Standing[]): Map<string, ItemTally> {
  const tallies = new Map<string, ItemTally>();
  for (const s of standings) {
    for (const item of s.stored.assessment.items) {
      if (item.status === null) continue;
      const k = `${s.level.id}\u0000${key(item)}`;
      const t =
        tallies.get(k) ??
        tallies
          .set(k, {
            level: s.level.id,
            section: item.section,
            ...(item.id !== undefined ? { id: item.id } : {}),
            text: item.text,
            notYet: 0,
            partly: 0,
            met: 0,
            metBy: [],
          })
          .get(k)!;
      const count: Partial<Record<AnswerStatus, () => void>> = {
        'not-yet': () => t.notYet++,
        partly: () => t.partly++,
        met: () => {
          t.met++;
          t.metBy.push(s.person);
        },
      };
      count[item.status]?.();
    }
  }
  return tallies;
}

/** What the team's assessments say, read together. */
export function teamView(stored: StoredAssessment[], options: TeamOptions): TeamView {
  const wanted = (levelId: string) => !options.levels || options.levels.includes(levelId);
  const chosen = stored.filter((s) => wanted(s.assessment.level.id));
  const standings = standingsOf(chosen, options.asOf);
  const counted = new Set(standings.map((s) => `${s.person.id}\u0000${s.level.id}`));
  const inProgress = chosen
    .filter((s) => {
      const a = s.assessment;
      const person = subjectOf(a);
      return (
        person !== null &&
        !a.complete &&
        (options.asOf === undefined || a.startedAt.slice(0, 10) <= options.asOf) &&
        !counted.has(`${person.id}\u0000${a.level.id}`)
      );
    })
    .map((s) => ({ person: s.assessment.subject!, level: s.assessment.level, stored: s }));

  const levels = [...new Map(standings.map((s) => [s.level.id, s.level] as const)).values()].sort(
    (a, b) => compareText(a.id, b.id),
  );
  const people = [...new Map(standings.map((s) => [s.person.id, s.person] as const)).values()];
  const groupOf = (level: string) => standings.filter((s) => s.level.id === level);
  const smallGroups = levels
    .map((l) => ({ level: l.id, people: groupOf(l.id).length }))
    .filter((g) => g.people < options.minGroup);
  const small = new Set(smallGroups.map((g) => g.level));

  const sections = sectionFigures(levels, groupOf, small);
  const tallies = talliesOf(standings);
  const grouped = [...tallies.values()].filter((t) => !small.has(t.level));
  const weakest = grouped
    .filter((t) => t.notYet + t.partly > 0)
    .sort(
      (a, b) =>
        b.notYet + b.partly - (a.notYet + a.partly) ||
        b.notYet - a.notYet ||
        compareText(a.text, b.text),
    );
  const singlePoints = grouped.filter((t) => t.met === 1 && groupOf(t.level).length > 1);

  const withinReach = standings
    .filter((s) => s.readiness.overall !== null && s.readiness.overall >= options.ready)
    .map((standing) => ({
      standing,
      left: standing.stored.assessment.items.filter(
        (i) => i.status === 'partly' || i.status === 'not-yet',
      ),
    }));

  const overdue =
    options.asOf === undefined
      ? []
      : actionsIn(chosen.filter((s) => s.assessment.role === 'agreed' && subjectOf(s.assessment)))
          .filter((e) => isOverdue(e.action, options.asOf!))
          .map((e) => ({
            person: e.stored.assessment.subject!,
            level: e.stored.assessment.level,
            action: e.action,
          }))
          .sort((a, b) => compareText(a.action.due!, b.action.due!));

  return {
    overdue,
    levels,
    people,
    standings,
    inProgress,
    sections,
    weakest,
    withinReach,
    singlePoints,
    smallGroups,
  };
}

/** Stable labels for people, by id: Person A, Person B, …, Person AA. */
export function anonymousLabels(people: Person[]): Map<string, string> {
  const label = (n: number): string =>
    n < 26 ? String.fromCharCode(65 + n) : label(Math.floor(n / 26) - 1) + label(n % 26);
  return new Map(
    [...people]
      .sort((a, b) => compareText(a.id, b.id))
      .map((p, i) => [p.id, `Person ${label(i)}`] as const),
  );
}

/** One point of a trend: a person's standing at a level as it was on a day. */
export interface TrendPoint {
  date: string;
  readiness: number;
  source: Role;
}

export interface Trend {
  person: Person;
  level: { id: string; title: string };
  points: TrendPoint[];
}

/**
 * How each person's standing at each level moved: on each day a finished assessment of it was
 * updated, the standing as of that day, by the same rule as the team's matrix.
 */
export function trendsOf(stored: StoredAssessment[]): Trend[] {
  const groups = new Map<string, StoredAssessment[]>();
  for (const s of stored) {
    const a = s.assessment;
    if (!a.subject || !a.complete) continue;
    const k = `${a.subject.id}\u0000${a.level.id}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return [...groups.values()]
    .map((group) => {
      const days = [...new Set(group.map((s) => s.assessment.updatedAt.slice(0, 10)))].sort();
      const points = days.flatMap((date) => {
        const [standing] = standingsOf(group, date);
        const overall = standing?.readiness.overall;
        return standing && overall !== null && overall !== undefined
          ? [{ date, readiness: overall, source: standing.source }]
          : [];
      });
      const a = group[0]!.assessment;
      return { person: a.subject!, level: a.level, points };
    })
    .filter((t) => t.points.length > 0)
    .sort(
      (x, y) => compareText(x.person.name, y.person.name) || compareText(x.level.id, y.level.id),
    );
}

/**
 * The assessments with every name replaced by a stable label (Person A, …) and every file
 * name left out: what `--anonymous` shows is what it was read from.
 */
export function anonymized(stored: StoredAssessment[]): StoredAssessment[] {
  const labels = anonymousLabels([
    ...new Map(
      stored.flatMap((s) =>
        s.assessment.subject ? [[s.assessment.subject.id, s.assessment.subject]] : [],
      ) as [string, Person][],
    ).values(),
  ]);
  const mask = (p: Person | null): Person | null => {
    if (!p) return null;
    const name = labels.get(p.id);
    return name ? { id: name.toLowerCase().replace(' ', '-'), name } : null;
  };
  return stored.map((s) => ({
    path: '',
    assessment: {
      ...s.assessment,
      subject: mask(s.assessment.subject),
      assessor: mask(s.assessment.assessor),
    },
  }));
}
