import { itemChoices, type EvidenceItem } from './evidence.js';
import { tokensOf } from './tokens.js';
import type { Ladder, Level } from './types.js';

// Which items of a level a piece of work backs, by the ladder's own words: each item (with its
// sub-items, its keywords and its section's) is a document, and the work's words a query,
// scored with BM25, so that a word few items have counts for more than one many have.

/** An item of the level, as the scorer sees it. */
export interface ItemDoc {
  address: string;
  item: EvidenceItem;
  /** Its words, stemmed, with how often each is there; and how many there are. */
  terms: Map<string, number>;
  length: number;
  /** A stem's word as the ladder writes it, to say why an item was suggested. */
  surface: Map<string, string>;
}

export interface Suggestion {
  address: string;
  item: EvidenceItem;
  score: number;
  /** The ladder's words the work matched, the weightiest first. */
  words: string[];
}

/** The words of commit messages that say nothing of what the work was about. */
const COMMIT_WORDS = new Set(
  'add added adds adding fix fixed fixes fixing update updated updates change changed changes make makes use uses used new wip bump merge merged pull request branch into via when so now also more less after before up down out off get set run all some our we i my no not don t s v'.split(
    ' ',
  ),
);

/** Path segments that say nothing of what a change was about. */
const PATH_WORDS = new Set(
  'src lib app apps pkg cmd internal test tests spec index main js ts tsx jsx py go rb rs java kt php vue css scss json yaml yml md txt html sql tf sh toml cfg ini lock'.split(
    ' ',
  ),
);

/**
 * A light stemmer for English: plurals and the common verb endings, so that "incidents" meets
 * "incident" and "migrating" meets "migrations". Short words are left as they are.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ion') && w.length > 6) w = w.slice(0, -3);
  return w.endsWith('e') && w.length > 4 ? w.slice(0, -1) : w;
}

/** A hyphenated word is also its parts: "on-call" is "on-call", "on" and "call". */
const withParts = (words: string[]): string[] =>
  words.flatMap((w) => (w.includes('-') ? [w, ...w.split('-').filter(Boolean)] : [w]));

/** A text's stems, stop words and commit words left out. */
export const stemsOf = (text: string): string[] =>
  withParts(tokensOf(text))
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w && !COMMIT_WORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);

/** The words of the files a change touched: its folders' and files' names, split. */
export function pathWords(files: readonly string[]): string[] {
  const words = files.flatMap((f) =>
    f
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .split(/[/\\._\s-]+/)
      .map((w) => w.toLowerCase())
      .filter((w) => w.length > 2 && !PATH_WORDS.has(w) && !/^\d+$/.test(w)),
  );
  return [...new Set(words)];
}

/** The level's items as documents: each with its sub-items and keywords, and its section's. */
export function itemDocs(ladder: Ladder, level: Level): ItemDoc[] {
  const sections = new Map(ladder.sections.map((s) => [s.id, s]));
  return itemChoices(ladder)
    .filter((c) => c.level.id === level.id)
    .map((c) => {
      const value = level.sections[c.item.section];
      const item = value?.status === 'defined' ? value.items[c.position - 1] : undefined;
      const written = [
        c.item.text,
        ...(item?.items ?? []).map((s) => s.text),
        ...(item?.keywords ?? []),
        ...(sections.get(c.item.section)?.keywords ?? []),
      ].join(' ');
      const terms = new Map<string, number>();
      const surface = new Map<string, string>();
      const tokens = tokensOf(written);
      for (const word of withParts(tokens)) {
        const s = stem(word);
        terms.set(s, (terms.get(s) ?? 0) + 1);
        if (!surface.has(s)) surface.set(s, word);
      }
      return { address: c.address, item: c.item, terms, length: tokens.length, surface };
    });
}

const K1 = 1.2;
const B = 0.75;
/** Below this, a match is a word or two in common by chance: tuned on tune.yaml only. */
export const SUGGESTION_THRESHOLD = 1.5;
/** At most this many items are suggested for one piece of work. */
export const MAX_SUGGESTIONS = 3;

/** A path's words say less of what the work was than its message does: tuned on tune.yaml. */
const PATH_WEIGHT = 0.5;

/**
 * A scorer over a level's items: the best few items for a piece of work, from the stems of its
 * message and those of the paths it touched.
 */
export function scorer(docs: ItemDoc[]): (message: string[], paths?: string[]) => Suggestion[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const average = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, n);
  const idf = (t: string) => {
    const f = df.get(t) ?? 0;
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };
  // A term's weight in a document: BM25's saturation of its count, by the document's length.
  const weight = (d: ItemDoc, t: string, counts: number) => {
    const tf = d.terms.get(t) ?? 0;
    return (
      tf && (counts * idf(t) * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * d.length) / average))
    );
  };
  return (message, paths = []) => {
    const query = new Map(paths.map((t) => [t, PATH_WEIGHT]));
    for (const t of message) query.set(t, 1);
    // Scored first, and only the few kept are explained: a history of thousands of pieces of
    // work is scored without an object for every item of each.
    const scores = docs.map((d) => {
      let score = 0;
      for (const [t, counts] of query) score += weight(d, t, counts);
      return score;
    });
    return docs
      .map((d, k) => ({ d, score: scores[k]! }))
      .filter((s) => s.score >= SUGGESTION_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.d.address.localeCompare(b.d.address))
      .slice(0, MAX_SUGGESTIONS)
      .map(({ d, score }) => ({
        address: d.address,
        item: d.item,
        score: Math.round(score * 100) / 100,
        words: [...query]
          .map(([t, counts]) => ({ word: d.surface.get(t) ?? t, w: weight(d, t, counts) }))
          .filter((m) => m.w > 0)
          .sort((a, b) => b.w - a.w)
          .map((m) => m.word),
      }));
  };
}
