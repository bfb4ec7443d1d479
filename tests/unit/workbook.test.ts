import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/ladder/pages/page.js';
import { readWorkbook } from '../../src/ladder/pages/workbook.js';
import { odsOf, xlsxOf } from '../workbook-builder.js';

const reason = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PageError);
    return (error as PageError).message;
  }
  throw new Error('no error');
};

/** An .xlsx of one sheet whose XML is given as it is. */
const rawXlsx = (sheet: string, strings = '<sst/>') =>
  zipSync({
    'xl/workbook.xml': strToU8(
      '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(strings),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });

describe('reading a workbook', () => {
  it('puts each cell where its reference says, across gaps, as text', () => {
    const [sheet] = readWorkbook(
      'w.xlsx',
      xlsxOf({ S: [['a', null, 'c'], [], [1.5, { formula: 'SUM(A1:A2)', cached: '3' }]] }),
    );
    expect(sheet).toEqual({
      name: 'S',
      hidden: false,
      rows: [['a', '', 'c'], [], ['1.5', '3']],
    });
  });

  it('reads namespaced parts, inline strings, rich runs without their phonetic guide, and booleans', () => {
    const [sheet] = readWorkbook(
      'w.xlsx',
      rawXlsx(
        '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>in &amp; line</x:t></x:is></x:c><x:c r="C1" t="b"><x:v>1</x:v></x:c><x:c r="D1" t="s"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        '<sst><si><r><t>rich </t></r><r><t>text</t></r><rPh><t>guide</t></rPh></si></sst>',
      ),
    );
    // A shared string that does not exist is an empty cell, not a crash.
    expect(sheet!.rows).toEqual([['rich text', 'in & line', 'TRUE']]);
  });

  it('refuses text past the row or column a ladder could reach, rather than filling memory', () => {
    const far = rawXlsx(
      '<worksheet><sheetData><row r="1"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
    );
    expect(reason(() => readWorkbook('w.xlsx', far))).toBe(
      'the sheet "S" has text beyond row 10000 or column 500',
    );
  });

  it('refuses what is not a workbook, in a line', () => {
    expect(reason(() => readWorkbook('w.xlsx', strToU8('not a zip')))).toMatch(
      /^a workbook, but not a readable zip file \(.+\)$/,
    );
    expect(reason(() => readWorkbook('w.xlsx', zipSync({ 'a.txt': strToU8('x') })))).toBe(
      'not a workbook: it has no xl/workbook.xml; save it as .xlsx or CSV UTF-8',
    );
  });

  it('unpacks no part larger than its limit, whatever the zip says of it', () => {
    // 65 MiB of zeros compresses to a few kilobytes: a zip bomb in small.
    const bomb = zipSync({ 'content.xml': new Uint8Array(65 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(reason(() => readWorkbook('w.ods', bomb))).toBe(
      'a workbook, but content.xml is over 64 MB unpacked',
    );
  });

  it('reads .ods cells that repeat, and costs nothing for the empty rows and cells at its end', () => {
    const [sheet] = readWorkbook('w.ods', odsOf({ S: [['a', null, 'b\nc']] }));
    expect(sheet!.rows).toEqual([['a', '', 'b\nc']]);
  });
});
