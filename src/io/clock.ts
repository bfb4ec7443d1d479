import { UsageError } from '../errors.js';

/** LADDER_NOW, an ISO time, fixes the clock; anything else there is a usage error. */
export function clock(env: Record<string, string | undefined>): () => Date {
  const fixed = env.LADDER_NOW;
  if (!fixed) return () => new Date();
  const time = new Date(fixed);
  // A year past 9999 is written +010000-…, which no date field of a store file takes.
  const year = time.getUTCFullYear();
  if (Number.isNaN(time.getTime()) || year < 1970 || year > 9999)
    throw new UsageError(
      `LADDER_NOW must be an ISO time in the years 1970 to 9999, like 2026-11-26T10:00:00Z, not "${fixed}"`,
    );
  return () => new Date(time);
}
