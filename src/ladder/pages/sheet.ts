import { sharedValue } from '../groups.js';
import { treeOrder } from '../tree.js';
import type { Ladder, Level } from '../types.js';
import { expectationItems, readCell, readLink, writeCell, writeLink } from './cell.js';
import { readLadderMeta, readLevelMeta, type PageMeta } from './meta.js';
import { columnName, continuedRows, scoreColumns, type GridRow } from './grid.js';
import {
  nameKey,
  PageError,
  splitMarker,
  type Page,
  type PageSection,
  type PageWarning,
} from './page.js';

/**
 * A ladder as one spreadsheet, in the shape of the site's tables: a column per level in path
 * order, a row per section. Rows whose first cell starts with "@" carry what the tables alone
 * cannot say (ids, tracks, the tree, the sections' ids and kinds), so that importing the sheet
 * gives back the same ladder; a sheet made by hand needs only the title row and section rows.
 */

const REFERENCE = /^_reference:\s*(.*?)_\s*$/;

/** Levels in path order: each track's tree, depth first; any level no tree reaches, last. */
function pathOrder(ladder: Ladder): Level[] {
  const order = [...new Set(ladder.tracks.flatMap((track) => treeOrder(ladder, track)))];
  const seen = new Set(order);
  return [...order, ...ladder.levels.filter((l) => !seen.has(l))];
}

// A cell a spreadsheet reads as a formula starts with one of these (OWASP: CSV injection); a
// leading apostrophe tells it the cell is text, and reading the sheet takes one off again.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A cell as a spreadsheet takes it for text: list items bulleted with `* `, which no
 * spreadsheet reads as a formula, and any other formula's first character behind a `'` (also
 * before a cell that already starts with one, so that the apostrophe itself reads back).
 */
export function inertCell(cell: string): string {
  const bulleted = cell.replace(/^(\s*)- /gm, '$1* ');
  return FORMULA_START.test(bulleted) ? `'${bulleted}` : bulleted;
}

/** A sheet's cell as written: the one `'` a writer put before a formula's first character off. */
export const typedCell = (cell: string): string =>
  /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;

/** The ladder as rows of cells, none of which a spreadsheet runs as a formula. */
export const sheetRows = (ladder: Ladder): string[][] =>
  ladderRows(ladder).map((row) => row.map(inertCell));

/** The ladder as rows of cells, as they mean. */
function ladderRows(ladder: Ladder): string[][] {
  const levels = pathOrder(ladder);
  const track = (l: Level) => ladder.tracks.find((t) => t.id === l.track);
  const rows: string[][] = [
    ['Level', ...levels.map((l) => l.title)],
    ['@id', ...levels.map((l) => l.id)],
    ['@track', ...levels.map((l) => l.track)],
    ['@track title', ...levels.map((l) => track(l)?.title ?? l.track)],
    ['@follows', ...levels.map((l) => l.follows.join('; '))],
    ['@aliases', ...levels.map((l) => l.aliases.join(', '))],
    ['@order', ...levels.map((l) => (l.order === undefined ? '' : String(l.order)))],
    ...(levels.some((l) => l.summary) ? [['@summary', ...levels.map((l) => l.summary ?? '')]] : []),
    ['@ladder', ladder.title],
    ...ladder.groups.map((g) => ['@group', g.id, g.title]),
    ...ladder.sections.map((s) => {
      const more = s.group || s.description ? [s.group ?? '', s.description ?? ''] : [];
      return ['@section', s.id, s.title, s.kind, s.assessed ? 'assessed' : '', ...more];
    }),
    ...ladder.shared.map((e) => ['@shared', e.title, writeCell(sharedValue(e))]),
  ];
  for (const section of ladder.sections) {
    rows.push([
      section.title,
      ...levels.map((l) => {
        const value = l.sections[section.id];
        const cell = writeCell(value);
        return value?.link ? `${cell}\n_reference: ${writeLink(value.link)}_` : cell;
      }),
    ]);
  }
  return rows;
}

/**
 * The character that separates a sheet's cells: a comma, or the semicolon that Excel writes
 * where the comma is a decimal mark, or a tab. Whichever the first row holds most of, outside
 * quotes, is it.
 */
export function sheetDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  const [best] = (Object.entries(counts) as [keyof typeof counts, number][]).sort(
    (a, b) => b[1] - a[1],
  );
  return best![1] > 0 ? best![0] : ',';
}

type Fail = (message: string) => never;

/** The rows of a sheet that may repeat, one per section, group or shared expectation. */
const REPEATED = ['@section', '@group', '@shared'] as const;
type Repeated = (typeof REPEATED)[number];

