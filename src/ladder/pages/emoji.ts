import shortcodes from 'markdown-it-emoji/lib/data/full.mjs';

// ":rocket:" as a page's renderer shows it. A name of at most 60 characters: the pattern then
// reads each place once, however long a hostile line of colons is.
const SHORTCODE = /:([a-z0-9_+-]{1,60}):/g;

/** Text with each emoji shortcode GitHub knows written as its emoji; others as written. */
export const withEmoji = (text: string): string =>
  text.replace(SHORTCODE, (code, name: string) =>
    Object.hasOwn(shortcodes, name) ? shortcodes[name]! : code,
  );
