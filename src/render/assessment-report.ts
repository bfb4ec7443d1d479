import { STATUS_LABEL, type Assessment } from '../ladder/assessment.js';
import { readiness } from '../ladder/readiness.js';
import { compareYears } from '../ladder/years.js';
import {
  assessmentKind,
  explainOverall,
  explainSection,
  sourceWords,
  type SectionTitles,
} from './assessment-text.js';
import { mdText } from './markdown.js';
import { localTime } from './time.js';

/** Readiness as the JSON contracts give it: `{ overall, sections }`. */
export function readinessJson(a: Assessment) {
  const r = readiness(a);
  return {
    overall: r.overall,
    sections: r.sections.map(({ id, met, partly, notYet, na, total, score }) => ({
      id,
      met,
      partly,
      notYet,
      na,
      total,
      score,
    })),
  };
}

/** The `ladder report --json` contract. */
export function assessmentJson(a: Assessment) {
  return {
    level: a.level,
    subject: a.subject,
    assessor: a.assessor,
    role: a.role,
    startedAt: a.startedAt,
    updatedAt: a.updatedAt,
    complete: a.complete,
    items: a.items.map((i) => ({
      section: i.section,
      id: i.id ?? null,
      text: i.text,
      status: i.status,
      note: i.note,
    })),
    readiness: readinessJson(a),
    ...(a.actions ? { actions: a.actions } : {}),
  };
}

/** A document to share ahead of a promotion conversation. */
export function assessmentMarkdown(a: Assessment, title: SectionTitles): string {
  const r = readiness(a);
  const answered = a.items.filter((i) => i.status !== null).length;
  const out = [
    `# ${mdText(assessmentKind(a))}: ${mdText(a.level.title)}`,
    '',
    `- **Level:** ${mdText(a.level.title)} (\`${mdText(a.level.id)}\`)`,
    `- **Started:** ${localTime(a.startedAt)}; **updated:** ${localTime(a.updatedAt)}`,
    `- **Answered:** ${answered} of ${a.items.length}${a.complete ? '' : ' (unfinished)'}`,
  ];
  if (a.years !== null && a.yearsGuideline)
    out.push(`- **Experience:** ${mdText(compareYears(a.years, a.yearsGuideline))}`);
  for (const source of a.sources ?? [])
    out.push(`- **Settles:** ${mdText(sourceWords(source))} (\`${mdText(source.file)}\`)`);
  out.push('', '## Readiness', '', '_Signals for a conversation, not a promotion verdict._', '');
  for (const s of r.sections)
    out.push(`- **${mdText(title(s.id))}:** ${mdText(explainSection(s))}.`);
  if (r.sections.length > 1) out.push(`- **Overall:** ${mdText(explainOverall(a))}.`);
  for (const section of [...new Set(a.items.map((i) => i.section))]) {
    out.push(
      '',
      `## ${mdText(title(section))}`,
      '',
      '| # | Item | Answer | Note |',
      '| -: | --- | --- | --- |',
    );
    for (const i of a.items.filter((x) => x.section === section)) {
      out.push(
        `| ${i.position} | ${mdText(i.text)} | ${i.status ? STATUS_LABEL[i.status] : '—'} | ${mdText(i.note)} |`,
      );
    }
  }
  const next = a.items.filter((i) => i.status === 'partly' || i.status === 'not-yet');
  if (next.length) {
    out.push('', '## Next steps', '');
    for (const i of next)
      out.push(
        `- **${STATUS_LABEL[i.status!]}:** ${mdText(i.text)}${i.note ? ` (${mdText(i.note)})` : ''}`,
      );
  }
  if (a.actions?.length) {
    out.push('', '## Actions', '', '| Item | Action | Due | Status |', '| --- | --- | --- | --- |');
    for (const action of a.actions) {
      const item = a.items[action.item];
      out.push(
        `| ${item ? mdText(item.text) : '—'} | ${mdText(action.text)} | ${action.due ?? '—'} | ${action.status} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}
