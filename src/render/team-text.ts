import { STATUS_LABEL } from '../ladder/assessment.js';
import { MOSTLY_MET, type ItemTally, type Standing, type TeamView } from '../ladder/team.js';
import { percent, plural } from '../ladder/words.js';
import { drawColumns } from './columns.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { localDate } from './time.js';
import { unbroken, wrap } from './wrap.js';
import { actionWords } from './actions-text.js';

/** Below this width the matrix is too narrow to read: each person is stacked. */
export const MIN_TABLE_WIDTH = 80;

/** How many of the weakest items to show. */
export const WEAKEST_SHOWN = 5;

export interface TeamScreen {
  view: TeamView;
  title: (levelId: string, sectionId: string) => string;
  /** The day the figures are as of. */
  asOf: string;
  ready: number;
  minGroup: number;
}

/** A standing in words: "50% agreed, 2026-11-24". */
export const standingWords = (s: Standing): string =>
  `${s.readiness.overall === null ? '—' : percent(s.readiness.overall)} ${s.source}, ${localDate(s.stored.assessment.updatedAt)}`;

/** "Checkpoints: Has presented on …", an item with its section. */
export const tallyWords = (t: ItemTally, title: TeamScreen['title']): string =>
  `${title(t.level, t.section)}: ${t.text}`;

/**
 * What an empty list of the weakest items or of single points says. Groups too small to hide
 * anyone are left out of both, so "none" says whether it covers them.
 */
export function noneShown(screen: TeamScreen, list: 'weakest' | 'single points'): string {
  const { view, minGroup } = screen;
  if (view.smallGroups.length > 0 && view.smallGroups.length === view.levels.length)
    return `Not shown: every level has fewer than ${plural(minGroup, 'person', 'people')} (--min-group).`;
  const among = view.smallGroups.length ? ` at levels of ${minGroup} or more people` : '';
  return list === 'weakest'
    ? `None${among}: every item is Met or not applicable.`
    : `None${among}.`;
}

export function levelTitle(view: TeamView, id: string): string {
  return view.levels.find((l) => l.id === id)?.title ?? id;
}

function matrix(screen: TeamScreen, style: Style): string[] {
  const { view } = screen;
  const { color, width } = style;
  const cellOf = (personId: string, levelId: string) => {
    const s = view.standings.find((x) => x.person.id === personId && x.level.id === levelId);
    if (s) return standingWords(s);
    const busy = view.inProgress.some((x) => x.person.id === personId && x.level.id === levelId);
    return busy ? 'in progress' : '—';
  };
  if (width < MIN_TABLE_WIDTH) {
    return view.people.flatMap((p) => [
      color.bold(wrap(sanitizeLine(p.name), { width, first: '' })),
      ...view.levels.map((l) =>
        wrap(`${sanitizeLine(l.title)}: ${cellOf(p.id, l.id)}`, { width, first: '  ' }),
      ),
    ]);
  }
  // The person column fits the longest name, up to a third of the width.
  const inner = width - 4 - 3 * view.levels.length;
  const nameWidth = Math.min(
    Math.floor(inner / 3),
    Math.max(6, ...view.people.map((p) => sanitizeLine(p.name).length)),
  );
  const levelWidth = Math.max(
    12,
    Math.floor((inner - nameWidth) / Math.max(1, view.levels.length)),
  );
  const head = [
    color.bold('Person'),
    ...view.levels.map((l) =>
      color.bold(wrap(sanitizeLine(l.title), { width: levelWidth, first: '' })),
    ),
  ];
  const rows = view.people.map((p) => [
    wrap(sanitizeLine(p.name), { width: nameWidth, first: '' }),
    ...view.levels.map((l) => wrap(unbroken(cellOf(p.id, l.id)), { width: levelWidth, first: '' })),
  ]);
  return [drawColumns(head, rows, [nameWidth, ...view.levels.map(() => levelWidth)])];
}

type Line = (text: string, first?: string, paint?: (t: string) => string) => string;

/** Each section of each level: how many mostly met it, and the average. */
function bySection(screen: TeamScreen, line: Line, color: Style['color']): string[] {
  const { view, title } = screen;
  const out: string[] = [];
  out.push('', line('By section', '', color.bold));
  for (const f of view.sections) {
    if (f.suppressed) continue;
    out.push(
      line(
        `${levelTitle(view, f.level)} · ${title(f.level, f.section)}: ${f.mostlyMet} of ${plural(f.counted, 'person', 'people')} mostly met${f.average === null ? '' : `; average ${percent(f.average)}`}`,
        '  ',
      ),
    );
  }
  for (const g of view.smallGroups)
    out.push(
      line(
        `${levelTitle(view, g.level)}: ${plural(g.people, 'person', 'people')}, fewer than ${screen.minGroup}: no group figures (--min-group)`,
        '  ',
        color.dim,
      ),
    );

  return out;
}

