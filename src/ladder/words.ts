/** "1 item", "3 items"; "2 matches" with the suffix "es". */
export const plural = (n: number, word: string, suffix = 's'): string =>
  `${n} ${word}${n === 1 ? '' : suffix}`;

/** A score between 0 and 1 as a whole percentage. */
export const percent = (score: number): string => `${Math.round(score * 100)}%`;

/**
 * Text in a fixed order, by code unit: the same on every machine, and without the collator
 * behind localeCompare, whose first use costs more than a short command takes.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
