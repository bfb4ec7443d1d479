import type { Assessment } from '../ladder/assessment.js';
import type { ComparedItem } from '../ladder/compare.js';
import { readinessJson } from './assessment-report.js';
import {
  answerWords,
  gapWords,
  groups,
  overallWords,
  sideLabel,
  summaryWords,
  unfinishedWords,
} from './check-in.js';
import type { CompareView } from './compare-text.js';
import { mdText } from './markdown.js';
import { localTime } from './time.js';
import { actionWords } from './actions-text.js';

const side = (file: string, a: Assessment) => ({
  file,
  assessor: a.assessor,
  role: a.role,
  updatedAt: a.updatedAt,
  readiness: readinessJson(a),
});

/** The `ladder compare --json` contract. */
export function comparisonJson(view: CompareView, files: { left: string; right: string }) {
  const { left, right, comparison } = view;
  return {
    level: left.level,
    subject: left.subject ?? right.subject,
    left: side(files.left, left),
    right: side(files.right, right),
    summary: comparison.summary,
    items: comparison.items.map((i) => ({
      section: i.section,
      id: i.id,
      text: i.text,
      left: i.left,
      right: i.right,
      gap: i.gap,
    })),
    overdue: view.overdue.map(({ action }) => ({
      id: action.id,
      section: action.section,
      text: action.text,
      due: action.due,
    })),
  };
}

/** `ladder compare --format markdown`: a document to bring to the 1:1. */
export function comparisonMarkdown(view: CompareView): string {
  const { left, right, comparison, title } = view;
  const subject = left.subject ?? right.subject;
  const [l, r] = [left, right].map((a) => mdText(sideLabel(a)));
  const out = [
    `# Check-in: ${mdText(left.level.title)}${subject ? ` · ${mdText(subject.name)}` : ''}`,
    '',
    `| | ${l} | ${r} |`,
    '| --- | --- | --- |',
    `| Updated | ${localTime(left.updatedAt)} | ${localTime(right.updatedAt)} |`,
    `| Readiness | ${overallWords(left)} | ${overallWords(right)} |`,
  ];
  const unfinished = [left, right].map((a) => unfinishedWords(a) ?? 'complete');
  if (!left.complete || !right.complete)
    out.push(`| State | ${unfinished[0]} | ${unfinished[1]} |`);
  out.push('', `_${mdText(summaryWords(comparison.summary, left, right))}._`);
  const { disagreements, agreements, folded, oneSided } = groups(comparison.items, view.all);
  const part = (heading: string, items: ComparedItem[]) => {
    if (!items.length) return;
    out.push('', `## ${heading}`, '', `| Item | ${l} | ${r} | |`, '| --- | --- | --- | --- |');
    for (const i of items) {
      const cell = (s: ComparedItem['left']) =>
        `${answerWords(s)}${s?.note ? `<br>${mdText(s.note)}` : ''}`;
      out.push(
        `| **${mdText(title(i.section))}:** ${mdText(i.text)} | ${cell(i.left)} | ${cell(i.right)} | ${gapWords(i)} |`,
      );
    }
  };
  part('Disagreements', disagreements);
  part('Agreed', agreements);
  if (folded) out.push('', `_${folded} more agreed on; \`--all\` lists them._`);
  part('Answered on one side only', oneSided);
  if (view.overdue.length)
    out.push(
      '',
      '## Overdue actions',
      '',
      ...view.overdue.map(({ action }) => `- ${mdText(actionWords(action, view.today))}`),
    );
  return out.join('\n') + '\n';
}
