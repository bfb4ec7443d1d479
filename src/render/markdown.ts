import type { Ladder, Level, SectionDef, SectionValue } from '../ladder/types.js';
import { nextOf, previousOf, trackOf } from '../ladder/tree.js';
import { sanitize, sanitizeLine } from './sanitize.js';

/** Escapes what Markdown would read as markup, after removing control characters. */
export function mdText(text: string): string {
  return sanitizeLine(text).replace(/[\\`*_[\]<>|#]/g, '\\$&');
}

export function mdLink(link: { title: string; url: string }): string {
  return `[${mdText(link.title)}](<${sanitizeLine(link.url).replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

export function mdStatus(status: SectionValue['status']): string {
  return status === 'wip'
    ? '_WIP: not written yet_'
    : status === 'n/a'
      ? '_N/A: does not apply at this level_'
      : '';
}

function mdSection(value: SectionValue | undefined): string {
  if (!value) return '';
  const lines: string[] = [];
  if (value.status !== 'defined') lines.push(mdStatus(value.status));
  if (value.text !== undefined)
    lines.push(sanitize(value.text).split('\n').map(mdText).join('  \n'));
  for (const item of value.items ?? []) lines.push(`- ${mdText(item.text)}`);
  if (value.link) lines.push('', `Reference: ${mdLink(value.link)}`);
  return lines.join('\n');
}

const levelRef = (l: Level) => `${mdText(l.title)} (\`${l.id}\`)`;

/** `ladder show --format markdown`: a document to paste into a wiki or an issue. */
export function levelMarkdown(ladder: Ladder, level: Level, sections: SectionDef[]): string {
  const previous = previousOf(ladder, level);
  const next = nextOf(ladder, level);
  const out = [
    `# ${mdText(level.title)}`,
    '',
    `- **Track:** ${mdText(trackOf(ladder, level).title)}`,
    `- **Id:** \`${level.id}\`${level.aliases.length ? ` (also ${level.aliases.map((a) => `\`${a}\``).join(', ')})` : ''}`,
    `- **Previous:** ${previous ? levelRef(previous) : 'none, first level of its path'}`,
    `- **Next:** ${next.length ? next.map(levelRef).join(', ') : 'none, top of its path'}`,
  ];
  for (const def of sections) {
    out.push('', `## ${mdText(def.title)}`, '', mdSection(level.sections[def.id]));
  }
  return out.join('\n') + '\n';
}
