import { fileName, type Draft } from '../ladder/pages/assemble.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

export interface ImportSummary {
  draft: Draft;
  /** Where the ladder was written. */
  out: string;
  /** How many sources were read, and whether they were sheets (files) or pages. */
  read: number;
  sheets: boolean;
  /** Pages of a folder that were not levels' pages. */
  skipped: string[];
  /** Only the summary line and the count of warnings. */
  quiet?: boolean;
}

/** What `ladder import` says it did: a line, each level and where it came from, the warnings. */
export function renderImportSummary(s: ImportSummary, style: Style): string {
  const line = (text: string, first: string, rest: string) =>
    wrap(sanitizeLine(text), { width: style.width, first, rest });
  const { draft } = s;
  const warnings = [
    ...s.skipped.map((path) => `${fileName(path)}: no tables, so not a level's page; skipped`),
    ...draft.warnings.map((w) => `${fileName(w.page)}: ${w.message}`),
  ];
  const lines = [
    line(
      `Imported ${plural(draft.levels.length, 'level')}, ${plural(draft.tracks.length, 'track')} and ${plural(draft.sections.length, 'section')} from ${plural(s.read, s.sheets ? 'file' : 'page')} into ${s.out}`,
      '',
      '  ',
    ),
  ];
  if (!s.quiet) {
    for (const level of draft.levels) {
      // A sheet's level comes from its column, which its page's name gives: "x.csv (column B)".
      const origin = !level.page
        ? `from a column of ${fileName(level.from!)} (no page of its own)`
        : /\(column [A-Z]+\)$/.test(level.page)
          ? `from ${fileName(level.page)}`
          : 'from its own page';
      lines.push(
        line(
          // Two spaces between the id and the title, as a column would have: the first is a
          // no-break space, which wrapping keeps.
          `${level.id}\u00a0 ${level.title}${level.follows.length ? ` (follows ${level.follows.join(', ')})` : ''}: ${origin}`,
          '  ',
          '      ',
        ),
      );
    }
    lines.push(...warnings.map((w) => line(`warning: ${w}`, '', '  ')));
  }
  if (warnings.length)
    lines.push(
      line(
        `${plural(warnings.length, 'warning')}${s.quiet ? ' (run without --quiet to see them)' : ''}`,
        '',
        '  ',
      ),
    );
  return lines.join('\n') + '\n';
}
