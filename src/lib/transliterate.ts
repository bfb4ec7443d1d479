import { slugify } from 'transliteration';

/** A slug of text in any script: see ladder/slug.ts, the one caller. */
export const transliteratedSlug = (text: string): string =>
  slugify(text, { lowercase: true, separator: '-', trim: true });
