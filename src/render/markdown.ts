import type { Item, Ladder, Level, Link, Run, SectionDef, SectionValue } from '../ladder/types.js';
import { sectionRuns, sharedValue, whole } from '../ladder/groups.js';
import { nextOf, previousAllOf, trackOf } from '../ladder/tree.js';
import { isWebUrl, linkGroups } from './rich.js';
import { sanitizeLine } from './sanitize.js';

/** Escapes what Markdown would read as markup, after removing control characters. */
export function mdText(text: string): string {
  return sanitizeLine(text).replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

const mdUrl = (url: string) => sanitizeLine(url).replace(/[<>\s]/g, encodeURIComponent);

export function mdLink(link: { title: string; url: string }): string {
  return `[${mdText(link.title)}](<${mdUrl(link.url)}>)`;
}

/** Text as a code span, fenced with more backticks than it holds. */
export function mdCode(text: string): string {
  const clean = sanitizeLine(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((t) => t.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function mdRun(run: Run): string {
  let text = run.code ? mdCode(run.text) : mdText(run.text);
  if (run.strike) text = `~~${text}~~`;
  if (run.em) text = `*${text}*`;
  if (run.strong) text = `**${text}**`;
  return text;
}

/**
 * An item as Markdown for a document: written anew from its runs, every piece escaped, so a
 * ladder file cannot smuggle raw HTML or break the document's structure. Links to anything but
 * a web address become their text.
 */
export function mdRich(item: Item): string {
  return linkGroups(item)
    .map(({ runs, href }) => {
      const text = runs.map(mdRun).join('');
      return href !== undefined && isWebUrl(href) ? `[${text}](<${mdUrl(href)}>)` : text;
    })
    .join('');
}

function mdStatus(status: SectionValue['status']): string {
  return status === 'wip'
    ? '_WIP: not written yet_'
    : status === 'n/a'
      ? '_N/A: not at this level_'
      : '';
}

function mdSection(value: SectionValue | undefined): string {
  if (!value) return '';
  const lines: string[] = [];
  if (value.status !== 'defined') lines.push(mdStatus(value.status));
  if (value.intro) lines.push(mdRich(value.intro), '');
  for (const item of value.items) {
    lines.push(value.kind === 'list' ? `- ${mdRich(item)}` : mdRich(item));
    for (const sub of item.items ?? []) lines.push(`  - ${mdRich(sub)}`);
  }
  if (value.link) lines.push('', `Reference: ${mdLink(value.link as Link)}`);
  return lines.join('\n');
}

const levelRef = (l: Level) => `${mdText(l.title)} (\`${l.id}\`)`;

/** `ladder show --format markdown`: a document to paste into a wiki or an issue. */
export function levelMarkdown(ladder: Ladder, level: Level, sections: SectionDef[]): string {
  const previous = previousAllOf(ladder, level);
  const next = nextOf(ladder, level);
  const out = [
    `# ${mdText(level.title)}`,
    '',
    ...(level.summary ? [`_${mdText(level.summary)}_`, ''] : []),
    `- **Track:** ${mdText(trackOf(ladder, level).title)}`,
    `- **Id:** \`${level.id}\`${level.aliases.length ? ` (also ${level.aliases.map((a) => `\`${a}\``).join(', ')})` : ''}`,
    `- **Previous:** ${previous.length ? previous.map(levelRef).join(', ') : 'none, first level of its path'}`,
    `- **Next:** ${next.length ? next.map(levelRef).join(', ') : 'none, top of its path'}`,
  ];
  for (const { group, sections: run } of sectionRuns(ladder, sections)) {
    if (group) out.push('', `## ${mdText(group.title)}`);
    for (const def of run) {
      out.push('', `${group ? '###' : '##'} ${mdText(def.title)}`, '');
      if (def.description) out.push(`_${mdText(def.description)}_`, '');
      out.push(mdSection(level.sections[def.id]));
    }
  }
  if (whole(ladder, sections))
    for (const e of ladder.shared)
      out.push(
        '',
        `## ${mdText(e.title)}`,
        '',
        '_Expected at every level._',
        '',
        mdSection(sharedValue(e)),
      );
  return out.join('\n') + '\n';
}
