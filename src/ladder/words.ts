/**
 * A whole number as people read it: 950, 1,200, 50,000. Not toLocaleString('en-US'), whose
 * first call starts ICU's number formatting: 15–20 ms, more than a short command takes.
 */
export const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1 item", "3 items", "50,000 levels"; "2 matches", "2 entries" with the plural given. */
export const plural = (n: number, word: string, many = `${word}s`): string =>
  `${grouped(n)} ${n === 1 ? word : many}`;

/** A score between 0 and 1 as a whole percentage. */
export const percent = (score: number): string => `${Math.round(score * 100)}%`;

/**
 * Text in a fixed order, by code unit: the same on every machine, and without the collator
 * behind localeCompare, whose first use costs more than a short command takes.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