/** The `@` rows of a sheet: each by its name, and the repeated ones in their order. */
function metaRows(rows: string[][], fail: Fail) {
  const meta = new Map<string, string[]>();
  const repeated: Record<Repeated, string[][]> = { '@section': [], '@group': [], '@shared': [] };
  rows.forEach((row, r) => {
    const name = (row[0] ?? '').trim().toLowerCase();
    if (!name.startsWith('@')) return;
    const cells = row.slice(1).map((c) => c.trim());
    if ((REPEATED as readonly string[]).includes(name)) repeated[name as Repeated].push(cells);
    else if (meta.has(name)) fail(`row ${r + 1} repeats the ${name} row`);
    else meta.set(name, cells);
  });
  return { meta, repeated };
}

/** A `@shared` cell's items, as ladder.yaml writes them. */
function sharedItems(cell: string) {
  const value = readCell(cell);
  if (!('kind' in value) || value.kind !== 'list') return [];
  return expectationItems(value.items);
}

/** What an export's `@ladder`, `@track` and `@section` rows say of the whole ladder. */
function ladderMetaOf(
  meta: Map<string, string[]>,
  repeated: Record<Repeated, string[][]>,
  titles: string[],
  fail: Fail,
): PageMeta['ladder'] {
  const sectionMeta = repeated['@section'];
  try {
    if (meta.has('@ladder') || sectionMeta.length) {
      // Without @id, a sheet made by hand names its tracks by title: each column says its own.
      const trackIds = meta.has('@id') ? (meta.get('@track') ?? []) : [];
      const trackTitles = meta.get('@track title') ?? [];
      const tracks = [...new Set(trackIds.slice(0, titles.length))]
        .filter(Boolean)
        .map((id) => ({ id, title: trackTitles[trackIds.indexOf(id)] || id }));
      return readLadderMeta({
        title: meta.get('@ladder')?.[0] || 'Engineering career ladder',
        tracks,
        sections: sectionMeta.map(([id, title, kind, assessed, group, description]) => ({
          id,
          title,
          kind,
          assessed: assessed === 'assessed',
          ...(group ? { group } : {}),
          ...(description ? { description } : {}),
        })),
        groups: repeated['@group'].map(([id, title]) => ({ id, title })),
        shared: repeated['@shared'].map(([title, cell]) => ({
          title,
          items: sharedItems(cell ?? ''),
        })),
      });
    }
  } catch (error) {
    fail(`the @ rows: ${(error as Error).message}`);
  }
  return undefined;
}

/** What a column's `@id`, `@track`, `@follows`, `@aliases` and `@order` cells say of it. */
function levelMetaOf(
  at: (name: string) => string,
  title: string,
  c: number,
  fail: Fail,
): PageMeta['level'] {
  if (at('@id')) {
    try {
      return readLevelMeta({
        id: at('@id'),
        title,
        track: at('@track'),
        ...(at('@follows')
          ? {
              follows: at('@follows')
                .split(';')
                .map((id) => id.trim())
                .filter(Boolean),
            }
          : {}),
        aliases: at('@aliases')
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
        ...(at('@order') !== '' ? { order: Number(at('@order')) } : {}),
        ...(at('@summary') ? { summary: at('@summary') } : {}),
      });
    } catch (error) {
      fail(`column ${columnName(c + 1)}: ${(error as Error).message}`);
    }
  }
  return undefined;
}

/**
 * What a column of a sheet made by hand says, without `@id`: its track, order and summary, and
 * the levels it follows, by title, `;` between them (an empty `@follows` cell: none). Without a
 * `@follows` row, each level follows the one to its left.
 */
function handMade(
  at: (name: string) => string,
  hasFollows: boolean,
  left: string | undefined,
  title: string,
): Partial<Page> {
  const named = hasFollows
    ? at('@follows')
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean)
    : left
      ? [splitMarker(left).title]
      : [];
  const follows = named.filter((t) => nameKey(t) !== nameKey(title));
  const order = Number(at('@order'));
  return {
    ...(follows.length ? { follows } : {}),
    ...(at('@track') ? { track: at('@track title') || at('@track') } : {}),
    ...(at('@order') !== '' && Number.isFinite(order) ? { order } : {}),
    ...(at('@summary') ? { summary: at('@summary') } : {}),
  };
}

/** A sheet's level columns, and what its header and cells say that a person should hear of. */
function levelColumns(header: string[], rows: GridRow[], cell: (c: number, r: number) => string) {
  const scores = scoreColumns(header, rows);
  const columns = header.map((_, c) => c).filter((c) => c > 0 && !scores.has(c));
  const warnings: PageWarning[] = [];
  const skipped = [...scores].map(columnName);
  if (skipped.length)
    warnings.push({
      message:
        skipped.length === 1
          ? `column ${skipped[0]} ("${header[[...scores][0]!]}") holds scores, not a level; skipped`
          : `columns ${skipped.join(', ')} hold scores, not levels; skipped`,
      where: cell([...scores][0]!, 0),
    });
  for (const c of columns) {
    const title = header[c]!.trim();
    if (/^\d+(?:[.,]\d+)?$/.test(title))
      warnings.push({
        message: `the level "${title}" is titled by a number; kept as a level`,
        where: cell(c, 0),
      });
    if (rows.length && rows.every((r) => !r.cells[c]?.trim()))
      warnings.push({
        message: `the column of ${title} is empty: it has none of the sections (N/A)`,
        where: cell(c, 0),
      });
  }
  return { columns, warnings };
}

