import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/text-width.js';
import { wrap, wrapText } from '../../src/render/wrap.js';
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
