import { blue, plot } from 'asciichart';
import sparkly from 'sparkly';
import type { Trend } from '../ladder/team.js';
import { percent } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { textWidth } from './text-width.js';
import { ellipsis, wrap } from './wrap.js';

// Readiness over time, in the terminal: a line chart per level (asciichart), or a sparkline per
// person (sparkly). Without Unicode, the lines are drawn in ASCII, and sparklines give way to
// the figures themselves.

const ASCII_SYMBOLS: [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
] = ['+', '|', '-', '-', '-', '\\', '/', '\\', '/', '|'];

/** The label of the y axis, and the width it takes with the space and axis after it. */
const yLabel = (x: number) => `${Math.round(x)}%`.padStart(5);
const PLOT_AT = 7;

/** Values at each of `width` columns, drawn straight from point to point. */
function spread(values: number[], width: number): { columns: number[]; at: number[] } {
  const at = values.map((_, i) => Math.round((i * (width - 1)) / Math.max(1, values.length - 1)));
  const columns = Array.from({ length: width }, (_, x) => {
    // The point at or before this column (the points' columns only grow).
    let i = 0;
    while (i + 1 < at.length && at[i + 1]! <= x) i++;
    const j = Math.min(values.length - 1, i + 1);
    const span = at[j]! - at[i]!;
    return span === 0 ? values[i]! : values[i]! + ((values[j]! - values[i]!) * (x - at[i]!)) / span;
  });
  return { columns, at };
}

/**
 * The dates under a chart, each at its point. The first and the last always, the span the chart
 * covers; the others where they leave two spaces to either side.
 */
function dateLine(dates: string[], at: number[]): string {
  const last = dates.length - 1;
  const placed: { start: number; date: string }[] = [];
  for (const i of new Set([0, last, ...dates.keys()])) {
    const date = dates[i]!;
    const x = PLOT_AT + at[i]!;
    // The first date starts at its point, the last ends at it, the others are centred on it.
    const start = i === 0 ? x : i === last ? x - date.length + 1 : x - Math.floor(date.length / 2);
    const end = start + date.length;
    if (placed.some((p) => start < p.start + p.date.length + 2 && end + 2 > p.start)) continue;
    placed.push({ start, date });
  }
  return placed
    .sort((a, b) => a.start - b.start)
    .reduce((line, p) => line.padEnd(p.start) + p.date, '');
}

/** One line chart of readiness over time for each trend: a level's, or a person's at a level. */
export function trendCharts(trends: Trend[], style: Style, label: (t: Trend) => string): string {
  const { color, width } = style;
  const plotWidth = Math.max(10, Math.min(60, width - PLOT_AT - 2));
  const out: string[] = [];
  for (const trend of trends) {
    out.push(color.bold(wrap(sanitizeLine(label(trend)), { width, first: '' })));
    const values = trend.points.map((p) => p.readiness * 100);
    if (values.length === 1) {
      const p = trend.points[0]!;
      out.push(
        wrap(`one finished assessment: ${percent(p.readiness)} (${p.source}, ${p.date})`, {
          width,
          first: '  ',
        }),
        '',
      );
      continue;
    }
    const { columns, at } = spread(values, plotWidth);
    const chart = plot(columns, {
      height: 10,
      min: 0,
      max: 100,
      format: yLabel,
      ...(style.unicode ? {} : { symbols: ASCII_SYMBOLS }),
      ...(color.level > 0 ? { colors: [blue] } : {}),
    });
    out.push(
      // No line ends in spaces: the chart pads each row to its width.
      chart
        .split('\n')
        .map((row) => row.trimEnd())
        .join('\n'),
      dateLine(
        trend.points.map((p) => p.date),
        at,
      ),
      '',
    );
  }
  return out.join('\n');
}

/** One line per trend: its label, a sparkline, and the first and last figures. */
export function sparklines(trends: Trend[], style: Style, label: (t: Trend) => string): string {
  const { width } = style;
  const labels = trends.map((t) => sanitizeLine(label(t)));
  // Columns, not characters: a CJK name is twice as wide as it is long.
  const labelWidth = Math.min(40, Math.max(...labels.map(textWidth)));
  return trends
    .map((t, i) => {
      const figures = t.points.map((p) => percent(p.readiness));
      const line = style.unicode
        ? `${sparkly(
            t.points.map((p) => p.readiness * 100),
            { minimum: 0, maximum: 100 },
          )}  ${figures[0]}${figures.length > 1 ? ` → ${figures.at(-1)}` : ''}`
        : figures.join(' → ');
      const short = ellipsis(labels[i]!, labelWidth);
      const name = short + ' '.repeat(Math.max(0, labelWidth - textWidth(short)));
      return ellipsis(`${name}  ${line}`, width);
    })
    .join('\n');
}
