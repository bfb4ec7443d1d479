import { describe, expect, it } from 'vitest';
import { readHeadingPages } from '../../src/ladder/pages/heading-page.js';

describe('a page of headings and bullets', () => {
  it('reads an ATX title with closing hashes, setext sections, and a blockquote summary', () => {
    const page = readHeadingPages(
      'l2.md',
      '# Engineer II #\n\n> Owns a feature.\n\nDelivery\n--------\n- Ships weekly\n\nCraft\n-----\nTests first.\n',
    )[0]!;
    expect(page).toMatchObject({ title: 'Engineer II', order: 2, summary: 'Owns a feature.' });
    expect(page.sections.map((s) => [s.heading, s.columns[0]!.cell])).toEqual([
      ['Delivery', { kind: 'list', items: [{ source: 'Ships weekly' }] }],
      ['Craft', { kind: 'text', source: 'Tests first.' }],
    ]);
  });

  it('is no level page without a title or without a section', () => {
    expect(readHeadingPages('a.md', 'Just some text.\n')).toEqual([]);
    expect(readHeadingPages('a.md', '# About\n\nWelcome.\n')).toEqual([]);
  });

  it('reads hostile lines in linear time: a megabyte heading, "same as" and comments unclosed', () => {
    const spaces = ' '.repeat(1 << 20);
    const pages = [
      `#${spaces}x${spaces}#\n## S\n- a\n`,
      `# T\n## S\nsame as ${'a'.repeat(1 << 20)}\n`,
      `# T\n## S\n${'<!--'.repeat(1 << 18)}\n`,
      `# T (${'x '.repeat(1 << 19)}\n## S\n- a\n`,
      `---\ntitle: "${'t'.repeat(1 << 20)}"\n---\n## S\n- a\n`,
    ];
    for (const text of pages) expect(() => readHeadingPages('p.md', text)).not.toThrow();
  });
});

describe('a matrix page', () => {
  it('reads hostile rows in linear time: a megabyte of pipes, dashes and spaces', async () => {
    const { readMatrixPages } = await import('../../src/ladder/pages/matrix.js');
    const wide = '|'.repeat(1 << 20);
    const pages = [
      `# M\n| a | b | c |\n|---|---|---|\n${wide}\n`,
      `# M\n| a | b | c |\n|${'-'.repeat(1 << 20)}|\n| x | y | z |\n`,
      `# M\n| a | b | c |\n|${' ---|'.repeat(1 << 17)}\n| x | y | z |\n`,
    ];
    for (const text of pages) expect(() => readMatrixPages('m.md', text)).not.toThrow();
    expect(readMatrixPages('m.md', '# M\n| a | b |\n|---|---|\n| x | y |\n')).toEqual([]);
  });
});

describe('a page per track', () => {
  it('takes a block for a level only where its labelled bullets can be read as sections', () => {
    // A labelled line too long to read as a section: the headings are sections of one level,
    // never levels that would come in with no sections at all.
    const long = `- **Scope**: ${'wide '.repeat(300)}`;
    const pages = readHeadingPages('t.md', `# Track\n\n## L1\n\n${long}\n\n## L2\n\n${long}\n`);
    expect(pages.map((p) => [p.title, p.sections.map((s) => s.heading)])).toEqual([
      ['Track', ['L1', 'L2']],
    ]);
    const short = readHeadingPages(
      't.md',
      '# Track\n\n## L1\n\n- **Scope**: a team\n\n## L2\n\n- **Scope**: two\n',
    );
    expect(short.map((p) => [p.title, p.sections.map((s) => s.heading)])).toEqual([
      ['L1', ['Scope']],
      ['L2', ['Scope']],
    ]);
  });
});
