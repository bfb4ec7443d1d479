import { readCell } from './cell.js';
import { frontMatter, splitMarker, type Page, type PageSection } from './page.js';
import { pageTrack, sharedOf, titleOf, withoutTrack } from './heading-page.js';
import { columnName, continuedRows, scoreColumns, type GridRow } from './grid.js';

// A matrix page: a Markdown table whose header row names the levels, a row per competency. Each
// column is a level, left to right; each row a section; a cell's bullets are its items.

// A table row longer than this is not read: splitting is linear, but no ladder has one.
const MAX_ROW = 64 * 1024;
const SEPARATOR = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;

/** A row's cells: split at each `|` that is not escaped, the outer pipes left out. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && line[i + 1] === '|') cell += line[++i];
    else if (line[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += line[i];
  }
  cells.push(cell.trim());
  if (line.trimStart().startsWith('|')) cells.shift();
  if (line.trimEnd().endsWith('|') && !line.trimEnd().endsWith('\\|')) cells.pop();
  return cells;
}

/** A cell's Markdown as a cell's lines: `<br>` breaks the line, as tables write a list. */
const cellMarkdown = (cell: string) => cell.replace(/<br\s*\/?>/gi, '\n');

/**
 * The levels of a matrix page, one a column; none when the page holds no table whose header
 * names two levels or more. A column titled by a number whose cells are all numbers is a score
 * column, skipped with a warning on the level before it.
 */
export function readMatrixPages(path: string, source: string): Page[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(path, lines);
  const { start } = front;
  const track = pageTrack(lines, start) ?? front.track;
  const at = lines.findIndex(
    (l, i) =>
      i >= start && l.length < MAX_ROW && l.includes('|') && SEPARATOR.test(lines[i + 1] ?? ''),
  );
  if (at === -1) return [];
  const header = cellsOf(lines[at]!);
  const read: GridRow[] = [];
  for (
    let i = at + 2;
    i < lines.length && lines[i]!.includes('|') && lines[i]!.length < MAX_ROW;
    i++
  )
    read.push({ cells: cellsOf(lines[i]!).map(cellMarkdown), line: i + 1 });
  const { rows } = continuedRows(read);
  const scores = scoreColumns(header, rows);
  const columns = header.map((_, c) => c).filter((c) => c > 0 && header[c] && !scores.has(c));
  if (columns.length < 2 || !rows.length) return [];
  // A page is a matrix when its table is most of it; a small table in one section of a page of
  // headings is that section's text.
  const around = lines.filter((l, i) => i >= start && (i < at || i >= at + 2 + read.length));
  if (around.filter((l) => l.trim()).length > read.length + 2) return [];
  // What the page says around its table holds at every level on it.
  const pageTitle = titleOf(lines, start);
  const outside = [...lines.slice(start, at), ...lines.slice(at + 2 + read.length)].filter(
    (_, i) => i !== (pageTitle?.at ?? -1) - start,
  );
  const shared = sharedOf(pageTitle?.title ?? '', outside);
  return columns.map((c, k): Page => {
    const { title, marker } = splitMarker(header[c]!);
    const sections: PageSection[] = rows.map((r) => ({
      heading: r.cells[0]!,
      line: r.line,
      columns: [{ name: title, cell: readCell(r.cells[c] ?? '') }],
      own: 0,
    }));
    const warnings = [...scores]
      .filter((s) => columns.filter((x) => x < s).at(-1) === c)
      .map((s) => ({
        message: `column ${columnName(s)} ("${header[s]}") holds scores, not a level; skipped`,
        where: `line ${at + 1}`,
      }));
    return {
      path: `${path} (column ${columnName(c)})`,
      title,
      ...(marker ? { marker } : {}),
      ...(track ? { track } : {}),
      order: k + 1,
      chained: true,
      headings: true,
      sections,
      warnings,
      ...(k === 0 && shared ? { shared } : {}),
      ...(pageTitle ? { ladderTitle: withoutTrack(pageTitle.title) } : {}),
    };
  });
}
