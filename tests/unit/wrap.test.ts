import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/text-width.js';
import { ellipsis, unbroken, wrap, wrapSegments, wrapText } from '../../src/render/wrap.js';
describe('textWidth', () => {
  it('agrees with string-width on any text, narrow or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
    // Every character the fast path counts as one column, one by one.
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0x2ff],
      [0x2010, 0x2027],
      [0x2030, 0x205e],
      [0x2190, 0x21ff],
      [0x2500, 0x257f],
    ];
    for (const [from, to] of ranges)
      for (let c = from!; c <= to!; c++) {
        const text = `a${String.fromCodePoint(c)}b`;
        expect([c, textWidth(text)]).toEqual([c, stringWidth(text)]);
      }
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries and breaks words longer than a line', () => {
    expect(wrapText('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
    expect(wrapText('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('one\ntwo', 80)).toEqual(['one', 'two']);
  });

  it('counts wide characters as two columns', () => {
    expect(wrapText('日本語 日本語', 8)).toEqual(['日本語', '日本語']);
  });

  it('never exceeds the width and never loses a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé日]{1,15}$/), { maxLength: 30 }),
        fc.integer({ min: 4, max: 40 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width);
          expect(lines.every((l) => textWidth(l) <= width)).toBe(true);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('wrap', () => {
  it('indents the lines after the first to the width of the prefix, and paints after wrapping', () => {
    expect(wrap('aaaa bbbb cccc', { width: 14, first: '  • ', paint: (l) => `<${l}>` })).toBe(
      '  • <aaaa bbbb>\n    <cccc>',
    );
  });
});

describe('wrapSegments', () => {
  const piece = fc
    .array(
      fc.constantFrom('a', 'bb', ' ', '  ', '\n', '\t', '日', 'abcdefghijklmnopqrstu', 'x/y/z'),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join(''));

  it('wraps as the plain text would, and paints each piece with its own segment', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (texts, width) => {
          const painted = wrapSegments(
            texts.map((text, i) => ({ text, paint: (t: string) => `⟨${i}:${t}⟩` })),
            { width, first: '- ' },
          );
          const plain = wrapSegments(
            texts.map((text) => ({ text })),
            { width, first: '- ' },
          );
          expect(painted.replace(/⟨\d+:|⟩/g, '')).toBe(plain);
          for (const [, i, text] of painted.matchAll(/⟨(\d+):([^⟩]*)⟩/g)) {
            const folded = texts[Number(i)]!.replace(/\s+/g, ' ');
            expect(folded).toContain(text!.trim());
          }
          expect(plain.slice(2).replace(/\s+/g, '')).toBe(texts.join('').replace(/\s+/g, ''));
        },
      ),
    );
  });

  it('folds white space across segments to one space and drops it around new lines', () => {
    expect(
      wrapSegments([{ text: ' a  ' }, { text: ' b \n' }, { text: '  c\t' }], {
        width: 40,
        first: '',
      }),
    ).toBe('a b\nc');
  });
});

describe('unbroken', () => {
  it('keeps a phrase on one line, printed with plain spaces', () => {
    const text = `updated ${unbroken('2026-11-26 10:00 +01:00')} and more words here`;
    expect(wrap(text, { width: 26, first: '' })).toBe(
      'updated\n2026-11-26 10:00 +01:00\nand more words here',
    );
    expect(wrapSegments([{ text }], { width: 26, first: '' })).toBe(
      'updated\n2026-11-26 10:00 +01:00\nand more words here',
    );
  });
});

describe('ellipsis', () => {
  it('cuts text to the width on one line, counting wide characters as two', () => {
    expect(ellipsis('short', 10)).toBe('short');
    expect(ellipsis('a long line\nof text', 10)).toBe('a long li…');
    expect(ellipsis('日本語のテキスト', 7)).toBe('日本語…');
    expect(textWidth(ellipsis('x'.repeat(50), 20))).toBe(20);
  });
});
