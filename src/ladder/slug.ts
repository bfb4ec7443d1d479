import { slugify } from 'transliteration';

/**
 * "VP of Engineering" → "vp-of-engineering": the id form of a title or a name. Other scripts
 * are transliterated ("Инженер" → "inzhener", "软件工程师" → "ruan-jian-gong-cheng-shi"); the
 * result may still be empty, and callers decide what to use then.
 */
export function slug(text: string): string {
  return slugify(text, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
