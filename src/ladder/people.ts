import { LIMITS } from './limits.js';
import { slug } from './slug.js';
import { compareText } from './words.js';

/** Someone assessed, or assessing: a display name as given, and an id for files and matching. */
export interface Person {
  id: string;
  name: string;
}

/**
 * "Alice Martin" → { id: "alice-martin", name: "Alice Martin" }. A name with no letters an id
 * can hold gets an id from its characters' codes, so two such names never share one.
 */
export function person(name: string): Person {
  const clean = name.trim().replace(/\s+/g, ' ');
  // An id is cut to its limit: transliterated, a name of 200 characters can give 800.
  const id =
    slug(clean).slice(0, LIMITS.id).replace(/-+$/, '') ||
    `person-${[...clean].map((c) => c.codePointAt(0)!.toString(36)).join('')}`.slice(0, 64);
  return { id, name: clean };
}

export type PersonMatch =
  | { kind: 'found'; person: Person }
  | { kind: 'ambiguous'; candidates: Person[] }
  /** Only the start of a word of theirs (`Al` of Alice): perhaps them, perhaps someone new. */
  | { kind: 'partial'; candidates: Person[]; person: Person }
  | { kind: 'new'; person: Person };

/** `q` is the start of `full` and ends where a word of it does: `alice` of `alice martin`. */
const startsAtWord = (full: string, q: string) =>
  full.startsWith(q) && !/[\p{L}\p{N}]/u.test(full.charAt(q.length));

/**
 * Finds someone among the people the store knows: by id, by name in any case, or by a prefix
 * of either that only one of them has. Anyone else is someone new, named as given. When
 * `wholeWords`, as for a write, a prefix counts only where it ends at a word boundary: any
 * other is `partial`, for the caller to ask about.
 */
export function matchPerson(
  known: readonly Person[],
  query: string,
  wholeWords = false,
): PersonMatch {
  const q = query.trim().replace(/\s+/g, ' ').toLowerCase();
  const asId = person(query).id;
  const exact = known.find((p) => p.id === q || p.id === asId || p.name.toLowerCase() === q);
  if (exact) return { kind: 'found', person: exact };
  const prefixed = known.filter(
    (p) => q !== '' && (p.id.startsWith(q) || p.name.toLowerCase().startsWith(q)),
  );
  const atWords = wholeWords
    ? prefixed.filter((p) => startsAtWord(p.id, q) || startsAtWord(p.name.toLowerCase(), q))
    : prefixed;
  if (atWords.length === 1) return { kind: 'found', person: atWords[0]! };
  if (atWords.length > 1) return { kind: 'ambiguous', candidates: atWords };
  if (prefixed.length) return { kind: 'partial', candidates: prefixed, person: person(query) };
  return { kind: 'new', person: person(query) };
}

/** Everyone named in a list of people, once each, by id. */
export function distinctPeople(people: readonly (Person | null | undefined)[]): Person[] {
  const byId = new Map<string, Person>();
  for (const p of people) if (p && !byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => compareText(a.name, b.name));
}
