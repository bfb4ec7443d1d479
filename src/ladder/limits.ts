import { grouped } from './words.js';
import { UsageError } from '../errors.js';

/**
 * The one table of how much ladder keeps of what a person enters: the writers refuse more
 * where it is entered, the readers take up to it, and the store's JSON Schemas say the same
 * (a test holds them to this table). Lengths are in characters as JavaScript counts them,
 * which is never fewer than a schema's count, so whatever a writer accepts its reader reads.
 */
export const LIMITS = {
  /** A person's name. */
  name: 200,
  /** An id: a person's, a level's, an action's, an entry's. */
  id: 200,
  /** A level's or a section's title. */
  title: 1000,
  /** An item's text, what was done, a note, an action. */
  text: 10_000,
  /** A years guideline. */
  guideline: 200,
  /** A web link, or a file an outcome names. */
  link: 4096,
  /** Links on one evidence entry. */
  links: 100,
  /** Items one evidence entry backs. */
  backs: 1000,
  /** Items in one assessment, and actions in one outcome. */
  items: 10_000,
  /** Keywords on one item or section of the ladder, and one keyword. */
  keywords: 100,
  keyword: 200,
} as const;

/** What is wrong with a value over its limit, in words; undefined when it is within it. */
export function overLimit(value: string, limit: number, what: string): string | undefined {
  return value.length > limit
    ? `${what} is ${grouped(value.length)} characters; the limit is ${grouped(limit)}`
    : undefined;
}

/** A value typed in a flag or a file, over its limit: a usage error that names the limit. */
export function checkLimit(value: string, limit: number, what: string): void {
  const problem = overLimit(value, limit, what);
  if (problem) throw new UsageError(problem);
}

/** A count over its limit: a usage error that names the limit. */
export function checkCount(count: number, limit: number, what: string): void {
  if (count > limit)
    throw new UsageError(
      `${grouped(count)} ${what} is more than the ${grouped(limit)} one entry can hold`,
    );
}
