import type { Suggestion } from '../ladder/harvest-score.js';
import type { Work } from '../ladder/harvest-work.js';
import { plural } from '../ladder/words.js';
import { toJson } from './json.js';
import { sanitizeLine } from './sanitize.js';

// What harvest shows and prints: a piece of work with the items suggested for it, and the
// --json contract that --accept reads back.

/** A piece of work on offer: where it is from, how it is linked, what it may back. */
export interface Offer {
  work: Work;
  /** The repository, as its origin's address or its folder. */
  repo: string;
  /** A web link where the host is known; else a `git:` reference, shown as text. */
  link: string;
  web: boolean;
  suggestions: Suggestion[];
}

/** "3 commits, 12 files" */
export const sizeWords = (w: Work): string =>
  `${plural(w.commits.length, 'commit')}, ${plural(w.files.length, 'file')}`;

/** "matches: incident, postmortem, on-call" */
export const matchWords = (s: Suggestion): string =>
  `matches: ${s.words.slice(0, 5).map(sanitizeLine).join(', ')}`;

/** The heading of a piece of work's screen: what it was, when, how big, and what it is. */
export function offerHeading(offer: Offer, n: number, total: number): string[] {
  const { work } = offer;
  return [
    `[${n}/${total}] ${sanitizeLine(work.subject) || `commit ${work.commits[0]!.slice(0, 12)}`}`,
    `${work.date} · ${sizeWords(work)} · ${sanitizeLine(offer.link)}`,
    offer.suggestions.length
      ? 'What does it back?'
      : 'No item matched its words: pick one, or skip it.',
  ];
}

/** One piece of work in the `ladder evidence harvest --json` contract. */
const workJson = ({ work, link, suggestions }: Offer) => ({
  id: work.id,
  commits: work.commits,
  subject: work.subject,
  date: work.date,
  link,
  files: work.files,
  suggestions: suggestions.map((s) => ({ item: s.address, score: s.score, words: s.words })),
  accept: [] as string[],
});

/** How many pieces of work are written at a time: a history of any length in bounded memory. */
const PER_WRITE = 500;

/**
 * The `ladder evidence harvest --json` contract, `{ level, since, work: [...] }`, written a few
 * pieces at a time, byte for byte as the whole would print.
 */
export function writeHarvestJson(
  level: string,
  since: string,
  offers: Offer[],
  write: (text: string) => void,
): void {
  if (!offers.length) return write(toJson({ level, since, work: [] }));
  const head = toJson({ level, since, work: [0] });
  write(head.slice(0, head.indexOf('[') + 1));
  for (let at = 0; at < offers.length; at += PER_WRITE) {
    const part = offers
      .slice(at, at + PER_WRITE)
      .map((o) => toJson(workJson(o)).trimEnd().replace(/^/gm, '    '));
    write(`${at ? ',' : ''}\n${part.join(',\n')}`);
  }
  write('\n  ]\n}\n');
}
