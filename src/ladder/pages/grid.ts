// A grid of cells, as a matrix page's table or a sheet holds one: a header row of levels and a
// row per section, its label in the first cell.

/** A row of a grid, and the 1-based line or row it was read from. */
export interface GridRow {
  cells: string[];
  line: number;
}

const NUMBER = /^\d{1,9}(?:[.,]\d{1,9})?$/;

/** A cell as a list's lines: each row of a skill becomes an item. */
const bullets = (cell: string) =>
  cell === '' || /^\s*(?:[-*+]|\d+[.)])\s/.test(cell) ? cell : `- ${cell}`;

/**
 * The rows with a label, each with the rows under it that have none: a row with no label
 * continues the row above, so one skill a row becomes one list. Label-less rows before any
 * label are returned apart, for the caller to name.
 */
export function continuedRows(rows: GridRow[]): { rows: GridRow[]; orphans: GridRow[] } {
  const out: GridRow[] = [];
  const orphans: GridRow[] = [];
  for (const row of rows) {
    const above = out.at(-1);
    if (row.cells[0]?.trim()) out.push({ cells: [...row.cells], line: row.line });
    else if (!row.cells.some((c) => c.trim())) continue;
    else if (!above) orphans.push(row);
    else
      row.cells.forEach((c, k) => {
        if (k > 0 && c.trim())
          above.cells[k] = above.cells[k]?.trim()
            ? `${bullets(above.cells[k]!)}\n${bullets(c)}`
            : c;
      });
  }
  return { rows: out, orphans };
}

/**
 * The columns (by index) that hold scores, not levels: titled by a number, after a column that
 * is a level's, every cell a number or empty. A ladder whose levels are titled 1–5 keeps them,
 * since their cells are words.
 */
export function scoreColumns(header: string[], rows: GridRow[]): Set<number> {
  const scores = new Set<number>();
  header.forEach((title, c) => {
    const previous = header[c - 1]?.trim();
    if (c < 2 || !NUMBER.test(title.trim()) || !previous || scores.has(c - 1)) return;
    if (rows.every((r) => !r.cells[c]?.trim() || NUMBER.test(r.cells[c]!.trim()))) scores.add(c);
  });
  return scores;
}

/** "A", "B", … "AA": a column as a spreadsheet names it. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
