import { transliteratedSlug } from '../lib/transliterate.js';

const clean = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * "VP of Engineering" → "vp-of-engineering": the id form of a title or a name. Other scripts
 * are transliterated ("Инженер" → "inzhener", "软件工程师" → "ruan-jian-gong-cheng-shi") by a
 * library loaded only for text beyond ASCII. The result may still be empty; callers decide what
 * to use then.
 */
export function slug(text: string): string {
  // eslint-disable-next-line no-control-regex
  return clean(/^[\x00-\x7f]*$/.test(text) ? text : transliteratedSlug(text));
}
