// The words of a text, as diff pairs items by them and harvest matches work to items by them.

/**
 * Words that say little about what a text is about; left out so that two unrelated sentences
 * do not look alike through "and", "the" and "of".
 */
export const STOP_WORDS = new Set(
  'a an and are as at be by for from in is it its of on or that the their these this to with'.split(
    ' ',
  ),
);

// A word is letters and digits in any script, but printable ASCII text (nearly all) is split with
// an ASCII pattern: V8 builds the Unicode classes when the pattern is created, which takes
// longer than a short command takes to compare two levels, so that one is made only for others.
const PRINTABLE_ASCII = /^[\t\n\r -~]*$/;
const NOT_WORD_ASCII = /[^a-z0-9'-]+/;
let notWord: RegExp | undefined;

/** A text's words in lower case, in order, stop words left out. */
export function tokensOf(text: string): string[] {
  const lower = text.toLowerCase();
  return lower
    .split(PRINTABLE_ASCII.test(lower) ? NOT_WORD_ASCII : (notWord ??= /[^\p{L}\p{N}'-]+/u))
    .filter((word) => word && !STOP_WORDS.has(word));
}

/** A text's distinct words, stop words left out. */
export const wordsOf = (text: string): string[] => [...new Set(tokensOf(text))];
