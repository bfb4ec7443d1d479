import type { ChalkInstance } from 'chalk';
import type { SectionValue } from '../ladder/types.js';
import type { Style } from './style.js';
import { wrappedLink } from './link.js';
import { sanitize } from './sanitize.js';
import { wrap } from './wrap.js';

/** How a status reads in the terminal: visible without color too. */
export function statusLabel(status: SectionValue['status'], color: ChalkInstance): string {
  if (status === 'wip') return color.yellow('WIP') + color.dim(' (not written yet)');
  if (status === 'n/a') return color.dim('N/A (does not apply at this level)');
  return '';
}

/** A section's body, wrapped to `width` and indented: text, bullets, or its status label. */
export function sectionBody(
  value: SectionValue,
  style: Style,
  width: number,
  indent: number,
): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  if (value.status !== 'defined') lines.push(pad + statusLabel(value.status, style.color));
  if (value.text !== undefined) lines.push(wrap(sanitize(value.text), { width, first: pad }));
  for (const item of value.items ?? []) {
    lines.push(wrap(sanitize(item.text), { width, first: `${pad}• ` }));
  }
  if (value.items?.length === 0) lines.push(pad + style.color.dim('(no items)'));
  if (value.link) lines.push(wrappedLink(value.link, style, width, `${pad}→ `));
  return lines.join('\n');
}