/** The items most often Not yet or Partly. */
function thinSpots(screen: TeamScreen, line: Line, color: Style['color']): string[] {
  const { view, title } = screen;
  const out: string[] = [];
  out.push(
    '',
    line('Where the team is thin', '', color.bold),
    line('The items most often Not yet or Partly.', '', color.dim),
  );
  const weakest = view.weakest.slice(0, WEAKEST_SHOWN);
  if (!weakest.length) out.push(line(noneShown(screen, 'weakest'), '  '));
  for (const t of weakest)
    out.push(
      line(
        `${levelTitle(view, t.level)} · ${tallyWords(t, title)} (${t.notYet} not yet, ${t.partly} partly, ${t.met} met)`,
        '  • ',
      ),
    );

  return out;
}

/** Who is close to a level, and what is left. */
function withinReach(screen: TeamScreen, line: Line, color: Style['color']): string[] {
  const { view } = screen;
  const out: string[] = [];
  out.push('', line(`Within reach: readiness ${percent(screen.ready)} or more`, '', color.bold));
  if (!view.withinReach.length) out.push(line('Nobody yet.', '  '));
  for (const { standing, left } of view.withinReach) {
    out.push(
      line(
        `${standing.person.name}, ${standing.level.title}: ${standingWords(standing)}${left.length ? '; left:' : '; nothing left'}`,
        '  • ',
      ),
    );
    for (const item of left)
      out.push(line(`${STATUS_LABEL[item.status!]}: ${item.text}`, '      '));
  }

  return out;
}

/** Items only one person has Met. */
function singlePoints(screen: TeamScreen, line: Line, color: Style['color']): string[] {
  const { view, title } = screen;
  const out: string[] = [];
  out.push('', line('Single points: items only one person has Met', '', color.bold));
  if (!view.singlePoints.length) out.push(line(noneShown(screen, 'single points'), '  '));
  for (const t of view.singlePoints)
    out.push(
      line(
        `${levelTitle(view, t.level)} · ${tallyWords(t, title)}: only ${t.metBy[0]!.name}`,
        '  • ',
      ),
    );

  return out;
}

/** The heading over assessments not finished, in every format. */
export const IN_PROGRESS = 'In progress, not counted';

/** One unfinished assessment: whose, of what, by whom, and how far it has got. */
export const inProgressWords = (p: TeamView['inProgress'][number]): string => {
  const a = p.stored.assessment;
  return `${p.person.name}, ${p.level.title}: ${a.role}, ${a.items.filter((i) => i.status !== null).length} of ${a.items.length} answered`;
};

/** The heading over actions past their due date, in every format. */
export const OVERDUE = 'Overdue actions';

/** "Alice Martin, Director: director-2, open, due 2027-06-30, overdue: Give a talk". */
export const overdueWords = (o: TeamView['overdue'][number], today: string): string =>
  `${o.person.name}, ${o.level.title}: ${actionWords(o.action, today)}`;

/** Actions agreed and not done by their due date. */
function overdue(screen: TeamScreen, line: Line, color: Style['color']): string[] {
  const { view } = screen;
  if (!view.overdue.length) return [];
  return [
    '',
    line(OVERDUE, '', (t) => color.bold(color.red(t))),
    ...view.overdue.map((o) => line(overdueWords(o, screen.asOf), '  • ')),
  ];
}

/** Assessments not finished, which are not counted. */
function inProgress(screen: TeamScreen, line: Line, color: Style['color']): string[] {
  const { view } = screen;
  const out: string[] = [];
  if (view.inProgress.length) {
    out.push('', line(IN_PROGRESS, '', color.bold));
    for (const p of view.inProgress) out.push(line(inProgressWords(p), '  • '));
  }
  return out;
}

/** `ladder team`: the matrix, the sections, where the team is thin, who is close, single points. */
export function renderTeam(screen: TeamScreen, style: Style): string {
  const { view } = screen;
  const { color, width } = style;
  const line: Line = (text, first = '', paint) =>
    wrap(sanitizeLine(text), { width, first, ...(paint ? { paint } : {}) });
  if (!view.standings.length && !view.inProgress.length)
    return `${line('No finished assessment in the store yet: nothing to show.')}\n`;
  const out = [
    line(
      `Team: ${plural(view.people.length, 'person', 'people')}, ${plural(view.levels.length, 'level')}, as of ${screen.asOf}`,
      '',
      color.bold,
    ),
    line(
      'Each from the best finished source: agreed, else manager, else self, else peer.',
      '',
      color.dim,
    ),
    '',
    ...matrix(screen, style),
  ];

  out.push(
    ...bySection(screen, line, color),
    ...thinSpots(screen, line, color),
    ...withinReach(screen, line, color),
    ...singlePoints(screen, line, color),
    ...inProgress(screen, line, color),
    ...overdue(screen, line, color),
  );
  out.push('', line(`"Mostly met": ${percent(MOSTLY_MET)} of a section or more.`, '', color.dim));
  return out.join('\n') + '\n';
}
