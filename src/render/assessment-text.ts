import { STATUS_LABEL, type Assessment, type AssessedItem } from '../ladder/assessment.js';
import { readiness, type SectionReadiness } from '../ladder/readiness.js';
import { plural, percent } from '../ladder/words.js';
import { compareYears } from '../ladder/years.js';
import { drawColumns } from './columns.js';
import { LinkNotes } from './rich.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { localTime } from './time.js';
import { unbroken, wrap } from './wrap.js';

export type SectionTitles = (id: string) => string;

/** Below this width the answers table would be too narrow to read: each item is stacked. */
export const MIN_TABLE_WIDTH = 60;

const name = (p: Assessment['subject']) => (p ? sanitizeLine(p.name) : undefined);

/** What kind of assessment this is, and of whom: "Self-assessment", "Agreed outcome for Ana". */
export function assessmentKind(a: Assessment): string {
  const subject = name(a.subject);
  if (a.role === 'agreed') return subject ? `Agreed outcome for ${subject}` : 'Agreed outcome';
  if (a.role === 'self') return subject ? `Self-assessment by ${subject}` : 'Self-assessment';
  const by = name(a.assessor);
  return `Assessment of ${subject ?? 'someone'}${by ? ` by ${by}` : ''} (${a.role})`;
}

/** One of the assessments an outcome settles: "the manager's assessment by Bob Lee". */
export function sourceWords(source: NonNullable<Assessment['sources']>[number]): string {
  const what = source.role === 'self' ? 'the self-assessment' : `the ${source.role}'s assessment`;
  return `${what}${source.assessor ? ` by ${sanitizeLine(source.assessor.name)}` : ''}`;
}

/** Readiness of a section in one sentence, every figure once: "50%: 1 of 3 met, 1 partly…". */
export function explainSection(r: SectionReadiness): string {
  const counted = r.met + r.partly + r.notYet;
  const rest = [
    r.na ? `${r.na} not applicable, left out` : '',
    r.open ? `${plural(r.open, 'item')} not answered yet` : '',
  ].filter(Boolean);
  if (r.score === null) {
    if (r.open === r.total) return 'nothing answered yet';
    if (r.open === 0)
      return `nothing to count: ${r.na === 1 ? 'the item is' : `all ${r.na} items are`} Not applicable`;
    return `nothing counted yet; ${rest.join('; ')}`;
  }
  const parts = [`${r.met} of ${counted} met`];
  if (r.partly) parts.push(`${r.partly} partly (counting half)`);
  if (r.notYet) parts.push(`${r.notYet} not yet`);
  return `${percent(r.score)}: ${parts.join(', ')}${rest.length ? `; ${rest.join('; ')}` : ''}`;
}

/** The overall figure, when there is more than one section. */
export function explainOverall(a: Assessment): string {
  const r = readiness(a);
  if (r.overall === null) return 'nothing counted yet';
  const counted = a.items.filter((i) => i.status && i.status !== 'na').length;
  return `${percent(r.overall)} over ${plural(counted, 'counted item')}`;
}

function answeredLine(a: Assessment): string {
  const answered = a.items.filter((i) => i.status !== null).length;
  return `${a.complete ? 'complete' : 'unfinished'}, ${answered} of ${a.items.length} answered`;
}

const answerText = (item: AssessedItem) => (item.status ? STATUS_LABEL[item.status] : '—');

function paintAnswer(item: AssessedItem, style: Style): string {
  const { color } = style;
  const text = answerText(item);
  if (item.status === 'met') return color.green(text);
  if (item.status === 'not-yet') return color.red(text);
  if (item.status === null) return color.dim(text);
  return text;
}

