import type { Ladder, Level, SectionValue } from '../ladder/types.js';
import { nextOf, previousOf, trackOf } from '../ladder/tree.js';
import { sanitizeLine } from './sanitize.js';

// The page's cells hold Markdown inside HTML: the HTML specials are escaped, controls removed.
const html = (text: string) =>
  sanitizeLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellMarkdown(value: SectionValue | undefined): string {
  if (!value || value.status === 'wip') return 'WIP';
  if (value.status === 'n/a') return 'N/A';
  if (value.items) return value.items.map((i) => `- ${html(i.text)}`).join('\n');
  return html(value.text ?? '');
}

const bold = ' style="font-weight:bold"';

/**
 * The columns of a level's page: its previous level, itself, and its next level when there is
 * exactly one (a page shows no next where paths fork).
 */
function pageColumns(ladder: Ladder, level: Level): Level[] {
  const next = nextOf(ladder, level);
  const previous = previousOf(ladder, level);
  return [...(previous ? [previous] : []), level, ...(next.length === 1 ? next : [])];
}

/** One level as a page of the career-ladder site, in the format `ladder import` reads. */
export function levelPage(ladder: Ladder, level: Level): string {
  const columns = pageColumns(ladder, level);
  const out = [
    '---',
    `title: ${JSON.stringify(sanitizeLine(level.title))}`,
    'layout: page',
    ...(level.order !== undefined ? [`order: ${level.order}`] : []),
    '---',
    '',
    `# ${html(level.title)} (${html(trackOf(ladder, level).title)} Path)`,
  ];
  for (const section of ladder.sections) {
    const style = (l: Level) => (l === level ? bold : '');
    out.push(`### ${html(section.title)}`, '<table  markdown="1">');
    if (section.kind === 'text') {
      out.push(
        '<tr>',
        ...columns.map((l) => `<td${style(l)}>\n\n${html(l.title)}\n\n</td>`),
        '</tr>',
      );
      out.push(
        '<tr>',
        ...columns.map(
          (l) =>
            `<td  markdown="1"${style(l)}>\n\n${cellMarkdown(l.sections[section.id])}\n\n</td>`,
        ),
        '</tr>',
      );
    } else {
      for (const l of columns) {
        out.push(`<tr><td${style(l)}>\n\n${html(l.title)}\n\n</td></tr>`);
        out.push(
          `<tr><td markdown="1"${style(l)}>\n\n${cellMarkdown(l.sections[section.id])}\n\n</td></tr>`,
        );
      }
    }
    out.push('</table>', '');
    const link = level.sections[section.id]?.link;
    if (link)
      out.push(
        `_reference: [${html(link.title)}](${encodeURI(sanitizeLine(link.url))}){:target="_blank"}_`,
        '',
      );
  }
  return out.join('\n');
}

/** Every level's page, by file name. */
export function ladderPages(ladder: Ladder): Record<string, string> {
  return Object.fromEntries(
    ladder.levels.map((level) => [`${level.id}.md`, levelPage(ladder, level)]),
  );
}
