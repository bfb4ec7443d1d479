import { writeCell, writeLink } from '../ladder/pages/cell.js';
import { ladderMetaOf } from '../ladder/pages/meta.js';
import { followsField, nextOf, previousOf, trackOf } from '../ladder/tree.js';
import type { Ladder, Level } from '../ladder/types.js';
import { toJson } from './json.js';
import { sanitizeLine } from './sanitize.js';

// The page's cells hold Markdown inside HTML: the HTML specials are escaped, controls removed.
const html = (text: string) =>
  sanitizeLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlLines = (text: string) => text.split('\n').map(html).join('\n');

/** JSON on one line, which is YAML too: front matter that Jekyll reads and ignores. */
const flow = (value: unknown) => toJson(value).replace(/\n\s*/g, ' ').trim();

function levelMeta(level: Level) {
  return {
    id: level.id,
    title: level.title,
    track: level.track,
    ...followsField(level.follows),
    ...(level.summary ? { summary: level.summary } : {}),
    aliases: level.aliases,
    ...(level.order !== undefined ? { order: level.order } : {}),
  };
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

/**
 * One level as a page of the career-ladder site, in the format `ladder import` reads. Its front
 * matter carries the ladder's and the level's ids and structure, each heading its section's id
 * and each item its id (as Kramdown attributes, which Jekyll renders as HTML ids), so that an
 * import gives back exactly this ladder.
 */
function levelPage(ladder: Ladder, level: Level): string {
  const columns = pageColumns(ladder, level);
  const out = [
    '---',
    `title: ${flow(level.title)}`,
    'layout: page',
    ...(level.order !== undefined ? [`order: ${level.order}`] : []),
    `ladder: ${flow(ladderMetaOf(ladder))}`,
    `level: ${flow(levelMeta(level))}`,
    '---',
    '',
    `# ${html(level.title)} (${html(trackOf(ladder, level).title)} Path)`,
  ];
  for (const section of ladder.sections) {
    const style = (l: Level) => (l === level ? bold : '');
    const cell = (l: Level) => htmlLines(writeCell(l.sections[section.id]));
    out.push(`### ${html(section.title)} {#${section.id}}`, '<table  markdown="1">');
    if (section.kind === 'text') {
      out.push(
        '<tr>',
        ...columns.map((l) => `<td${style(l)}>\n\n${html(l.title)}\n\n</td>`),
        '</tr>',
        '<tr>',
        ...columns.map((l) => `<td  markdown="1"${style(l)}>\n\n${cell(l)}\n\n</td>`),
        '</tr>',
      );
    } else {
      for (const l of columns) {
        out.push(`<tr><td${style(l)}>\n\n${html(l.title)}\n\n</td></tr>`);
        out.push(`<tr><td markdown="1"${style(l)}>\n\n${cell(l)}\n\n</td></tr>`);
      }
    }
    out.push('</table>', '');
    const link = level.sections[section.id]?.link;
    if (link) out.push(`_reference: ${writeLink(link)}{:target="_blank"}_`, '');
  }
  return out.join('\n');
}

/** Every level's page, by file name. */
export function ladderPages(ladder: Ladder): Record<string, string> {
  return Object.fromEntries(
    ladder.levels.map((level) => [`${level.id}.md`, levelPage(ladder, level)]),
  );
}
