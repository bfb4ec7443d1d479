import { sourceOf } from '../ladder/item-source.js';
import type { Item, Ladder, Level, SectionDef, SectionValue } from '../ladder/types.js';
import type { Change, LevelDiff, SectionDiff } from '../ladder/level-diff.js';
import { nextOf, previousOf } from '../ladder/tree.js';

// JSON.stringify leaves DEL, C1 controls and bidi overrides raw; a terminal may act on them.
const RAW_UNSAFE = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON for stdout: indented, newline-terminated, with every control character escaped. */
export function toJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(
      RAW_UNSAFE,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ) + '\n'
  );
}

export interface SectionJson {
  id: string;
  title: string;
  group?: string;
  description?: string;
  status: SectionValue['status'];
  /** Prose, or the intro before the items. */
  text?: string;
  items?: string[];
  /** Parallel to `items`, when any item has sub-items. */
  subItems?: string[][];
  /**
   * The Markdown source where any differs: of `text` (a string) or of each of `items`; with
   * both an intro and items, `{ text?, items?, subItems? }`.
   */
  markdown?: string | string[] | { text?: string; items?: string[]; subItems?: string[][] };
  link?: { title: string; url: string };
}

const subItemsOf = (items: Item[], of: (i: Item) => string) =>
  items.some((i) => i.items?.length) ? { subItems: items.map((i) => (i.items ?? []).map(of)) } : {};

const marked = (items: Item[]) =>
  items.some(
    (i) => i.markdown !== undefined || (i.items ?? []).some((s) => s.markdown !== undefined),
  );

/** A defined section's text and items, and their Markdown where it differs. */
function valueJson(value: SectionValue): Partial<SectionJson> {
  const { items, intro } = value;
  if (value.kind === 'text')
    return {
      text: items.map((i) => i.text).join('\n'),
      ...(marked(items) ? { markdown: items.map(sourceOf).join('\n') } : {}),
    };
  const list = { items: items.map((i) => i.text), ...subItemsOf(items, (i) => i.text) };
  if (!intro)
    return {
      ...list,
      ...(items.some((i) => i.markdown !== undefined) ? { markdown: items.map(sourceOf) } : {}),
    };
  const markdown = marked([intro, ...items])
    ? {
        markdown: {
          text: sourceOf(intro),
          items: items.map(sourceOf),
          ...subItemsOf(items, sourceOf),
        },
      }
    : {};
  return { text: intro.text, ...list, ...markdown };
}

/** A section as `show --json` gives it: visible text, and the Markdown where it differs. */
function sectionJson(def: SectionDef, value: SectionValue | undefined): SectionJson {
  return {
    id: def.id,
    title: def.title,
    ...(def.group ? { group: def.group } : {}),
    ...(def.description ? { description: def.description } : {}),
    status: value?.status ?? 'wip',
    ...(value?.status === 'defined' ? valueJson(value) : {}),
    ...(value?.link ? { link: value.link } : {}),
  };
}

/** The `ladder show --json` contract. */
export function levelJson(ladder: Ladder, level: Level, sections: SectionDef[]) {
  return {
    id: level.id,
    title: level.title,
    ...(level.summary ? { summary: level.summary } : {}),
    track: level.track,
    previous: previousOf(ladder, level)?.id ?? null,
    previousAll: level.follows,
    next: nextOf(ladder, level).map((l) => l.id),
    sections: sections.map((def) => sectionJson(def, level.sections[def.id])),
    ...(ladder.shared.length
      ? {
          shared: ladder.shared.map((e) => ({
            title: e.title,
            items: e.items.map((i) => i.text),
            ...subItemsOf(e.items, (i) => i.text),
          })),
        }
      : {}),
  };
}

/** A change as `diff --json` gives it: the visible texts, and the links where they changed. */
function changeJson(change: Change): Record<string, unknown> {
  return {
    type: change.type,
    ...(change.from ? { from: change.from.text } : {}),
    ...(change.to ? { to: change.to.text } : {}),
    ...(change.link ? { link: change.link } : {}),
    ...(change.subChanges ? { subChanges: change.subChanges.map(changeJson) } : {}),
  };
}

/** A section of `diff --json`. */
export function sectionDiffJson(d: SectionDiff) {
  return {
    id: d.section.id,
    title: d.section.title,
    status: d.status,
    changes: d.changes.map(changeJson),
    ...(d.link ? { link: d.link } : {}),
  };
}

/** The `ladder diff --json` contract. */
export function diffJson(diff: LevelDiff) {
  return {
    from: { id: diff.from.id, title: diff.from.title },
    to: { id: diff.to.id, title: diff.to.title },
    summary: diff.summary,
    sections: diff.sections.map(sectionDiffJson),
  };
}
