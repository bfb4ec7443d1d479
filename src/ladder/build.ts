import { validateLadder, validateLevel } from './generated/validators.js';
import type { Path } from './across-files.js';
import { checkDuplicates } from './duplicates.js';
import { fileIdOf } from './raw-file.js';
import { schemaProblems } from './schema-errors.js';
import { itemSource, proseSource } from './item-source.js';
import { parseRich } from './rich-text.js';
import { keyLines, positionOf, type SourceDoc } from './source.js';
import type { Problem } from '../errors.js';
import type {
  Item,
  Ladder,
  Level,
  SectionDef,
  SectionGroup,
  SectionValue,
  SharedExpectations,
  Track,
} from './types.js';

interface RawLadder {
  title: string;
  tracks: Track[];
  groups?: SectionGroup[];
  sections: {
    id: string;
    title: string;
    kind: 'text' | 'list';
    assessed?: boolean;
    group?: string;
    description?: string;
    keywords?: string[];
  }[];
  shared?: { title: string; items: RawItem[] }[];
}

type RawItem = string | { id?: string; text: string; items?: string[]; keywords?: string[] };
type RawSection =
  | string
  | number
  | RawItem[]
  | {
      text?: string;
      items?: RawItem[];
      status?: 'wip' | 'n/a';
      link?: { title: string; url: string };
    };

interface RawLevel {
  id: string;
  title: string;
  track: string;
  follows?: string | string[];
  summary?: string;
  aliases?: string[];
  order?: number;
  sections: Record<string, RawSection>;
}

export interface BuildResult {
  ladder?: Ladder;
  problems: Problem[];
}

/** A bare "WIP" or "N/A" is a status, whatever the section's kind: never text to show. */
function statusWord(value: string): 'wip' | 'n/a' | undefined {
  const word = value.trim().toLowerCase();
  return word === 'wip' ? 'wip' : word === 'n/a' ? 'n/a' : undefined;
}

/** Keywords as written, trimmed, the empty ones left out. */
function keywordsOf(raw: string[] | undefined): { keywords?: string[] } {
  const keywords = (raw ?? []).map((k) => k.trim()).filter(Boolean);
  return keywords.length ? { keywords } : {};
}

// Sources are kept in one form, whatever the YAML's line breaks: a list item on one line, prose
// as trimmed lines (see item-source.ts).
function toItem(raw: RawItem): Item {
  if (typeof raw === 'string') return parseRich(itemSource(raw));
  const item = parseRich(itemSource(raw.text), raw.id);
  const subItems = (raw.items ?? []).map((text) => parseRich(itemSource(text)));
  return {
    ...item,
    ...(subItems.length ? { items: subItems } : {}),
    ...keywordsOf(raw.keywords),
  };
}

class Checker {
  readonly problems: Problem[] = [];
  constructor(private readonly source: SourceDoc) {}

  report(path: Path, message: string, key?: string): void {
    const { line, col } = positionOf(this.source, path, key);
    this.problems.push({ file: this.source.path, line, col, message });
  }
}

/** The line of each section of a level file; where a key is not written, its map's line. */
function sectionLines(source: SourceDoc, ids: string[]): Record<string, number> {
  const lines = keyLines(source, ['sections']);
  const fallback = () => positionOf(source, ['sections']).line;
  return Object.fromEntries(ids.map((id) => [id, lines.get(id) ?? fallback()]));
}

/**
 * A level's value of a section: prose, a list, or a status. Either shape is accepted whatever
 * the section's declared kind, which is only the shape a WIP or N/A section takes.
 */
function toSection(raw: RawSection, def: SectionDef): SectionValue {
  if (typeof raw === 'number') raw = String(raw);
  if (typeof raw === 'string') {
    const status = statusWord(raw);
    if (status) return { status, kind: def.kind, items: [] };
    return { status: 'defined', kind: 'text', items: [parseRich(proseSource(raw))] };
  }
  if (Array.isArray(raw)) return { status: 'defined', kind: 'list', items: raw.map(toItem) };
  const link = raw.link ? { link: { title: raw.link.title.trim(), url: raw.link.url.trim() } } : {};
  if (raw.status) return { status: raw.status, kind: def.kind, items: [], ...link };
  if (raw.items !== undefined) {
    const intro = raw.text === undefined ? {} : { intro: parseRich(proseSource(raw.text)) };
    return { status: 'defined', kind: 'list', items: raw.items.map(toItem), ...intro, ...link };
  }
  return {
    status: 'defined',
    kind: 'text',
    items: [parseRich(proseSource(raw.text ?? ''))],
    ...link,
  };
}

