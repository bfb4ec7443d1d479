import { strToU8, zipSync } from 'fflate';
import { columnName } from '../src/ladder/pages/grid.js';

// Workbooks for the tests, written as their XML and zipped with the library ladder reads them
// with: the parts Excel and LibreOffice write, nothing more.

/** A cell: text, a number, or a formula with the value its program cached. */
export type BookCell = string | number | { formula: string; cached: string } | null;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An .xlsx of sheets by name: text as shared strings, numbers as numbers, formulas cached. */
export function xlsxOf(
  sheets: Record<string, BookCell[][]>,
  options: { hidden?: string[] } = {},
): Uint8Array {
  const strings: string[] = [];
  const shared = (text: string) => {
    const at = strings.indexOf(text);
    return at === -1 ? strings.push(text) - 1 : at;
  };
  const names = Object.keys(sheets);
  const parts: Record<string, Uint8Array> = {};
  names.forEach((name, i) => {
    const rows = sheets[name]!.map((row, r) => {
      const cells = row.map((cell, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        if (cell === null) return '';
        if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
        if (typeof cell === 'object')
          return `<c r="${ref}" t="str"><f>${escape(cell.formula)}</f><v>${escape(cell.cached)}</v></c>`;
        return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    });
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  parts['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
      .map(
        (n, i) =>
          `<sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"${options.hidden?.includes(n) ? ' state="hidden"' : ''}/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
  parts['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings
      .map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`)
      .join('')}</sst>`,
  );
  parts['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types/>');
  return zipSync(parts);
}

/** An .ods of sheets by name, each text cell a paragraph a line, empty cells repeated. */
export function odsOf(sheets: Record<string, (string | null)[][]>): Uint8Array {
  const tables = Object.entries(sheets).map(([name, rows]) => {
    const body = rows.map((row) => {
      const cells = row.map((cell) =>
        cell === null
          ? '<table:table-cell/>'
          : `<table:table-cell office:value-type="string">${cell
              .split('\n')
              .map((l) => `<text:p>${escape(l)}</text:p>`)
              .join('')}</table:table-cell>`,
      );
      return `<table:table-row>${cells.join('')}<table:table-cell table:number-columns-repeated="1020"/></table:table-row>`;
    });
    return `<table:table table:name="${escape(name)}">${body.join('')}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`;
  });
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables.join('')}</office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}
