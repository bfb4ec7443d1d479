import { diffLevels, similarity, type LevelDiff, type Summary } from './level-diff.js';
import type { Ladder, Level, SectionDef, Track } from './types.js';

// Two versions of a whole ladder compared: what a change to the ladder means, level by level.

export type LevelChangeKind = 'added' | 'removed' | 'renamed' | 'moved' | 'changed';

export interface LevelChange {
  /** The level's id in the new version (in the old, for a removed level). */
  id: string;
  change: LevelChangeKind;
  /** The level in each version; one side only for an added or removed level. */
  from?: Level;
  to?: Level;
  /** Its sections compared; for an added or removed level, against nothing. */
  diff?: LevelDiff;
  /** What else changed: its title, its id, the levels it follows, its aliases. */
  title?: { from: string; to: string };
  renamedFrom?: string;
  follows?: { from: string[]; to: string[] };
  aliases?: { added: string[]; removed: string[] };
}

export interface Renamed<T> {
  from: T;
  to: T;
}

export interface LadderDiffSummary {
  levels: Record<LevelChangeKind, number>;
  tracks: { added: number; removed: number; renamed: number };
  sections: { added: number; removed: number; renamed: number };
  items: { added: number; removed: number; reworded: number };
}

export interface LadderDiff {
  old: Ladder;
  new: Ladder;
  summary: LadderDiffSummary;
  /** Every level that changed, in the new ladder's order, the removed ones last. */
  levels: LevelChange[];
  tracks: { added: Track[]; removed: Track[]; renamed: Renamed<Track>[] };
  sections: { added: SectionDef[]; removed: SectionDef[]; renamed: Renamed<SectionDef>[] };
}

/** Levels with the same title and at least this much of the same content are one level renamed. */
const RENAME_THRESHOLD = 0.6;

const levelText = (level: Level): string =>
  Object.values(level.sections)
    .flatMap((v) => v.items.map((i) => i.text))
    .join('\n');