function buildLevel(
  raw: RawLevel,
  source: SourceDoc,
  sections: SectionDef[],
  check: Checker,
): Level {
  const fileId = fileIdOf(source.path);
  if (fileId !== raw.id) {
    check.report(
      ['id'],
      `file name "${fileId}" does not match the level id "${raw.id}"; name the file ${raw.id}.yaml`,
    );
  }
  const byId = new Map(sections.map((s) => [s.id, s]));
  const values: Record<string, SectionValue> = {};
  for (const [id, value] of Object.entries(raw.sections)) {
    const def = byId.get(id);
    if (!def) {
      check.report(
        ['sections'],
        `unknown section "${id}" (ladder.yaml declares: ${sections.map((s) => s.id).join(', ')})`,
        id,
      );
      continue;
    }
    values[id] = toSection(value, def);
  }
  const missing = sections.filter((s) => !(s.id in raw.sections)).map((s) => s.id);
  if (missing.length > 0) {
    check.report(
      ['sections'],
      `missing section${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (write { status: wip } for one not written yet)`,
    );
  }
  const itemIds = Object.entries(values).flatMap(([sectionId, v]) =>
    v.items.flatMap((item, index) =>
      item.id ? [{ id: item.id, path: ['sections', sectionId, index] }] : [],
    ),
  );
  checkDuplicates(
    itemIds,
    (e) => e.id,
    (e) => check.report(e.path, `duplicate item id "${e.id}" in this level`),
  );

  return {
    id: raw.id,
    title: raw.title.trim(),
    track: raw.track,
    follows: raw.follows === undefined ? [] : [raw.follows].flat(),
    ...(raw.summary?.trim() ? { summary: raw.summary.trim() } : {}),
    aliases: raw.aliases ?? [],
    ...(raw.order !== undefined ? { order: raw.order } : {}),
    sections: values,
    file: source.path,
    lines: {
      id: positionOf(source, ['id']).line,
      sections: sectionLines(source, Object.keys(values)),
    },
  };
}

/** The ladder's own file, checked: its tracks and sections, which every level is built against. */
export interface LadderDefs {
  title: string;
  tracks: Track[];
  sections: SectionDef[];
  groups: SectionGroup[];
  shared: SharedExpectations[];
}

const sectionDef = (s: RawLadder['sections'][number]): SectionDef => ({
  id: s.id,
  title: s.title.trim(),
  kind: s.kind,
  assessed: s.assessed ?? false,
  ...(s.group ? { group: s.group } : {}),
  ...(s.description?.trim() ? { description: s.description.trim() } : {}),
  ...keywordsOf(s.keywords),
});

export function buildLadderFile(source: SourceDoc): { defs?: LadderDefs; problems: Problem[] } {
  if (!validateLadder(source.value))
    return { problems: schemaProblems(source, validateLadder.errors ?? []) };
  const raw = source.value as RawLadder;
  const check = new Checker(source);
  checkDuplicates(
    raw.tracks,
    (t) => t.id,
    (t, i) => check.report(['tracks', i, 'id'], `duplicate track id "${t.id}"`),
  );
  checkDuplicates(
    raw.sections,
    (s) => s.id,
    (s, i) => check.report(['sections', i, 'id'], `duplicate section id "${s.id}"`),
  );
  const groups = raw.groups ?? [];
  checkDuplicates(
    groups,
    (g) => g.id,
    (g, i) => check.report(['groups', i, 'id'], `duplicate group id "${g.id}"`),
  );
  raw.sections.forEach((s, i) => {
    if (s.group !== undefined && !groups.some((g) => g.id === s.group))
      check.report(
        ['sections', i, 'group'],
        `unknown group "${s.group}" (groups: ${groups.map((g) => g.id).join(', ') || 'none declared'})`,
      );
  });
  return {
    defs: {
      title: raw.title.trim(),
      tracks: raw.tracks.map((t) => ({ id: t.id, title: t.title.trim() })),
      sections: raw.sections.map(sectionDef),
      groups: groups.map((g) => ({ id: g.id, title: g.title.trim() })),
      shared: (raw.shared ?? []).map((e) => ({
        title: e.title.trim(),
        items: e.items.map(toItem),
      })),
    },
    problems: check.problems,
  };
}

/** One level file, checked against the schema and the declared sections, and built. */
export function buildLevelFile(
  source: SourceDoc,
  sections: SectionDef[],
): { level?: Level; problems: Problem[] } {
  if (!validateLevel(source.value))
    return { problems: schemaProblems(source, validateLevel.errors ?? []) };
  const check = new Checker(source);
  const level = buildLevel(source.value as RawLevel, source, sections, check);
  // The level's strings are slices of the file's text, and would keep all of it alive; a copy
  // through JSON lets the text go, and its objects are the compact kind. At ten thousand levels
  // that is a fifth of the heap (48 MB to 40).
  return { level: JSON.parse(JSON.stringify(level)) as Level, problems: check.problems };
}
