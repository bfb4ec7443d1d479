import type { Item } from './types.js';

/** The lines of a source, each trimmed, blank lines left out: how every source is kept. */
export const sourceLines = (source: string): string[] =>
  source
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Prose in its kept form: trimmed lines. A line break reads as a space, as in Markdown. */
export const proseSource = (source: string): string => sourceLines(source).join('\n');

/** A list item in its kept form: one line. */
export const itemSource = (source: string): string => sourceLines(source).join(' ');

/** An item's Markdown source. */
export const sourceOf = (item: Item): string => item.markdown ?? item.text;
