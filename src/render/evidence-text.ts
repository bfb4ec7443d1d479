import {
  backs,
  itemChoices,
  type EvidenceItem,
  type EvidenceSource,
  type StoredEvidence,
} from '../ladder/evidence.js';
import { sectionTitle } from '../ladder/tree.js';
import type { Ladder } from '../ladder/types.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** The `ladder evidence list --json` contract. */
export function evidenceJson(entries: StoredEvidence[], linked: (item: EvidenceItem) => boolean) {
  return {
    evidence: entries.map(({ path, entry }) => ({
      id: entry.id,
      date: entry.date,
      text: entry.text,
      links: entry.links,
      items: entry.items.map((item) => ({
        level: item.level,
        section: item.section,
        id: item.id ?? null,
        text: item.text,
        linked: linked(item),
      })),
      subject: entry.subject,
      author: entry.author,
      source: entry.source ?? null,
      file: path,
    })),
  };
}

/**
 * Where an item an entry backs is now ("Director of Engineering · Checkpoints 3: …"), or, when
 * the ladder no longer has it, what it was, marked unlinked.
 */
function itemWords(ladder: Ladder, item: EvidenceItem): { text: string; linked: boolean } {
  const now = itemChoices(ladder).find((c) => backs(item, c.item.level, c.item));
  if (now)
    return {
      text: `${now.level.title} · ${sectionTitle(ladder, now.item.section)} ${now.position}: ${now.item.text}`,
      linked: true,
    };
  return { text: `unlinked, no longer in the ladder: ${item.level} · ${item.text}`, linked: false };
}

/** "harvested from git:~/src/api@1a2b3c4d5e6f, pull request #12, 3 commits": text, never a link. */
export const sourceWords = (source: EvidenceSource): string =>
  `harvested from git:${source.repo}@${source.commits[0]!.slice(0, 12)}${source.pr !== undefined ? `, pull request #${source.pr}` : ''}${source.commits.length > 1 ? `, ${plural(source.commits.length, 'commit')}` : ''}`;

/** One entry: its date and id, what was done, its links and the items it backs. */
function entryLines(stored: StoredEvidence, ladder: Ladder, style: Style): string[] {
  const { color, width } = style;
  const { entry } = stored;
  const out = [
    `${entry.date}  ${color.bold(sanitizeLine(entry.id))}`,
    wrap(sanitizeLine(entry.text), { width, first: '  ' }),
    ...entry.links.map((link) =>
      wrap(sanitizeLine(link), { width, first: '  ', paint: color.cyan }),
    ),
    ...(entry.source
      ? [wrap(sanitizeLine(sourceWords(entry.source)), { width, first: '  ', paint: color.dim })]
      : []),
  ];
  for (const item of entry.items) {
    const words = itemWords(ladder, item);
    out.push(
      wrap(sanitizeLine(words.text), {
        width,
        first: '  → ',
        paint: words.linked ? color.dim : color.yellow,
      }),
    );
  }
  return out;
}

/** What `evidence add` and `edit` print: the entry as it is now, and its file. */
export function renderEntry(
  stored: StoredEvidence,
  ladder: Ladder,
  style: Style,
  verb: 'Recorded' | 'Changed',
): string {
  const about = stored.entry.subject ? ` about ${sanitizeLine(stored.entry.subject.name)}` : '';
  return (
    [
      wrap(`${verb} evidence${about}`, { width: style.width, first: '', paint: style.color.bold }),
      ...entryLines(stored, ladder, style),
      'Saved to',
      wrap(sanitizeLine(stored.path), { width: style.width, first: '  ' }),
    ].join('\n') + '\n'
  );
}

/** `ladder evidence list`: entries newest first, each with the items it backs. */
export function renderEvidence(
  entries: StoredEvidence[],
  who: { person: { name: string }; me: boolean },
  ladder: Ladder,
  style: Style,
): string {
  const { color, width } = style;
  const whom = who.me ? 'you' : sanitizeLine(who.person.name);
  if (!entries.length)
    return `${wrap(`No evidence about ${whom} yet; record some with: ladder evidence add "<what was done>" --item <level:item>`, { width, first: '' })}\n`;
  const out = [
    wrap(`Evidence about ${whom}: ${plural(entries.length, 'entry', 'entries')}, newest first`, {
      width,
      first: '',
      paint: color.bold,
    }),
  ];
  for (const stored of entries) out.push('', ...entryLines(stored, ladder, style));
  return out.join('\n') + '\n';
}
