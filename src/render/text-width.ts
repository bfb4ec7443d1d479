import { unicodeWidth } from '../lib/string-width.js';

// Characters one column wide in every terminal: printable ASCII, Latin-1 and Latin Extended
// letters (no combining marks), general punctuation (dashes, quotes, bullets), arrows and box
// drawing. Left out: the soft hyphen (no width), and the few that string-width counts as
// emoji (©, ®, ‼, ⁉, ↔ to ↙, ↩, ↪), so that the fast path never disagrees with it.
const NARROW =
  /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2190-\u2193\u219a-\u21a8\u21ab-\u21ff\u2500-\u257f]*$/;

/**
 * Display columns of plain text. This is the one place that decides: narrow text, which is
 * nearly all ladder text, counts a column a character; anything else (accents that combine,
 * CJK, emoji) goes to string-width, whose grapheme segmenter costs more to start than the rest
 * of `ladder show`, and is loaded the first time such text is measured.
 */
export function textWidth(text: string): number {
  return NARROW.test(text) ? text.length : unicodeWidth(text);
}
