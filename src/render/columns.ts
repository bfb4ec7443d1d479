import { stripVTControlCharacters } from 'node:util';
import { textWidth } from './text-width.js';

/**
 * Draws a bordered table of pre-wrapped cells: a header row, then the rows, with no rules
 * between rows (the cells' own markers keep items apart). Each cell is a string of lines, each
 * line already within its column's width; escape codes do not count towards it.
 *
 * Drawn here rather than with cli-table3, which re-measures every line with a regular
 * expression it rebuilds on each call: a 40-row diff spent 30 ms, a third of its time, in it.
 */
export function drawColumns(head: string[], rows: string[][], widths: number[]): string {
  const width = (line: string) => textWidth(stripVTControlCharacters(line));
  const rule = (left: string, mid: string, right: string) =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const row = (cells: string[]) => {
    const lines = cells.map((cell) => (cell === '' ? [] : cell.split('\n')));
    const height = Math.max(1, ...lines.map((l) => l.length));
    return Array.from({ length: height }, (_, i) =>
      widths
        .map((w, c) => {
          const line = lines[c]?.[i] ?? '';
          return ` ${line}${' '.repeat(Math.max(0, w - width(line)))} `;
        })
        .reduce((out, cell) => `${out}${cell}│`, '│'),
    );
  };
  return [
    rule('┌', '┬', '┐'),
    ...row(head),
    rule('├', '┼', '┤'),
    ...rows.flatMap(row),
    rule('└', '┴', '┘'),
  ].join('\n');
}
