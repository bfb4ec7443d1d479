import type { Link } from '../ladder/types.js';
import type { Style } from './style.js';
import { sanitizeLine } from './sanitize.js';
import { wrap } from './wrap.js';

/** A URL safe inside an OSC 8 sequence: no controls, no spaces, percent-encoded. */
function safeUrl(url: string): string {
  const clean = sanitizeLine(url).trim();
  try {
    return encodeURI(decodeURI(clean));
  } catch {
    return encodeURI(clean);
  }
}

const osc8 = (url: string, text: string) => `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;

/**
 * A link, wrapped to `width` after the `first` prefix: an OSC 8 hyperlink on the title where the
 * terminal supports one, otherwise the title followed by the plain URL.
 */
export function wrappedLink(link: Link, style: Style, width: number, first: string): string {
  const title = sanitizeLine(link.title);
  const url = safeUrl(link.url);
  return style.hyperlinks
    ? wrap(title, { width, first, paint: (line) => osc8(url, line) })
    : wrap(`${title} <${url}>`, { width, first });
}
