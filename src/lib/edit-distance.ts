import { distance } from 'fastest-levenshtein';

/** The names closest to what was typed, by edit distance: only when a name was not found. */
export function closest(query: string, names: string[], max: number): string[] {
  return (
    names
      .map((name) => ({ name, d: distance(query, name) }))
      // A third of the shorter word may be wrong: "nope" is not a typo of "scope".
      .filter(
        ({ name, d }) => d <= Math.max(1, Math.floor(Math.min(name.length, query.length) / 3)),
      )
      .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
      .slice(0, max)
      .map((s) => s.name)
  );
}

/**
 * Two words that differ by a typo: both of 5 letters or more, and at most 2 edits apart. Short
 * words are left out: "lead" and "load" are different words, not a typo.
 */
export const isTypoOf = (a: string, b: string): boolean =>
  a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) <= 2 && distance(a, b) <= 2;
