import { STATUS_LABEL } from '../ladder/assessment.js';
import type { StoredAssessment } from '../ladder/assessment.js';
import { MOSTLY_MET } from '../ladder/team.js';
import { percent, plural } from '../ladder/words.js';
import { readinessJson } from './assessment-report.js';
import { mdText } from './markdown.js';
import {
  IN_PROGRESS,
  inProgressWords,
  OVERDUE,
  overdueWords,
  levelTitle,
  noneShown,
  standingWords,
  tallyWords,
  WEAKEST_SHOWN,
  type TeamScreen,
} from './team-text.js';

const fileOf = (s: StoredAssessment) => (s.path ? { file: s.path } : {});

/** The `ladder team --json` contract. */
export function teamJson(screen: TeamScreen) {
  const { view } = screen;
  return {
    asOf: screen.asOf,
    ready: screen.ready,
    minGroup: screen.minGroup,
    levels: view.levels,
    people: view.people,
    matrix: view.standings.map((s) => ({
      person: s.person,
      level: s.level,
      source: s.source,
      date: s.stored.assessment.updatedAt,
      readiness: readinessJson(s.stored.assessment),
      ...fileOf(s.stored),
    })),
    overdue: view.overdue.map((o) => ({
      person: o.person,
      level: o.level,
      action: {
        id: o.action.id,
        section: o.action.section,
        text: o.action.text,
        due: o.action.due,
      },
    })),
    inProgress: view.inProgress.map((p) => ({
      person: p.person,
      level: p.level,
      role: p.stored.assessment.role,
      answered: p.stored.assessment.items.filter((i) => i.status !== null).length,
      total: p.stored.assessment.items.length,
      ...fileOf(p.stored),
    })),
    sections: view.sections
      .filter((f) => !f.suppressed)
      .map(({ level, section, counted, mostlyMet, average }) => ({
        level,
        section,
        counted,
        mostlyMet,
        average,
      })),
    smallGroups: view.smallGroups,
    weakest: view.weakest.map(({ level, section, id, text, notYet, partly, met }) => ({
      level,
      section,
      id: id ?? null,
      text,
      notYet,
      partly,
      met,
    })),
    withinReach: view.withinReach.map(({ standing, left }) => ({
      person: standing.person,
      level: standing.level,
      source: standing.source,
      readiness: standing.readiness.overall,
      left: left.map((i) => ({
        section: i.section,
        id: i.id ?? null,
        text: i.text,
        status: i.status,
      })),
    })),
    singlePoints: view.singlePoints.map(({ level, section, id, text, metBy }) => ({
      level,
      section,
      id: id ?? null,
      text,
      person: metBy[0]!,
    })),
  };
}

/** `ladder team --format markdown`: the same figures, for a document. */
export function teamMarkdown(screen: TeamScreen): string {
  const { view, title } = screen;
  const cell = (personId: string, levelId: string) => {
    const s = view.standings.find((x) => x.person.id === personId && x.level.id === levelId);
    if (s) return mdText(standingWords(s));
    return view.inProgress.some((x) => x.person.id === personId && x.level.id === levelId)
      ? '_in progress_'
      : '—';
  };
  const out = [
    `# Team: ${plural(view.people.length, 'person', 'people')}, as of ${screen.asOf}`,
    '',
    '_Each from the best finished source: agreed, else manager, else self, else peer._',
    '',
    `| Person | ${view.levels.map((l) => mdText(l.title)).join(' | ')} |`,
    `| --- | ${view.levels.map(() => '---').join(' | ')} |`,
    ...view.people.map(
      (p) => `| ${mdText(p.name)} | ${view.levels.map((l) => cell(p.id, l.id)).join(' | ')} |`,
    ),
    '',
    '## By section',
    '',
  ];
  for (const f of view.sections.filter((x) => !x.suppressed))
    out.push(
      `- **${mdText(levelTitle(view, f.level))} · ${mdText(title(f.level, f.section))}:** ${f.mostlyMet} of ${plural(f.counted, 'person', 'people')} mostly met${f.average === null ? '' : `; average ${percent(f.average)}`}`,
    );
  for (const g of view.smallGroups)
    out.push(
      `- _${mdText(levelTitle(view, g.level))}: ${plural(g.people, 'person', 'people')}, fewer than ${screen.minGroup}: no group figures._`,
    );
  out.push('', '## Where the team is thin', '');
  if (!view.weakest.length) out.push(mdText(noneShown(screen, 'weakest')));
  for (const t of view.weakest.slice(0, WEAKEST_SHOWN))
    out.push(
      `- ${mdText(`${levelTitle(view, t.level)} · ${tallyWords(t, title)}`)} (${t.notYet} not yet, ${t.partly} partly, ${t.met} met)`,
    );
  out.push('', `## Within reach: readiness ${percent(screen.ready)} or more`, '');
  if (!view.withinReach.length) out.push('Nobody yet.');
  for (const { standing, left } of view.withinReach)
    out.push(
      `- **${mdText(standing.person.name)}**, ${mdText(standing.level.title)}: ${mdText(standingWords(standing))}`,
      ...left.map((i) => `  - ${STATUS_LABEL[i.status!]}: ${mdText(i.text)}`),
    );
  out.push('', '## Single points', '');
  if (!view.singlePoints.length) out.push(mdText(noneShown(screen, 'single points')));
  for (const t of view.singlePoints)
    out.push(
      `- ${mdText(`${levelTitle(view, t.level)} · ${tallyWords(t, title)}`)}: only ${mdText(t.metBy[0]!.name)}`,
    );
  if (view.inProgress.length)
    out.push(
      '',
      `## ${IN_PROGRESS}`,
      '',
      ...view.inProgress.map((p) => `- ${mdText(inProgressWords(p))}`),
    );
  if (view.overdue.length)
    out.push(
      '',
      `## ${OVERDUE}`,
      '',
      ...view.overdue.map((o) => `- ${mdText(overdueWords(o, screen.asOf))}`),
    );
  out.push('', `_"Mostly met": ${percent(MOSTLY_MET)} of a section or more._`);
  return out.join('\n') + '\n';
}