/** Added, removed and renamed (same id, new title) among two lists of things with ids. */
function byId<T extends { id: string; title: string }>(old: T[], now: T[]) {
  const before = new Map(old.map((t) => [t.id, t]));
  const after = new Map(now.map((t) => [t.id, t]));
  return {
    added: now.filter((t) => !before.has(t.id)),
    removed: old.filter((t) => !after.has(t.id)),
    renamed: now
      .filter((t) => before.has(t.id) && before.get(t.id)!.title !== t.title)
      .map((t) => ({ from: before.get(t.id)!, to: t })),
  };
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether a level diff finds anything: a changed item, a section's status or its link. */
const anyChange = (d: LevelDiff) =>
  d.sections.some(
    (s) =>
      s.link !== undefined ||
      s.status.from !== s.status.to ||
      s.changes.some((c) => c.type !== 'unchanged'),
  );

/** Each new id whose title and content an old level had, the old id gone: that level, renamed. */
function renamesOf(gone: Level[], levels: Level[], before: Map<string, Level>): Map<string, Level> {
  const renamedFrom = new Map<string, Level>();
  for (const level of levels) {
    if (before.has(level.id)) continue;
    const match = gone.find(
      (g) =>
        g.title === level.title &&
        ![...renamedFrom.values()].includes(g) &&
        similarity(levelText(g), levelText(level)) >= RENAME_THRESHOLD,
    );
    if (match) renamedFrom.set(level.id, match);
  }
  return renamedFrom;
}

/** How a level that is in both versions changed, if it did. */
function changeOf(from: Level, to: Level, sections: SectionDef[]): LevelChange | undefined {
  const diff = diffLevels(from, to, sections);
  const follows = !sameList(from.follows, to.follows);
  const aliases = {
    added: to.aliases.filter((a) => !from.aliases.includes(a)),
    removed: from.aliases.filter((a) => !to.aliases.includes(a)),
  };
  const titled = from.title !== to.title;
  const renamed = from.id !== to.id || titled;
  const changed = anyChange(diff) || aliases.added.length > 0 || aliases.removed.length > 0;
  if (!renamed && !follows && !changed && sameList(from.aliases, to.aliases)) return undefined;
  return {
    id: to.id,
    change: renamed ? 'renamed' : follows ? 'moved' : 'changed',
    from,
    to,
    diff,
    ...(titled ? { title: { from: from.title, to: to.title } } : {}),
    ...(from.id !== to.id ? { renamedFrom: from.id } : {}),
    ...(follows ? { follows: { from: from.follows, to: to.follows } } : {}),
    ...(aliases.added.length || aliases.removed.length ? { aliases } : {}),
  };
}

/** The counts of a ladder's changes. */
function summaryOf(
  levels: LevelChange[],
  tracks: ReturnType<typeof byId>,
  declared: ReturnType<typeof byId>,
): LadderDiffSummary {
  const summary: LadderDiffSummary = {
    levels: { added: 0, removed: 0, renamed: 0, moved: 0, changed: 0 },
    tracks: { added: 0, removed: 0, renamed: 0 },
    sections: { added: 0, removed: 0, renamed: 0 },
    items: { added: 0, removed: 0, reworded: 0 },
  };
  for (const l of levels) {
    summary.levels[l.change]++;
    const s: Summary = l.diff!.summary;
    summary.items.added += s.added;
    summary.items.removed += s.removed;
    summary.items.reworded += s.reworded;
  }
  summary.tracks = {
    added: tracks.added.length,
    removed: tracks.removed.length,
    renamed: tracks.renamed.length,
  };
  summary.sections = {
    added: declared.added.length,
    removed: declared.removed.length,
    renamed: declared.renamed.length,
  };
  return summary;
}

/**
 * Compares two versions of a ladder. A level keeps its id across versions, or, renamed, a new
 * id with the same title and most of the same content. Its sections are compared over every
 * section either version declares, by the same engine as `ladder diff`.
 */
export function compareLadders(old: Ladder, now: Ladder, only?: SectionDef[]): LadderDiff {
  const removedSections = old.sections.filter((s) => !now.sections.some((n) => n.id === s.id));
  const sections = only ?? [...now.sections, ...removedSections];
  const before = new Map(old.levels.map((l) => [l.id, l]));
  const after = new Set(now.levels.map((l) => l.id));
  const gone = old.levels.filter((l) => !after.has(l.id));
  const renamedFrom = renamesOf(gone, now.levels, before);
  const renamedIds = new Set([...renamedFrom.values()].map((l) => l.id));
  const levels: LevelChange[] = [];
  for (const to of now.levels) {
    const from = before.get(to.id) ?? renamedFrom.get(to.id);
    if (!from) {
      levels.push({
        id: to.id,
        change: 'added',
        to,
        diff: diffLevels(emptyLike(to), to, sections),
      });
      continue;
    }
    // Most levels of a change are untouched: those are known by their content alone, without
    // pairing their items, so that a review costs little more than reading both versions.
    if (from.id === to.id && sameContent(from, to)) continue;
    const change = changeOf(from, to, sections);
    if (change) levels.push(change);
  }
  for (const from of gone.filter((l) => !renamedIds.has(l.id)))
    levels.push({
      id: from.id,
      change: 'removed',
      from,
      diff: diffLevels(from, emptyLike(from), sections),
    });

  const tracks = byId(old.tracks, now.tracks);
  const declared = byId(old.sections, now.sections);
  const summary = summaryOf(levels, tracks, declared);
  return { old, new: now, summary, levels, tracks, sections: declared };
}

/**
 * The level with every item taken out, to compare an added or removed level against: each of
 * its items is then added, or removed, and a section it has not written stays unwritten.
 */
const emptyLike = (level: Level): Level => ({
  ...level,
  aliases: [],
  sections: Object.fromEntries(
    Object.entries(level.sections).map(([id, v]) => [
      id,
      v.status === 'defined' ? { status: 'defined', kind: v.kind, items: [] } : v,
    ]),
  ),
});

/** The same level in both versions, to the letter: title, place, aliases and every section. */
const sameContent = (a: Level, b: Level): boolean =>
  JSON.stringify([a.title, a.follows, a.order, a.aliases, a.track, a.sections]) ===
  JSON.stringify([b.title, b.follows, b.order, b.aliases, b.track, b.sections]);

/** Whether two versions differ at all. */
export const hasChanges = (d: LadderDiff): boolean =>
  d.levels.length > 0 ||
  Object.values(d.summary.tracks).some(Boolean) ||
  Object.values(d.summary.sections).some(Boolean) ||
  d.old.title !== d.new.title;
