import { sourceOf } from '../ladder/item-source.js';
import type { Ladder, Level, SectionDef, SectionValue } from '../ladder/types.js';
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
  status: SectionValue['status'];
  text?: string;
  items?: string[];
  /** The Markdown source of `text` (a string) or of each of `items`, where any differs. */
  markdown?: string | string[];
  link?: { title: string; url: string };
}

/** A section as `show --json` gives it: visible text, and the Markdown where it differs. */
function sectionJson(def: SectionDef, value: SectionValue | undefined): SectionJson {
  const items = value?.status === 'defined' ? value.items : [];
  const marked = items.some((i) => i.markdown !== undefined);
  const prose = value?.status === 'defined' && value.kind === 'text';
  return {
    id: def.id,
    title: def.title,
    status: value?.status ?? 'wip',
    ...(value?.status !== 'defined'
      ? {}
      : prose
        ? { text: items.map((i) => i.text).join('\n') }
        : { items: items.map((i) => i.text) }),
    ...(marked ? { markdown: prose ? items.map(sourceOf).join('\n') : items.map(sourceOf) } : {}),
    ...(value?.link ? { link: value.link } : {}),
  };
}

/** The `ladder show --json` contract. */
export function levelJson(ladder: Ladder, level: Level, sections: SectionDef[]) {
  return {
    id: level.id,
    title: level.title,
    track: level.track,
    previous: previousOf(ladder, level)?.id ?? null,
    next: nextOf(ladder, level).map((l) => l.id),
    sections: sections.map((def) => sectionJson(def, level.sections[def.id])),
  };
}

/** A change as `diff --json` gives it: the visible texts, and the links where they changed. */
function changeJson(change: Change) {
  return {
    type: change.type,
    ...(change.from ? { from: change.from.text } : {}),
    ...(change.to ? { to: change.to.text } : {}),
    ...(change.link ? { link: change.link } : {}),
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
