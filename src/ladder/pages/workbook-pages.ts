import { nameKey, PageError, type Page, type PageWarning } from './page.js';
import { sheetPages } from './sheet.js';
import type { Sheet } from './workbook.js';

// A workbook's sheets as one ladder. Sheets that name the same levels are areas of it: each
// sheet's rows are sections in a group named after the sheet, and a level is one page across
// them. Sheets whose levels differ are tracks, each named after its sheet.

/** Whether two sheets' pages share a level, by title. */
const overlap = (a: Page[], b: Page[]) =>
  a.some((p) => b.some((q) => nameKey(p.title) === nameKey(q.title)));

/** One page per level: its sections from each sheet in turn, grouped by sheet. */
function asAreas(read: { sheet: string; pages: Page[] }[]): Page[] {
  const byTitle = new Map<string, Page>();
  for (const { sheet, pages } of read)
    for (const page of pages) {
      const sections = page.sections.map((s) => ({ ...s, group: s.group ?? sheet }));
      const first = byTitle.get(nameKey(page.title));
      if (first) {
        first.sections.push(...sections);
        first.warnings.push(...page.warnings);
      } else byTitle.set(nameKey(page.title), { ...page, sections });
    }
  return [...byTitle.values()];
}

/**
 * The levels of a workbook's sheets. A hidden sheet, and a sheet with no level columns (notes,
 * instructions), are skipped with a warning on the first level, naming them.
 */
export function workbookPages(path: string, sheets: Sheet[]): Page[] {
  const notes: PageWarning[] = [];
  const read: { sheet: string; pages: Page[] }[] = [];
  for (const sheet of sheets) {
    if (sheet.hidden) {
      notes.push({ message: `the sheet "${sheet.name}" is hidden; skipped`, source: path });
      continue;
    }
    const filled = sheet.rows.filter((r) => r.some((c) => c.trim()));
    const width = filled.reduce((w, r) => Math.max(w, r.filter((c) => c.trim()).length), 0);
    // A sheet of notes, or a list with no rows under its title: a level needs both.
    if (width < 2 || filled.length < 2) {
      notes.push({
        message: `the sheet "${sheet.name}" names no levels; skipped`,
        source: path,
      });
      continue;
    }
    try {
      read.push({ sheet: sheet.name, pages: sheetPages(path, sheet.rows, sheet.name) });
    } catch (error) {
      if (!(error instanceof PageError)) throw error;
      throw new PageError(path, `the sheet "${sheet.name}": ${error.message}`);
    }
  }
  if (!read.length) throw new PageError(path, 'no sheet of it names levels, one a column');
  const areas = read.every((r, i) => i === 0 || overlap(read[0]!.pages, r.pages));
  const pages =
    read.length === 1
      ? read[0]!.pages
      : areas
        ? asAreas(read)
        : read.flatMap((r) => r.pages.map((p) => ({ ...p, track: p.track ?? r.sheet })));
  pages[0]!.warnings.unshift(...notes);
  return pages;
}
