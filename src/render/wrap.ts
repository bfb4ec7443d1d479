import { textWidth } from './text-width.js';

// Words that must stay whole even when wider than the line: paths, URLs, flags. Such a word
// stands on a line of its own and may run past the width, where a reader can still copy it.
const UNBREAKABLE = /[/\\]|^<?[a-z]+:|^--?[a-z]/i;

/** Splits a word wider than the line into pieces that fit. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Greedy word wrap of plain (unstyled) text to `width` columns; newlines are kept. A word wider
 * than the line is broken into pieces, unless it is a path, a URL or a flag.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // Words are joined by one space, so widths add up.
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      if (!word) continue;
      const wordWidth = textWidth(word);
      if (line && lineWidth + 1 + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (!line && wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      if (line) lines.push(line);
      const pieces = wordWidth > width && !UNBREAKABLE.test(word) ? breakWord(word, width) : [word];
      line = pieces.pop() ?? '';
      lineWidth = textWidth(line);
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

export interface WrapOptions {
  /** Total columns, prefix included. */
  width: number;
  /** Written before the first line; the other lines are indented to its width. */
  first: string;
  /** Written before the other lines instead, for a deeper hanging indent. */
  rest?: string;
  /** Styles each line's text after wrapping, so escape codes never count towards the width. */
  paint?: (line: string) => string;
}

/** Keeps a phrase on one line when text is wrapped: "2026-11-26 10:00 +01:00", a command. */
export const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');

/** A wrapped line as it is printed: the spaces kept from breaking are spaces again. */
const spaced = (line: string): string => line.replace(/\u00a0/g, ' ');

/** Wraps plain text behind a prefix ("  • "), with a hanging indent for the lines after. */
export function wrap(text: string, { width, first, rest, paint = (l) => l }: WrapOptions): string {
  const indent = rest ?? ' '.repeat(textWidth(first));
  const hang = Math.max(textWidth(first), textWidth(indent));
  return wrapText(text, Math.max(10, width - hang))
    .map((line, i) => (i === 0 ? first : indent) + paint(spaced(line)))
    .join('\n');
}

/** A run of text and how to style it. */
export interface Segment {
  text: string;
  paint?: (text: string) => string;
}

/**
 * Wraps text made of differently styled runs (rich text, a word diff): the plain text is
 * wrapped, then each line is painted run by run. Runs of white space fold to one space (a
 * no-break space, which `unbroken` puts in, is kept), so every line break stands where one
 * space was, at a new line of the text, or inside a word too long for a line.
 */
export function wrapSegments(
  segments: readonly Segment[],
  options: Omit<WrapOptions, 'paint'>,
): string {
  // The plain text, and where in it each segment starts.
  let plain = '';
  const starts: number[] = [];
  for (const segment of segments) {
    let text = segment.text.replace(/[^\S\n\u00a0]+/g, ' ').replace(/ *\n */g, '\n');
    const last = plain.at(-1);
    if (last === undefined || last === ' ' || last === '\n') text = text.replace(/^ +/, '');
    if (last === ' ' && text.startsWith('\n')) plain = plain.slice(0, -1);
    starts.push(plain.length);
    plain += text;
  }
  plain = plain.replace(/[ \n]+$/, '');
  const hang = textWidth(options.first);
  const lines = wrapText(plain, Math.max(10, options.width - hang));
  let at = 0;
  let run = 0;
  const painted = lines.map((line) => {
    let out = '';
    const end = at + line.length;
    while (at < end) {
      // The segment holding `at`: the last that starts at or before it.
      while (run + 1 < starts.length && starts[run + 1]! <= at) run++;
      const stop = Math.min(end, starts[run + 1] ?? end);
      const piece = spaced(plain.slice(at, stop));
      const paint = segments[run]!.paint;
      out += paint ? paint(piece) : piece;
      at = stop;
    }
    // The space or new line the line was broken at.
    if (plain[at] === ' ' || plain[at] === '\n') at++;
    return out;
  });
  return painted.map((line, i) => (i === 0 ? options.first : ' '.repeat(hang)) + line).join('\n');
}

/** Text cut to fit `width` columns on one line, an ellipsis marking the cut. */
export function ellipsis(text: string, width: number): string {
  // One line: its breaks become spaces; its own spacing is kept.
  const line = text.replace(/\s*\n\s*/g, ' ');
  if (textWidth(line) <= width) return line;
  let out = '';
  for (const char of line) {
    if (textWidth(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}
