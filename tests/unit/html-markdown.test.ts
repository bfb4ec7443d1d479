import { describe, expect, it } from 'vitest';
import { pageMarkdown, withMarkdownTables } from '../../src/ladder/pages/html-markdown.js';
import { pagesOf } from '../../src/ladder/pages/source-file.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('an HTML page as Markdown', () => {
  it('keeps what a browser shows: headings, lists, links, and bold labels over lists', () => {
    expect(
      pageMarkdown(
        '<head><title>T</title></head><body><nav>Menu</nav><h1>Lead</h1>' +
          '<h2>Craft</h2><p><strong>Design:</strong> <em>shaping systems</em></p>' +
          '<ul><li>Writes <a href="rfc.html">an RFC</a><ul><li>or a memo</li></ul></li></ul>' +
          '<script>alert(1)</script><footer>©</footer></body>',
      ),
    ).toBe(
      '# Lead\n\n## Craft\n\n### Design\n\n*shaping systems*\n\n- Writes [an RFC](rfc.html)\n  - or a memo',
    );
  });

  it('keeps text that looks like HTML as text, never as markup', () => {
    const md = pageMarkdown(
      '<h1>X</h1><h2>S</h2><ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>',
    );
    expect(md).toBe('# X\n\n## S\n\n- <script>alert(1)</script>');
    const [page] = pagesOf(
      'x.html',
      bytes(`<h1>X</h1><h2>S</h2><ul><li>&lt;b&gt;x&lt;/b&gt;</li></ul>`),
      false,
    ) as { sections: { columns: { cell: unknown }[] }[] }[];
    expect(page!.sections[0]!.columns[0]!.cell).toEqual({
      kind: 'list',
      items: [{ source: '<b>x</b>' }],
    });
  });

  it('writes a table with a bare <th> header row, and escapes the pipes in its cells', () => {
    expect(
      withMarkdownTables(
        'before\n<table><thead><th>A</th><th>B</th></thead><tr><td>x | y</td><td><ul><li>1</li><li>2</li></ul></td></tr></table>\nafter',
      ),
    ).toBe('before\n\n\n| A | B |\n| --- | --- |\n| x \\| y | - 1<br>- 2 |\n\n\nafter');
  });

  it('leaves a table that never closes as it is, for the page reader to refuse', () => {
    const text = 'x <table><tr><td>open';
    expect(withMarkdownTables(text)).toBe(text);
  });

  it('says a page nested too deeply to read is so, in a line', () => {
    const deep = `<h1>X</h1>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}`;
    expect(() => pagesOf('deep.html', bytes(deep), false)).toThrow(
      'its HTML is nested too deeply to read',
    );
  });
});
