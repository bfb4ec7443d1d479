import type { ChalkInstance } from 'chalk';
import type { SectionValue } from '../ladder/types.js';
import { linkItem, wrapRich, type LinkNotes } from './rich.js';
import type { Style } from './style.js';

/** How a status reads in the terminal: visible without color too. */
export function statusLabel(status: SectionValue['status'], color: ChalkInstance): string {
  if (status === 'wip') return color.yellow('WIP') + color.dim(' (not written yet)');
  if (status === 'n/a') return color.dim('N/A (does not apply at this level)');
  return '';
}

/**
 * A section's body, wrapped to `width` and indented: prose, bullets, or its status label, then
 * its reference link. Inside a table, `notes` collects the links' URLs.
 */
export function sectionBody(
  value: SectionValue,
  style: Style,
  width: number,
  indent: number,
  notes?: LinkNotes,
): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  if (value.status !== 'defined') lines.push(pad + statusLabel(value.status, style.color));
  for (const item of value.items) {
    const first = value.kind === 'list' ? `${pad}• ` : pad;
    lines.push(wrapRich(item, style, { width, first, ...(notes ? { notes } : {}) }));
  }
  if (value.status === 'defined' && value.items.length === 0)
    lines.push(pad + style.color.dim('(no items)'));
  if (value.link)
    lines.push(
      wrapRich(linkItem(value.link), style, {
        width,
        first: `${pad}→ `,
        ...(notes ? { notes } : {}),
      }),
    );
  return lines.join('\n');
}
