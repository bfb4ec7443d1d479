import type { Packet, PacketItem } from '../ladder/packet.js';
import { plural } from '../ladder/words.js';
import { summaryLine } from './diff-summary.js';
import { renderSections } from './diff-text.js';
import {
  expectationWords,
  gapAnswers,
  citedCount,
  noGapsWords,
  timeWords,
  basisWords,
  currentWords,
  packetTitle,
  readinessWords,
  sourceDate,
  sourceLabel,
  statusWords,
} from './packet-words.js';
import { actionWords } from './actions-text.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import { sourceWords } from './evidence-text.js';

/** One checkpoint: its answers and notes, its evidence, and any agreed action. */
function itemLines(item: PacketItem, style: Style, today: string): string[] {
  const { color, width } = style;
  const line = (text: string, first: string, paint?: (t: string) => string) =>
    wrap(sanitizeLine(text), { width, first, ...(paint ? { paint } : {}) });
  const out = [line(item.text, `${item.position}. `.padEnd(4), color.bold)];
  if (!item.answers.length) out.push(line('not assessed', '    ', color.dim));
  for (const answer of item.answers) {
    const status = statusWords(answer);
    const paint =
      answer.status === 'met' ? color.green : answer.status === 'not-yet' ? color.red : undefined;
    out.push(
      `    ${sanitizeLine(sourceLabel(answer))}: ${paint ? paint(status) : status}`,
      ...(answer.note ? [line(answer.note, '      ', color.dim)] : []),
    );
  }
  for (const { entry } of item.evidence) {
    out.push(line(`${entry.date}: ${entry.text}`, '    • '));
    for (const link of entry.links) out.push(line(link, '      ', color.cyan));
    if (entry.source) out.push(line(sourceWords(entry.source), '      ', color.dim));
  }
  if (item.action)
    out.push(line(`Action ${actionWords(item.action, today)}`, '    → ', color.yellow));
  return out;
}

/** `ladder packet`: the case for a level, in the terminal. */
export function renderPacket(p: Packet, title: (id: string) => string, style: Style): string {
  const { color, width } = style;
  const line = (text: string, first = '', paint?: (t: string) => string) =>
    wrap(sanitizeLine(text), { width, first, ...(paint ? { paint } : {}) });
  const out = [
    line(`Promotion packet: ${packetTitle(p)} (${p.target.id})`, '', color.bold),
    ...(p.target.summary ? [line(p.target.summary, '', color.italic)] : []),
    line(`Now: ${currentWords(p)}`),
  ];
  if (p.years) out.push(line(`Experience: ${p.years}`));
  out.push('', color.bold('Readiness'), line(basisWords(p), '', color.dim));
  for (const words of timeWords(p)) out.push(line(words, '', color.yellow));
  for (const source of p.sources)
    out.push(
      line(
        `${sourceLabel(source.assessment)}, ${sourceDate(source)}: ${readinessWords(source)}`,
        '  ',
      ),
    );
  if (p.expectations) out.push('', line(expectationWords(p), '', color.dim));
  for (const { section, items } of p.sections) {
    out.push('', color.bold(sanitizeLine(section.title)));
    for (const item of items) out.push(...itemLines(item, style, p.today));
  }
  out.push('', color.bold('Gaps'));
  if (!p.gaps.length) out.push(line(noGapsWords(p), '  '));
  for (const gap of p.gaps) {
    const answers = gapAnswers(gap.answers);
    out.push(line(`${title(gap.section)} ${gap.position}: ${gap.text} (${answers})`, '  • '));
    if (gap.action)
      out.push(line(`Action ${actionWords(gap.action, p.today)}`, '    → ', color.yellow));
  }
  if (p.changes) {
    out.push(
      '',
      line(`What changes from ${p.changes.from.title} to ${p.changes.to.title}`, '', color.bold),
      line(summaryLine(p.changes.summary)),
      ...renderSections(p.changes, style, { stacked: true, changedOnly: true }),
    );
  }
  out.push(
    '',
    line(`${plural(citedCount(p), 'evidence entry', 'evidence entries')} cited.`, '', color.dim),
  );
  return out.join('\n') + '\n';
}