/** Every item with its answer and note: a table, or one item after another when narrow. */
function answers(a: Assessment, title: SectionTitles, style: Style): string {
  const { color, width } = style;
  const sections = [...new Set(a.items.map((i) => i.section))];
  const note = (item: AssessedItem) => sanitizeLine(item.note);
  if (width < MIN_TABLE_WIDTH) {
    const out: string[] = [];
    for (const section of sections) {
      out.push('', color.bold(wrap(sanitizeLine(title(section)), { width, first: '' })));
      for (const item of a.items.filter((i) => i.section === section)) {
        const number = `${item.position}. `;
        out.push(wrap(sanitizeLine(item.text), { width, first: number }));
        const pad = ' '.repeat(number.length);
        out.push(`${pad}${paintAnswer(item, style)}`);
        if (item.note) out.push(wrap(note(item), { width, first: `${pad}Note: ` }));
      }
    }
    return out.slice(1).join('\n');
  }
  const answerWidth = Math.max(...a.items.map((i) => answerText(i).length), 'Answer'.length);
  // No note anywhere (an agreed outcome, often): no column for them.
  const noted = a.items.some((i) => i.note);
  const rest = width - (noted ? 10 : 7) - answerWidth;
  const noteWidth = noted ? Math.max(12, Math.floor(rest * 0.35)) : 0;
  const itemWidth = Math.max(16, rest - noteWidth);
  // A URL in a note is numbered in the table and written out under it: a narrow cell could
  // not hold it whole.
  const links = new LinkNotes();
  const tableNote = (item: AssessedItem) => links.numbered(note(item));
  const rows: string[][] = [];
  for (const section of sections) {
    rows.push([
      color.bold(wrap(sanitizeLine(title(section)), { width: itemWidth, first: '' })),
      '',
      '',
    ]);
    for (const item of a.items.filter((i) => i.section === section)) {
      rows.push([
        wrap(sanitizeLine(item.text), { width: itemWidth, first: `${item.position}. ` }),
        paintAnswer(item, style),
        item.note ? wrap(tableNote(item), { width: noteWidth, first: '' }) : '',
      ]);
    }
  }
  const columns = noted ? 3 : 2;
  const table = drawColumns(
    ['Item', 'Answer', 'Note'].slice(0, columns).map((h) => color.bold(h)),
    rows.map((row) => row.slice(0, columns)),
    [itemWidth, answerWidth, noteWidth].slice(0, columns),
  );
  return [table, ...links.footer(width)].join('\n');
}

/** The summary at the end of `ladder assess`, and `ladder report`: every item, then readiness. */
export function renderAssessment(a: Assessment, title: SectionTitles, style: Style): string {
  const { color, width } = style;
  const line = (text: string, first = '', paint?: (t: string) => string) =>
    wrap(text, { width, first, ...(paint ? { paint } : {}) });
  const out = [
    line(
      `${assessmentKind(a)}: ${sanitizeLine(a.level.title)} (${sanitizeLine(a.level.id)})`,
      '',
      color.bold,
    ),
    line(
      `Started ${unbroken(localTime(a.startedAt))}, updated ${unbroken(localTime(a.updatedAt))}; ${answeredLine(a)}`,
      '',
      color.dim,
    ),
  ];
  if (a.role !== 'self' && a.role !== 'agreed' && a.assessor === null)
    out.push(line('The assessor is not named in the file.', '', color.dim));
  for (const source of a.sources ?? [])
    out.push(
      line(`Settles ${sourceWords(source)}:`, '', color.dim),
      line(sanitizeLine(source.file), '  ', color.dim),
    );
  if (a.years !== null && a.yearsGuideline)
    out.push(line(`Experience: ${sanitizeLine(compareYears(a.years, a.yearsGuideline))}`));
  out.push('', answers(a, title, style));

  const r = readiness(a);
  out.push(
    '',
    color.bold('Readiness'),
    line('Signals for a conversation, not a promotion verdict.', '', color.dim),
  );
  for (const s of r.sections)
    out.push(line(`${sanitizeLine(title(s.id))}: ${explainSection(s)}.`, '  '));
  if (r.sections.length > 1) out.push(line(`Overall: ${explainOverall(a)}.`, '  '));

  const next = a.items.filter((i) => i.status === 'partly' || i.status === 'not-yet');
  if (next.length) {
    out.push('', color.bold('Next steps'));
    for (const item of next) {
      const note = item.note ? ` (${sanitizeLine(item.note)})` : '';
      out.push(line(`${STATUS_LABEL[item.status!]}: ${sanitizeLine(item.text)}${note}`, '  • '));
    }
  }
  if (a.actions?.length) {
    out.push('', color.bold('Actions'));
    for (const action of a.actions) {
      const item = a.items[action.item];
      const where = item ? ` (${sanitizeLine(title(item.section))} ${item.position})` : '';
      const due = action.due ? `, due ${action.due}` : '';
      out.push(
        line(
          `${sanitizeLine(action.id)}, ${action.status}${due}: ${sanitizeLine(action.text)}${where}`,
          '  • ',
        ),
      );
    }
  }
  if (a.retired.length) {
    out.push(
      '',
      line(
        `${plural(a.retired.length, 'earlier answer')} ${a.retired.length === 1 ? 'is' : 'are'} kept for items the ladder no longer has.`,
        '',
        color.dim,
      ),
    );
  }
  return out.join('\n') + '\n';
}
