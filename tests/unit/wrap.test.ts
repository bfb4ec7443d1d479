import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { measureWith, wrap, wrapText } from '../../src/render/wrap.js';

const measure = measureWith(stringWidth);

describe('wrapText', () => {
  it('wraps at word boundaries and breaks words longer than a line', () => {
    expect(wrapText('the quick brown fox', 10, measure)).toEqual(['the quick', 'brown fox']);
    expect(wrapText('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('one\ntwo', 80, measure)).toEqual(['one', 'two']);
  });

  it('counts wide characters as two columns', () => {
    expect(wrapText('日本語 日本語', 8, measure)).toEqual(['日本語', '日本語']);
  });

  it('never exceeds the width and never loses a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé日]{1,15}$/), { maxLength: 30 }),
        fc.integer({ min: 4, max: 40 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, measure);
          expect(lines.every((l) => measure(l) <= width)).toBe(true);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('wrap', () => {
  it('indents the lines after the first to the width of the prefix, and paints after wrapping', () => {
    expect(
      wrap('aaaa bbbb cccc', { width: 14, measure, first: '  • ', paint: (l) => `<${l}>` }),
    ).toBe('  • <aaaa bbbb>\n    <cccc>');
  });
});
