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
  const id =
    slug(clean) ||
    `person-${[...clean].map((c) => c.codePointAt(0)!.toString(36)).join('')}`.slice(0, 64);
  return { id, name: clean };
}

export type PersonMatch =
  | { kind: 'found'; person: Person }
  | { kind: 'ambiguous'; candidates: Person[] }
  | { kind: 'new'; person: Person };

/**
 * Finds someone among the people the store knows: by id, by name in any case, or by a prefix
 * of either that only one of them has. Anyone else is someone new, named as given.
 */
export function matchPerson(known: readonly Person[], query: string): PersonMatch {
  const q = query.trim().replace(/\s+/g, ' ').toLowerCase();
  const asId = person(query).id;
  const exact = known.find((p) => p.id === q || p.id === asId || p.name.toLowerCase() === q);
  if (exact) return { kind: 'found', person: exact };
  const prefixed = known.filter(
    (p) => q !== '' && (p.id.startsWith(q) || p.name.toLowerCase().startsWith(q)),
  );
  if (prefixed.length === 1) return { kind: 'found', person: prefixed[0]! };
  if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed };
  return { kind: 'new', person: person(query) };
}

/** Everyone named in a list of people, once each, by id. */
export function distinctPeople(people: readonly (Person | null | undefined)[]): Person[] {
  const byId = new Map<string, Person>();
  for (const p of people) if (p && !byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => compareText(a.name, b.name));
}
