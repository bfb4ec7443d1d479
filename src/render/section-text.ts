import type { Item, SectionValue } from '../ladder/types.js';
import { linkItem, wrapRich, type LinkNotes } from './rich.js';
import type { Style } from './style.js';
import { wrapSegments } from './wrap.js';

/**
 * A section's body, wrapped to `width` and indented: prose, an intro and bullets with their
 * sub-items, or its status label, then its reference link. Inside a table, `notes` collects the links' URLs.
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
  if (value.status !== 'defined') {
    const [word, rest, paint] =
      value.status === 'wip'
        ? ['WIP', ' (not written yet)', style.color.yellow]
        : ['N/A', ' (not at this level)', style.color.dim];
    lines.push(
      wrapSegments(
        [
          { text: word, paint },
          { text: rest, paint: style.color.dim },
        ],
        { width, first: pad },
      ),
    );
  }
  const rich = (item: Item, first: string) =>
    lines.push(wrapRich(item, style, { width, first, ...(notes ? { notes } : {}) }));
  if (value.intro) rich(value.intro, pad);
  for (const item of value.items) {
    rich(item, value.kind === 'list' ? `${pad}• ` : pad);
    // Examples and alternatives sit under their item, never as items of their own.
    for (const sub of item.items ?? []) rich(sub, `${pad}    ◦ `);
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
