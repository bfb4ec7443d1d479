import { sourceOf } from '../item-source.js';
import type {
  Item,
  Ladder,
  Level,
  SectionDef,
  SectionGroup,
  SectionKind,
  Track,
} from '../types.js';
import { isObject } from '../shapes.js';

/** The ladder's own structure, as an export writes it for import to read back. */
export interface LadderMeta {
  title: string;
  tracks: Track[];
  sections: SectionDef[];
  groups: SectionGroup[];
  /** As ladder.yaml writes them: each item's Markdown source, or `{ text, items }`. */
  shared: { title: string; items: SharedItem[] }[];
}

export type SharedItem = string | { text: string; items: string[] };

/** A level's ids, place in the tree and summary, as an export writes it. */
export type LevelMeta = Pick<
  Level,
  'id' | 'title' | 'summary' | 'track' | 'follows' | 'aliases' | 'order'
>;

export interface PageMeta {
  ladder?: LadderMeta;
  level?: LevelMeta;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

class Bad extends Error {}
function need(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Bad(what);
}

/** A shared expectation as ladder.yaml writes it: its source, with its sub-items if any. */
export const sharedItem = (item: Item): SharedItem =>
  item.items?.length ? { text: sourceOf(item), items: item.items.map(sourceOf) } : sourceOf(item);

/** What an export writes of the ladder as a whole, for `readLadderMeta` to read back. */
export const ladderMetaOf = (ladder: Ladder): LadderMeta => ({
  title: ladder.title,
  tracks: ladder.tracks,
  sections: ladder.sections,
  groups: ladder.groups,
  shared: ladder.shared.map((e) => ({ title: e.title, items: e.items.map(sharedItem) })),
});

export function readLadderMeta(v: unknown): LadderMeta {
  need(isObject(v), '"ladder" must be a map');
  need(isText(v.title), '"ladder.title" must be text');
  need(Array.isArray(v.tracks), '"ladder.tracks" must be a list');
  need(Array.isArray(v.sections), '"ladder.sections" must be a list');
  const tracks = v.tracks.map((t, i) => {
    need(
      isObject(t) && isId(t.id) && isText(t.title),
      `"ladder.tracks" entry ${i + 1} needs an id and a title`,
    );
    return { id: t.id, title: t.title.trim() };
  });
  const sections = v.sections.map((s, i) => {
    need(
      isObject(s) && isId(s.id) && isText(s.title) && (s.kind === 'text' || s.kind === 'list'),
      `"ladder.sections" entry ${i + 1} needs an id, a title and a kind (text or list)`,
    );
    need(s.group === undefined || isId(s.group), `"ladder.sections" entry ${i + 1}: bad group`);
    return {
      id: s.id,
      title: s.title.trim(),
      kind: s.kind as SectionKind,
      assessed: s.assessed === true,
      ...(s.group ? { group: s.group as string } : {}),
      ...(isText(s.description) ? { description: s.description.trim() } : {}),
    };
  });
  need(
    Array.isArray(v.groups ?? []) && Array.isArray(v.shared ?? []),
    '"ladder.groups" and "ladder.shared" must be lists',
  );
  const groups = ((v.groups ?? []) as unknown[]).map((g, i) => {
    need(
      isObject(g) && isId(g.id) && isText(g.title),
      `"ladder.groups" entry ${i + 1} needs an id and a title`,
    );
    return { id: g.id, title: g.title.trim() };
  });
  const shared = ((v.shared ?? []) as unknown[]).map((e, i) => {
    need(
      isObject(e) && isText(e.title) && Array.isArray(e.items) && e.items.every(isSharedItem),
      `"ladder.shared" entry ${i + 1} needs a title and items`,
    );
    return { title: e.title.trim(), items: e.items as SharedItem[] };
  });
  return { title: v.title.trim(), tracks, sections, groups, shared };
}

const isSharedItem = (v: unknown): v is SharedItem =>
  isText(v) || (isObject(v) && isText(v.text) && Array.isArray(v.items) && v.items.every(isText));

export function readLevelMeta(v: unknown): LevelMeta {
  need(isObject(v), '"level" must be a map');
  need(isId(v.id), '"level.id" must be an id, like "vp-eng"');
  need(isText(v.title), '"level.title" must be text');
  need(isId(v.track), '"level.track" must be a track id');
  need(
    v.follows === undefined ||
      isId(v.follows) ||
      (Array.isArray(v.follows) && v.follows.length > 0 && v.follows.every(isId)),
    '"level.follows" must be a level id or a list of them',
  );
  need(
    v.aliases === undefined || (Array.isArray(v.aliases) && v.aliases.every(isId)),
    '"level.aliases" must be a list of ids',
  );
  need(
    v.order === undefined || (typeof v.order === 'number' && Number.isFinite(v.order)),
    '"level.order" must be a number',
  );
  return {
    id: v.id,
    title: v.title.trim(),
    ...(isText(v.summary) ? { summary: v.summary.trim() } : {}),
    track: v.track,
    follows: v.follows === undefined ? [] : [v.follows as string | string[]].flat(),
    aliases: (v.aliases as string[] | undefined) ?? [],
    ...(v.order !== undefined ? { order: v.order as number } : {}),
  };
}

/** The `ladder` and `level` keys of a page's front matter, checked; any other key is the site's. */
export function readMeta(front: unknown): { meta?: PageMeta } | { problem: string } {
  if (!isObject(front) || (front.ladder === undefined && front.level === undefined)) return {};
  try {
    return {
      meta: {
        ...(front.ladder !== undefined ? { ladder: readLadderMeta(front.ladder) } : {}),
        ...(front.level !== undefined ? { level: readLevelMeta(front.level) } : {}),
      },
    };
  } catch (error) {
    if (error instanceof Bad) return { problem: error.message };
    throw error;
  }
}