/** A section row's cell in a level's column: its `_reference:` line, if any, as the link. */
function sheetSection(row: GridRow, c: number, id: string | undefined, title: string): PageSection {
  const lines = (row.cells[c] ?? '').split(/\r\n?|\n/);
  const reference = lines.findIndex((l) => REFERENCE.test(l.trim()));
  const link =
    reference === -1 ? undefined : readLink(REFERENCE.exec(lines[reference]!.trim())![1]!);
  if (reference !== -1) lines.splice(reference, 1);
  return {
    heading: row.cells[0]!.trim(),
    ...(id ? { id } : {}),
    line: row.line,
    columns: [{ name: title, cell: readCell(lines.join('\n')) }],
    own: 0,
    ...(link ? { link } : {}),
  };
}

/**
 * Reads a sheet's rows as one page per level column, for the importer to assemble. A row with
 * no label continues the one above; a column of scores after a level's is skipped. `sheet`
 * names a workbook's sheet, for the cells warnings name.
 */
export function sheetPages(path: string, grid: string[][], sheet?: string): Page[] {
  const fail: Fail = (message) => {
    throw new PageError(path, message);
  };
  const cellName = (c: number, r: number) => `${sheet ? `${sheet}!` : ''}${columnName(c)}${r + 1}`;
  const first = (row: string[]) => (row[0] ?? '').trim();
  // The title row is the first that is not metadata and not blank; its first cell may be empty.
  const titleAt = grid.findIndex(
    (r) => !first(r).startsWith('@') && r.some((c) => c.trim() !== ''),
  );
  if (titleAt === -1) fail('no title row: the first row names the levels, one a column');
  const header = grid[titleAt]!.map((t) => t.trim());
  while (header.length > 1 && header.at(-1) === '') header.pop();
  if (header.length < 2) fail('the title row names no level');
  const blank = header.indexOf('', 1);
  if (blank !== -1) fail(`the title row has no level name in ${cellName(blank, titleAt)}`);

  const { meta, repeated } = metaRows(grid, fail);
  const { rows, orphans } = continuedRows(
    grid
      .map((cells, r) => ({ cells, line: r + 1 }))
      .filter((row, r) => r > titleAt && !first(row.cells).startsWith('@')),
  );
  if (rows.length === 0) fail('no section rows under the title row');
  const cell = (c: number, r: number) => cellName(c, r === 0 ? titleAt : r);
  const { columns, warnings } = levelColumns(header, rows, cell);
  warnings.forEach((w) => (w.source = path));
  for (const o of orphans)
    warnings.push({
      message: 'a row with no section name, and none above it to continue; skipped',
      where: cellName(0, o.line - 1),
      source: path,
    });
  const titles = columns.map((c) => header[c]!);
  const ladderMeta = ladderMetaOf(meta, repeated, titles, fail);
  const sectionId = (title: string, index: number) =>
    ladderMeta?.sections.find((s) => s.title === title)?.id ??
    (ladderMeta?.sections.length === rows.length ? ladderMeta.sections[index]?.id : undefined);

  const followsRow = grid.findIndex((r) => first(r).toLowerCase() === '@follows');
  return columns.map((c, k): Page => {
    const { title, marker } = splitMarker(header[c]!);
    const at = (name: string) => meta.get(name)?.[c - 1] ?? '';
    const level = levelMetaOf(at, title, c - 1, fail);
    const own = at('@follows')
      .split(';')
      .some((t) => nameKey(t) === nameKey(title));
    if (!level && own)
      warnings.push({
        message: `${title} follows itself; ignored`,
        where: cellName(c, followsRow),
        source: path,
      });
    const sections = rows.map((row, i) =>
      sheetSection(row, c, sectionId(first(row.cells), i), title),
    );
    return {
      path: `${path} (${sheet ? `${sheet}, ` : ''}column ${columnName(c)})`,
      title,
      ...(marker ? { marker } : {}),
      ...(ladderMeta || level
        ? { meta: { ...(ladderMeta ? { ladder: ladderMeta } : {}), ...(level ? { level } : {}) } }
        : {}),
      ...(!level ? handMade(at, meta.has('@follows'), titles[k - 1], title) : {}),
      sections,
      // What the sheet says of itself is said once, with its first level.
      warnings: k === 0 ? warnings : [],
    };
  });
}
