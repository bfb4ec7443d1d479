import type { SectionValue } from './types.js';
import { plural } from './words.js';

/** A years-of-experience guideline: "15+", "2 to 5", "0-2", "8+ years". */
export interface YearsGuideline {
  min: number;
  max?: number;
}

export function parseYears(text: string): YearsGuideline | undefined {
  const t = text.trim().toLowerCase();
  const range = /^(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\b/.exec(t);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const atLeast = /^(\d+(?:\.\d+)?)\s*\+/.exec(t);
  if (atLeast) return { min: Number(atLeast[1]) };
  return undefined;
}

export const yearsWord = (n: number): string => plural(n, 'year');

/** How someone's years compare with a guideline, in words; a signal, not a requirement. */
export function compareYears(years: number, guideline: string): string {
  const g = parseYears(guideline);
  const shown = `${yearsWord(years)} against a guideline of ${guideline}`;
  if (!g) return `${shown}.`;
  if (years < g.min) return `${shown}: ${yearsWord(+(g.min - years).toFixed(1))} below it.`;
  if (g.max !== undefined && years > g.max) return `${shown}: more than its range.`;
  return `${shown}: within it.`;
}

/** A section's prose, when it is written as prose: where a years guideline is found. */
export function proseOf(value: SectionValue | undefined): string | undefined {
  return value?.status === 'defined' && value.kind === 'text' ? value.items[0]?.text : undefined;
}
