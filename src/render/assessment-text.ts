import { STATUS_LABEL, type Assessment, type AssessedItem } from '../ladder/assessment.js';
import { readiness, type SectionReadiness } from '../ladder/readiness.js';
import { compareYears } from '../ladder/years.js';
import type { Style } from './style.js';
import { drawColumns } from './columns.js';
import { sanitizeLine } from './sanitize.js';
import { wrap } from './wrap.js';
import { percent } from '../ladder/words.js';

export type SectionTitles = (id: string) => string;

const fraction = (n: number) =>
  Number.isInteger(n) ? String(n) : n === 0.5 ? '½' : `${Math.floor(n)}½`;
const short = (text: string, max = 60) => {
  const clean = sanitizeLine(text);
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
};

/** A readiness figure in words: what was met, what counts how, and what is missing. */
export function explainSection(r: SectionReadiness, items: AssessedItem[]): string {
  const counted = r.met + r.partly + r.notYet;
  const parts = [`${r.met} of ${counted} met`];
  if (r.partly) parts[0] += `, ${r.partly} partly`;
  if (r.score !== null) {
    parts[0] += ` (counts as ${fraction(r.met + r.partly / 2)} of ${counted}, ${percent(r.score)})`;
  } else {
    parts[0] = 'nothing counted yet';
  }
  const missing = items.filter((i) => i.status === 'not-yet');
  if (missing.length)
    parts.push(`missing: ${missing.map((i) => `"${short(i.text, 50)}"`).join(', ')}`);
  if (r.na) parts.push(`${r.na} not applicable, left out`);
  if (r.open) parts.push(`${r.open} not answered yet`);
  return parts.join('; ');
}

export function explainOverall(assessment: Assessment): string {
  const r = readiness(assessment);
  const all = assessment.items;
  const met = all.filter((i) => i.status === 'met').length;
  const partly = all.filter((i) => i.status === 'partly').length;
  const counted = all.filter(
    (i) => i.status === 'met' || i.status === 'partly' || i.status === 'not-yet',
  ).length;
  if (r.overall === null) return 'nothing counted yet: no item is answered Met, Partly or Not yet';
  return `${fraction(met + partly / 2)} of ${counted} counted items (${percent(r.overall)}), Met counting 1 and Partly ½`;
}

function answeredLine(a: Assessment): string {
  const answered = a.items.filter((i) => i.status !== null).length;
  const state = a.complete ? 'complete' : 'unfinished';
  return `${state}, ${answered} of ${a.items.length} answered`;
}

export const dateTime = (iso: string) => iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');

/** The summary at the end of `ladder assess`, and `ladder report`: every item, then readiness. */
export function renderAssessment(a: Assessment, title: SectionTitles, style: Style): string {
  const { color, width } = style;
  const out = [
    color.bold(`Self-assessment: ${sanitizeLine(a.level.title)} (${a.level.id})`),
    wrap(`Started ${dateTime(a.startedAt)}, updated ${dateTime(a.updatedAt)}; ${answeredLine(a)}`, {
      width,
      first: '',
      paint: color.dim,
    }),
  ];
  if (a.years !== null && a.yearsGuideline) {
    out.push(wrap(`Experience: ${compareYears(a.years, a.yearsGuideline)}`, { width, first: '' }));
  }

  const answerWidth = 14;
  const noteWidth = Math.max(12, Math.floor((width - 10 - answerWidth) * 0.35));
  const itemWidth = Math.max(16, width - 10 - answerWidth - noteWidth);
  const rows: string[][] = [];
  for (const section of [...new Set(a.items.map((i) => i.section))]) {
    rows.push([
      color.bold(wrap(sanitizeLine(title(section)), { width: itemWidth, first: '' })),
      '',
      '',
    ]);
    for (const item of a.items.filter((i) => i.section === section)) {
      const answer = item.status ? STATUS_LABEL[item.status] : color.dim('—');
      rows.push([
        wrap(sanitizeLine(item.text), { width: itemWidth, first: `${item.position}. ` }),
        item.status === 'met'
          ? color.green(answer)
          : item.status === 'not-yet'
            ? color.red(answer)
            : answer,
        item.note ? wrap(sanitizeLine(item.note), { width: noteWidth, first: '' }) : '',
      ]);
    }
  }
  out.push(
    '',
    drawColumns(
      ['Item', 'Answer', 'Note'].map((h) => color.bold(h)),
      rows,
      [itemWidth, answerWidth, noteWidth],
    ),
  );

  const r = readiness(a);
  out.push(
    '',
    color.bold('Readiness'),
    wrap('Signals for a conversation with your manager, not a promotion verdict.', {
      width,
      first: '',
      paint: color.dim,
    }),
  );
  for (const s of r.sections) {
    const items = a.items.filter((i) => i.section === s.id);
    out.push(
      wrap(`${sanitizeLine(title(s.id))}: ${explainSection(s, items)}.`, {
        width,
        first: '  ',
      }),
    );
  }
  if (r.sections.length > 1)
    out.push(wrap(`Overall: ${explainOverall(a)}.`, { width, first: '  ' }));

  const next = a.items.filter((i) => i.status === 'partly' || i.status === 'not-yet');
  if (next.length) {
    out.push('', color.bold('Next steps'));
    for (const item of next) {
      const note = item.note ? ` (${sanitizeLine(item.note)})` : '';
      out.push(
        wrap(`${STATUS_LABEL[item.status!]}: ${sanitizeLine(item.text)}${note}`, {
          width,
          first: '  • ',
        }),
      );
    }
  }
  if (a.retired.length) {
    out.push(
      '',
      wrap(`${a.retired.length} earlier answer(s) are kept for items the ladder no longer has.`, {
        width,
        first: '',
        paint: color.dim,
      }),
    );
  }
  return out.join('\n') + '\n';
}
