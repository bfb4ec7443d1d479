import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { assemble } from '../../src/ladder/pages/assemble.js';
import { readPage } from '../../src/ladder/pages/page.js';
import { sheetRows } from '../../src/ladder/pages/sheet.js';
import { pagesOf } from '../../src/ladder/pages/source-file.js';
import type { Ladder } from '../../src/ladder/types.js';
import { ladderPages } from '../../src/render/export-markdown.js';
import { draftFiles } from '../../src/render/ladder-yaml.js';
import { ladders } from '../ladder-gen.js';
import { mustLoad, semantic, SHIPPED, writeLadder } from '../helpers.js';

/** Exports a ladder to pages and imports them back, as the commands do. */
function throughPages(ladder: Ladder): Ladder {
  const pages = Object.entries(ladderPages(ladder)).map(([name, text]) => readPage(name, text));
  const draft = assemble(pages);
  return mustLoad(writeLadder(draftFiles(draft, draft.title!)));
}

/** Exports a ladder to a CSV file's text and imports it back, as the commands do. */
function throughSheet(ladder: Ladder): Ladder {
  const text = stringifyCsv(sheetRows(ladder), { bom: true, record_delimiter: 'windows' });
  const pages = pagesOf('ladder.csv', new TextEncoder().encode(text), false);
  if (pages === 'not a level page') throw new Error('the sheet was not read');
  const draft = assemble(pages, 'Engineering');
  return mustLoad(writeLadder(draftFiles(draft, draft.title!)));
}

/** Whether a cell is one a spreadsheet would run as a formula. */
const live = (cell: string) => /^[=+\-@\t\r]/.test(cell);

/**
 * A link to what is not the web, as a Markdown renderer would make it live: a "]" not escaped
 * by a backslash, then "(" or ":" and a target whose first part holds a scheme or an entity.
 */
const liveLink = /(?:^|[^\\])(?:\\\\)*\][(:]\s*<?(?!(?:https?|mailto):)[^\s/?#()<>]*[:&]/im;

describe('lossless round trips', () => {
  it('the shipped ladder, through pages and through a spreadsheet', () => {
    const shipped = mustLoad(SHIPPED);
    expect(semantic(throughPages(shipped))).toEqual(semantic(shipped));
    expect(semantic(throughSheet(shipped))).toEqual(semantic(shipped));
  });

  it('generated ladders through Markdown pages', () => {
    fc.assert(
      fc.property(ladders, (ladder) => {
        // The front matter is data for the importer, never rendered; the body is.
        for (const page of Object.values(ladderPages(ladder)))
          expect(page.replace(/^---\n[\s\S]*?\n---\n/, '')).not.toMatch(liveLink);
        expect(semantic(throughPages(ladder))).toEqual(semantic(ladder));
      }),
      { numRuns: 80 },
    );
  });

  it('generated ladders through a CSV spreadsheet', () => {
    fc.assert(
      fc.property(ladders, (ladder) => {
        expect(sheetRows(ladder).flat().filter(live)).toEqual([]);
        expect(semantic(throughSheet(ladder))).toEqual(semantic(ladder));
      }),
      { numRuns: 80 },
    );
  });
});
