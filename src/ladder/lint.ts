import { itemLinks } from './level-diff.js';
import { previousAllOf } from './tree.js';
import { assessableSections, assessedDefs, marksAssessed } from './assessment.js';
import type { Item, Ladder, Level, SectionDef, SectionValue } from './types.js';
import { plural } from './words.js';
import { parseYears, proseOf } from './years.js';

export type LintRule =
  | 'section-unchanged'
  | 'years-backwards'
  | 'unwritten-level'
  | 'duplicate-item'
  | 'repeated-item'
  | 'thin-step';

export interface Finding {
  rule: LintRule;
  level: Level;
  /** The section the finding is about, when it is about one. */
  section?: string;
  message: string;
}

export interface LintOptions {
  /** A level that adds fewer new items than this over its previous one is a thin step. */
  minNewItems: number;
}

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const texts = (value: SectionValue | undefined) =>
  value?.kind === 'list' ? value.items.map((i) => i.text) : [];
/** A list's items normalised, once each however many steps read them. */
type Normals = (value: SectionValue | undefined) => string[];
function normaliser(): Normals {
  const done = new Map<SectionValue, string[]>();
  return (value) => {
    if (value?.kind !== 'list') return [];
    let normals = done.get(value);
    if (!normals) done.set(value, (normals = value.items.map((i) => normal(i.text))));
    return normals;
  };
}
const defined = (value: SectionValue | undefined): value is SectionValue =>
  value?.status === 'defined';

/** The same items, in any order, with the same links, and the same reference link. */
function sameContent(a: SectionValue, b: SectionValue): boolean {
  const key = (item: Item) =>
    `${item.text}\u0000${itemLinks(item)
      .map((l) => l.url)
      .join(' ')}`;
  const [x, y] = [a.items.map(key).sort(), b.items.map(key).sort()];
  return (
    a.kind === b.kind &&
    x.length === y.length &&
    x.every((t, i) => t === y[i]) &&
    a.link?.url === b.link?.url &&
    a.link?.title === b.link?.title
  );
}

/** Items repeated within a level, across its sections. */
function duplicates(level: Level, lists: SectionDef[], normals: Normals): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const section of lists) {
    const value = level.sections[section.id];
    const normal = normals(value);
    for (const [k, text] of texts(value).entries()) {
      const where = seen.get(normal[k]!);
      if (where === undefined) seen.set(normal[k]!, section.id);
      else {
        findings.push({
          rule: 'duplicate-item',
          level,
          section: section.id,
          message: `${level.id}: "${text}" appears twice (${where === section.id ? `in ${where}` : `in ${where} and ${section.id}`})`,
        });
      }
    }
  }
  return findings;
}

/** Sections a level says exactly as the level before it does. */
function unchanged(level: Level, previous: Level, sections: SectionDef[]): Finding[] {
  return sections.flatMap((section): Finding[] => {
    const [before, now] = [previous.sections[section.id], level.sections[section.id]];
    if (!defined(before) || !defined(now) || !sameContent(before, now)) return [];
    const shown = now.kind === 'text' ? ` (${now.items.map((i) => i.text).join(' ')})` : '';
    return [
      {
        rule: 'section-unchanged',
        level,
        section: section.id,
        message: `${level.id}: \`${section.id}\` unchanged from ${previous.id}${shown}`,
      },
    ];
  });
}

/** Years of experience that go down from one level to the next. */
function yearsBackwards(level: Level, previous: Level): Finding[] {
  const [was, is] = [previous.sections.years, level.sections.years];
  const [wasText, isText] = [proseOf(was), proseOf(is)];
  const [from, to] = [wasText && parseYears(wasText), isText && parseYears(isText)];
  if (!from || !to || to.min >= from.min) return [];
  return [
    {
      rule: 'years-backwards',
      level,
      section: 'years',
      message: `${level.id}: years go down along the path, ${previous.id} ${wasText} → ${level.id} ${isText}`,
    },
  ];
}

/**
 * A level nobody can assess themselves against: a section the ladder marks assessed is WIP, or,
 * where none is marked, nothing is written at all. N/A is a level's answer, never a gap.
 */
function unwritten(ladder: Ladder, level: Level): Finding[] {
  if (!marksAssessed(ladder)) {
    if (assessableSections(ladder, level).assessed.length) return [];
    return [
      {
        rule: 'unwritten-level',
        level,
        message: `${level.id}: nothing is written to assess: nobody can assess themselves against this level`,
      },
    ];
  }
  return assessedDefs(ladder).flatMap((section): Finding[] =>
    level.sections[section.id]?.status === 'wip'
      ? [
          {
            rule: 'unwritten-level',
            level,
            section: section.id,
            message: `${level.id}: \`${section.id}\` is WIP: nobody can assess themselves against this level`,
          },
        ]
      : [],
  );
}

/** Assessed items that repeat the level before word for word. */
function repeated(
  level: Level,
  previous: Level,
  assessed: SectionDef[],
  normals: Normals,
): Finding[] {
  const findings: Finding[] = [];
  for (const section of assessed) {
    const value = level.sections[section.id];
    const earlier = new Set(normals(previous.sections[section.id]));
    const normal = normals(value);
    for (const [k, text] of texts(value).entries()) {
      if (earlier.has(normal[k]!)) {
        findings.push({
          rule: 'repeated-item',
          level,
          section: section.id,
          message: `${level.id}: "${text}" repeats ${previous.id}'s \`${section.id}\` word for word`,
        });
      }
    }
  }
  return findings;
}

/** A level that adds fewer new items than the ladder asks of a step. */
function thinStep(
  level: Level,
  previous: Level,
  lists: SectionDef[],
  min: number,
  normals: Normals,
): Finding[] {
  const before = new Set(lists.flatMap((s) => normals(previous.sections[s.id])));
  const added = lists.flatMap((s) => normals(level.sections[s.id])).filter((t) => !before.has(t));
  if (added.length >= min) return [];
  return [
    {
      rule: 'thin-step',
      level,
      message: `${level.id}: adds ${plural(added.length, 'new item')} over ${previous.id} (fewer than ${min})`,
    },
  ];
}

/**
 * What weakens a ladder beyond what `validate` checks: steps that do not change, years that
 * go down, levels nobody can assess against, repeated items, thin steps.
 */
export function lintLadder(ladder: Ladder, options: LintOptions): Finding[] {
  const assessed = assessedDefs(ladder);
  const lists = ladder.sections.filter((s) => s.kind === 'list');
  const normals = normaliser();
  return ladder.levels.flatMap((level) => {
    // Where paths merge, each step into the level is a step of its own.
    const steps = previousAllOf(ladder, level);
    return [
      ...duplicates(level, lists, normals),
      ...steps.flatMap((previous) => [
        ...unchanged(level, previous, ladder.sections),
        ...yearsBackwards(level, previous),
      ]),
      ...unwritten(ladder, level),
      ...steps.flatMap((previous) => [
        ...repeated(level, previous, assessed, normals),
        ...thinStep(level, previous, lists, options.minNewItems, normals),
      ]),
    ];
  });
}
