/** Display columns of a string of plain text. */
export type Measure = (text: string) => number;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Width of ASCII text, which is nearly all ladder text: one column a character. Text with other
 * characters is measured by string-width, loaded only when such text is shown (see
 * io/terminal.ts), because it segments graphemes with Intl.Segmenter, whose start-up costs more
 * than the rest of `ladder show`.
 */
export const asciiWidth: Measure = (text) => [...text].length;

export function measureWith(unicodeWidth: Measure): Measure {
  return (text) => (PRINTABLE_ASCII.test(text) ? text.length : unicodeWidth(text));
}

/** Splits a word wider than the line into pieces that fit. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Greedy word wrap of plain (unstyled) text to `width` columns; newlines are kept. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = measure(word) > width ? breakWord(word, width, measure) : [word];
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

export interface WrapOptions {
  /** Total columns, prefix included. */
  width: number;
  measure: Measure;
  /** Written before the first line; the other lines are indented to its width. */
  first: string;
  /** Styles each line's text after wrapping, so escape codes never count towards the width. */
  paint?: (line: string) => string;
}

/** Wraps plain text behind a prefix ("  • "), with a hanging indent for the lines after. */
export function wrap(
  text: string,
  { width, measure, first, paint = (l) => l }: WrapOptions,
): string {
  const hang = measure(first);
  return wrapText(text, Math.max(10, width - hang), measure)
    .map((line, i) => (i === 0 ? first : ' '.repeat(hang)) + paint(line))
    .join('\n');
}
