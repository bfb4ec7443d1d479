import { stripVTControlCharacters } from 'node:util';

// C0 and C1 controls except newline, plus the bidirectional marks (the Arabic letter mark,
// LRM and RLM), overrides and isolates that can make a line display other than it reads.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Text with none of these (the tab, and the ESC and CSI that start a sequence, among them) is
// returned as it is: nearly all text is, and it is printed a line at a time.
const NEEDS_CLEANING = new RegExp(UNSAFE.source);

/**
 * Makes text from a data file safe to print: escape sequences and control characters are
 * removed, so a ladder file cannot move the cursor, retitle the window or hide text.
 * Tabs become spaces; newlines stay.
 */
export function sanitize(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return stripVTControlCharacters(text.replace(/\t/g, ' ')).replace(UNSAFE, '');
}

/** As sanitize, on one line: newlines become spaces. */
export function sanitizeLine(text: string): string {
  const clean = sanitize(text);
  return clean.includes('\n') ? clean.replace(/\s*\n\s*/g, ' ') : clean;
}
