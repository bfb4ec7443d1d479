import { isOverdue } from '../ladder/dates.js';
import type { Packet, PacketItem } from '../ladder/packet.js';
import { readinessJson } from './assessment-report.js';
import { sectionsMarkdown } from './diff-markdown.js';
import { diffJson } from './json.js';
import { mdLink, mdText } from './markdown.js';
import {
  expectationWords,
  gapAnswers,
  basisWords,
  noGapsWords,
  timeWords,
  currentWords,
  packetTitle,
  readinessWords,
  sourceDate,
  sourceLabel,
  statusWords,
} from './packet-words.js';
import { actionWords } from './actions-text.js';
import { sourceWords } from './evidence-text.js';

const itemJson = (i: PacketItem, today: string) => ({
  section: i.section,
  id: i.id ?? null,
  position: i.position,
  text: i.text,
  answers: i.answers,
  evidence: i.evidence.map(({ entry }) => ({
    id: entry.id,
    date: entry.date,
    text: entry.text,
    links: entry.links,
    source: entry.source ?? null,
  })),
  action: i.action ? { ...i.action, overdue: isOverdue(i.action, today) } : null,
});

/** The `ladder packet --json` contract. */
export function packetJson(p: Packet) {
  const changes = p.changes && diffJson(p.changes);
  return {
    subject: p.subject,
    level: {
      id: p.target.id,
      title: p.target.title,
      ...(p.target.summary ? { summary: p.target.summary } : {}),
    },
    current: p.current ? { id: p.current.id, title: p.current.title } : null,
    years: p.years,
    basis: p.basis,
    sources: p.sources.map((s) => ({
      file: s.path,
      role: s.assessment.role,
      assessor: s.assessment.assessor,
      updatedAt: s.assessment.updatedAt,
      readiness: readinessJson(s.assessment),
    })),
    checkpoints: p.sections.flatMap((s) => s.items.map((i) => itemJson(i, p.today))),
    gaps: p.gaps.map((i) => itemJson(i, p.today)),
    ladderChanged: p.ladderChanged,
    newer: p.newer.map((n) => ({
      file: n.path,
      role: n.role,
      startedAt: n.startedAt,
      complete: n.complete,
    })),
    // Folded, as the packet shows it: only what changes.
    changes: changes
      ? {
          ...changes,
          sections: changes.sections.map((s) => ({
            ...s,
            changes: s.changes.filter((c) => c.type !== 'unchanged'),
          })),
        }
      : null,
  };
}

/** `ladder packet --format markdown`: pastes into GitHub or a document as it is. */
export function packetMarkdown(p: Packet, title: (id: string) => string): string {
  const out = [
    `# Promotion packet: ${mdText(packetTitle(p))}`,
    '',
    `- **Level:** ${mdText(p.target.title)} (\`${mdText(p.target.id)}\`)${p.target.summary ? `: ${mdText(p.target.summary)}` : ''}`,
    `- **Now:** ${mdText(currentWords(p))}`,
  ];
  if (p.years) out.push(`- **Experience:** ${mdText(p.years)}`);
  out.push('', '## Readiness', '', mdText(basisWords(p)), '');
  for (const words of timeWords(p)) out.push(`> ${mdText(words)}`, '');
  if (p.sources.length) {
    out.push('| Source | Updated | Readiness |', '| --- | --- | --- |');
    for (const s of p.sources)
      out.push(
        `| ${mdText(sourceLabel(s.assessment))} | ${sourceDate(s)} | ${readinessWords(s)} |`,
      );
  }
  if (p.expectations) out.push('', `_${mdText(expectationWords(p))}_`);
  for (const { section, items } of p.sections) {
    out.push('', `## ${mdText(section.title)}`);
    for (const item of items) {
      out.push('', `### ${item.position}. ${mdText(item.text)}`, '');
      if (!item.answers.length) out.push('_Not assessed._');
      for (const a of item.answers)
        out.push(
          `- **${mdText(sourceLabel(a))}:** ${statusWords(a)}${a.note ? `. ${mdText(a.note)}` : ''}`,
        );
      for (const { entry } of item.evidence) {
        const links = entry.links.map((url) => mdLink({ title: url, url })).join(', ');
        out.push(
          `- **Evidence, ${entry.date}:** ${mdText(entry.text)}${links ? ` (${links})` : ''}${entry.source ? `; ${mdText(sourceWords(entry.source))}` : ''}`,
        );
      }
      if (item.action) out.push(`- **Action:** ${mdText(actionWords(item.action, p.today))}`);
    }
  }
  out.push('', '## Gaps', '');
  if (!p.gaps.length) out.push(mdText(noGapsWords(p)));
  for (const gap of p.gaps) {
    const answers = gapAnswers(gap.answers);
    out.push(
      `- **${mdText(title(gap.section))} ${gap.position}:** ${mdText(gap.text)} (${mdText(answers)})${gap.action ? `. Action: ${mdText(actionWords(gap.action, p.today))}` : ''}`,
    );
  }
  if (p.changes)
    out.push(
      '',
      `## What changes from ${mdText(p.changes.from.title)} to ${mdText(p.changes.to.title)}`,
      '',
      ...sectionsMarkdown(p.changes, { stacked: true, changedOnly: true }, 3),
    );
  return out.join('\n') + '\n';
}
