import { UsageError } from '../errors.js';

/** LADDER_NOW, an ISO time, fixes the clock; anything else there is a usage error. */
export function clock(env: Record<string, string | undefined>): () => Date {
  const fixed = env.LADDER_NOW;
  if (!fixed) return () => new Date();
  const time = new Date(fixed);
  if (Number.isNaN(time.getTime()))
    throw new UsageError(
      `LADDER_NOW must be an ISO time, like 2026-11-26T10:00:00Z, not "${fixed}"`,
    );
  return () => new Date(time);
}
