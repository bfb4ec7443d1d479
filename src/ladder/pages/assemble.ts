import { slug } from '../slug.js';
import type { Link, SectionDef, SectionGroup, SectionKind, Track } from '../types.js';
import type { CellValue } from './cell.js';
import type { LadderMeta, LevelMeta } from './meta.js';
import { nameKey, type Page, type PageSection } from './page.js';
import { compareText } from '../words.js';

/** Page headings of the same section across versions of a site. */
const KNOWN_SECTIONS: { id: string; kind: SectionKind; assessed?: boolean; headings: string[] }[] =
  [
    {
      id: 'years',
      kind: 'text',
      headings: [
        'years of xp (guideline)',
        'years of experience (guideline)',
        'years of experience',
        'years of xp',
      ],
    },
    { id: 'scope', kind: 'text', headings: ['scope of action', 'scope'] },
    {
      id: 'knowledge',
      kind: 'list',
      headings: ['scope of knowledge (breadth and depth)', 'scope of knowledge'],
    },
    { id: 'responsibilities', kind: 'list', headings: ['responsibilities'] },
    { id: 'communication', kind: 'list', headings: ['communication and leadership'] },
    { id: 'competencies', kind: 'list', headings: ['competencies focus', 'competencies'] },
    {
      id: 'job-description',
      kind: 'text',
      headings: ['job description (internal links)', 'job description'],
    },
    {
      id: 'checkpoints',
      kind: 'list',
      assessed: true,
      headings: ['checkpoints', 'checkpoints for reaching this level'],
    },
  ];

// A heading that names what someone must show: marked assessed unless --assessed says otherwise.
const ASSESSED_HEADING = /\b(?:checkpoints?|criteria|expectations)\b/i;

export type DraftCell = CellValue & { link?: Link };

/**
 * The draft with exactly these sections assessed (`import --assessed`), and the ids it does not
 * have, which the caller reports.
 */
export function withAssessed(draft: Draft, ids: string[]): { draft: Draft; unknown: string[] } {
  const unknown = ids.filter((id) => !draft.sections.some((s) => s.id === id));
  const sections = draft.sections.map((s) => ({ ...s, assessed: ids.includes(s.id) }));
  return { draft: { ...draft, sections }, unknown };
}

export interface DraftLevel extends LevelMeta {
  sections: Record<string, DraftCell>;
  /** The page the level came from; undefined when only a neighbouring column had it. */
  page?: string;
  /** For a level without a page: the page whose column it came from. */
  from?: string;
}

export interface Draft {
  /** From the pages' front matter, when an export wrote one. */
  title?: string;
  tracks: Track[];
  sections: SectionDef[];
  groups: SectionGroup[];
  shared: LadderMeta['shared'];
  levels: DraftLevel[];
  /** What the summary should say, by page. */
  warnings: { page: string; message: string; where?: string }[];
}

const sameCell = (a: CellValue | undefined, b: CellValue | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);
export const fileName = (path: string) => path.replace(/^.*[\\/]/, '');
const fileStem = (path: string) => fileName(path).replace(/\.[^.]*$/, '');

/** Short forms people type: "VP of Engineering" → "vp". */
function shortForms(title: string): string[] {
  const short = /^(.+?)\s+of\s+engineering$/i.exec(title.trim());
  return short ? [slug(short[1]!)].filter(Boolean) : [];
}

/** What a column of another page says about a level. */
interface Seen {
  section: string;
  cell: CellValue;
  page: string;
}

interface Building extends Omit<DraftLevel, 'id' | 'track'> {
  /** Fixed by an export's front matter; otherwise made from the title below. */
  id?: string;
  trackId?: string;
  trackTitle?: string;
  /** For a level without a page: the track of the first page that shows it. */
  shownOn?: string;
  /** The level it follows, by title or by id, and whether its own page says so. */
  previous?: { title?: string; id?: string; own: boolean };
  /** The other levels its own source says it follows, by title, after the first. */
  also?: string[];
  /** The levels whose pages name it as next, by title: it follows each of them too. */
  nextOf: { title: string; page: string }[];
  marker?: 'wip' | 'n/a';
  seen: Seen[];
}

/** A ladder being assembled from pages: its sections and levels so far, and its warnings. */
interface Assembly {
  sections: SectionDef[];
  /** The groups pages put their sections under, by the order they were first seen. */
  groups: SectionGroup[];
  levels: Map<string, Building>;
  warn: (page: string, message: string) => void;
  /** The section a page's heading is, declared when first seen. */
  sectionFor(page: Page, s: Page['sections'][number]): string;
  /** The section of an id, where there is one. */
  section(id: string): SectionDef | undefined;
  /** A section added to the ladder's, found by its id and title from then on. */
  declare(def: SectionDef): void;
  /** The id of the group of a title, made when first named. */
  groupFor(title: string): string;
  /** The level of a title, made when first named. */
  level(title: string, from: string): Building;
}

function assembly(
  sections: SectionDef[],
  groups: SectionGroup[],
  warn: Assembly['warn'],
): Assembly {
  // By id and by title: a page of thousands of headings looks each up once, not in a scan.
  const byId = new Map(sections.map((d) => [d.id, d]));
  const titled = new Map<string, SectionDef>();
  for (const d of sections) if (!titled.has(nameKey(d.title))) titled.set(nameKey(d.title), d);
  return {
    sections,
    groups,
    levels: new Map(),
    warn,
    section: (id) => byId.get(id),
    declare(def) {
      sections.push(def);
      byId.set(def.id, def);
      if (!titled.has(nameKey(def.title))) titled.set(nameKey(def.title), def);
    },
    sectionFor(page, s) {
      const byTitle = titled.get(nameKey(s.heading));
      const known = KNOWN_SECTIONS.find((k) => k.headings.includes(nameKey(s.heading)));
      const id =
        s.id ?? byTitle?.id ?? known?.id ?? (slug(s.heading) || `section-${sections.length + 1}`);
      if (!byId.has(id)) {
        const cells = s.columns.map((c) => c.cell);
        this.declare({
          id,
          title: s.heading,
          kind:
            known?.kind ?? (cells.some((c) => 'kind' in c && c.kind === 'list') ? 'list' : 'text'),
          assessed: known?.assessed ?? ASSESSED_HEADING.test(s.heading),
          ...(s.group ? { group: this.groupFor(s.group) } : {}),
        });
      } else if (s.id === undefined && byTitle === undefined && known && page.meta?.ladder) {
        this.warn(page.path, `its heading "${s.heading}" is read as the section ${id}`);
      }
      return id;
    },
    groupFor(title) {
      const found = groups.find((g) => nameKey(g.title) === nameKey(title));
      if (found) return found.id;
      let id = slug(title) || 'group';
      for (let n = 2; groups.some((g) => g.id === id); n++) id = `${slug(title) || 'group'}-${n}`;
      groups.push({ id, title });
      return id;
    },
    level(title, from) {
      const k = nameKey(title);
      let l = this.levels.get(k);
      if (!l) {
        l = { title, aliases: [], follows: [], sections: {}, seen: [], nextOf: [], from };
        this.levels.set(k, l);
      }
      return l;
    },
  };
}

/**
 * The section a page's heading is; where the page has already given that section, a section
 * of its own beside it, with a warning: never one replacing the other.
 */
function keptApart(asm: Assembly, page: Page, s: PageSection, here: Map<string, PageSection>) {
  const id = asm.sectionFor(page, s);
  const first = here.get(id);
  if (!first) {
    here.set(id, s);
    return id;
  }
  let n = 2;
  while (here.has(`${id}-${n}`)) n++;
  const apart = `${id}-${n}`;
  if (!asm.section(apart)) {
    const def = asm.section(id)!;
    asm.declare({ ...def, id: apart, title: `${def.title} (${n})` });
  }
  here.set(apart, s);
  asm.warn(
    page.path,
    `"${s.heading}" (line ${s.line}) gives the section of "${first.heading}" (line ${first.line}) again; kept as ${apart}`,
  );
  return apart;
}

/** One page: its own level's sections, and what its other columns say of other levels. */
function readLevelPage(asm: Assembly, page: Page): void {
  const meta = page.meta?.level;
  // The tables name the page's level in bold. Where they all agree on a name the heading does
  // not give ("VP of Engineering" under "# VP of Engineering, Platform"), theirs is the name
  // the other pages' columns use too.
  const boldNames = [...new Set(page.sections.map((s) => s.columns[s.own]!.name))];
  const tablesSay =
    !meta && boldNames.length === 1 && nameKey(boldNames[0]!) !== nameKey(page.title)
      ? boldNames[0]
      : undefined;
  if (tablesSay)
    asm.warn(
      page.path,
      `its heading says "${page.title}" but its tables say "${tablesSay}": imported as ${tablesSay}`,
    );
  const title = meta?.title ?? tablesSay ?? page.title;
  const own = asm.level(title, page.path);
  if (own.page) {
    asm.warn(page.path, `a second page for ${title} (the first is ${fileName(own.page)}); ignored`);
    return;
  }
  own.page = page.path;
  delete own.from;
  own.title = title;
  // An export's title is exact; a marker is read only from a title written by hand.
  if (page.marker && !meta) own.marker = page.marker;
  if (meta) {
    own.id = meta.id;
    own.trackId = meta.track;
    own.aliases = meta.aliases;
    if (meta.summary) own.summary = meta.summary;
    if (meta.order !== undefined) own.order = meta.order;
  } else if (page.order !== undefined) own.order = page.order;
  if (page.track) own.trackTitle = page.track;

  const here = new Map<string, PageSection>();
  for (const s of page.sections) {
    const id = keptApart(asm, page, s, here);
    const ownColumn = s.columns[s.own]!;
    if (nameKey(ownColumn.name) !== nameKey(title))
      asm.warn(
        page.path,
        `the bold column of "### ${s.heading}" is "${ownColumn.name}", not "${title}"`,
      );
    own.sections[id] = { ...ownColumn.cell, ...(s.link ? { link: s.link } : {}) };
    s.columns.forEach((column, i) => {
      if (i === s.own || nameKey(column.name) === nameKey(title)) return; // The page's own level again.
      const other = asm.level(column.name, page.path);
      if (column.marker) other.marker ??= column.marker;
      if (page.track) other.shownOn ??= page.track;
      other.seen.push({ section: id, cell: column.cell, page: page.path });
      // The own page's previous column says what it follows; a next column, what follows it,
      // unless that level's own page says otherwise.
      if (i < s.own) own.previous = { title: column.name, own: true };
      else {
        if (!other.previous?.own) other.previous = { title, own: false };
        if (!other.nextOf.some((n) => nameKey(n.title) === nameKey(title)))
          other.nextOf.push({ title, page: page.path });
      }
    });
  }
  if (page.summary && !meta) own.summary = page.summary;
  if (meta?.follows.length) {
    own.previous = { id: meta.follows[0], own: true };
    own.follows = meta.follows;
  } else if (!meta && page.follows?.length) {
    own.previous = { title: page.follows[0]!, own: true };
    own.also = page.follows.slice(1);
  }
}

/**
 * Pages that say nothing of the tree (headings and bullets): each follows the page before it on
 * its track, in page order, unless another page's column already placed it.
 */
function chainPages(asm: Assembly, pages: Page[], fallbackTrack: string | undefined): void {
  const last = new Map<string, string>();
  for (const page of pages) {
    if (!page.headings) continue;
    const track = nameKey(page.track ?? fallbackTrack ?? '');
    const before = last.get(track);
    const own = asm.levels.get(nameKey(page.title));
    // "Same as X" where X is no level of the ladder says nothing of the tree after all.
    const named = own?.previous?.title;
    const unknown = named !== undefined && !asm.levels.has(nameKey(named));
    if (page.chained && own && unknown)
      asm.warn(page.path, `it says "Same as ${named}", which is no level of the ladder`);
    if (page.chained && own && unknown) delete own.previous;
    if (page.chained && before && own && !own.previous) own.previous = { title: before, own: true };
    last.set(track, page.title);
  }
}

/**
 * What other pages' columns say: content for a level without a page of its own, a check for
 * one with its own page. One warning per page and level, naming what was kept.
 */
function settleColumns(asm: Assembly): void {
  for (const l of asm.levels.values()) {
    const differing = new Map<string, { kept: string; sections: string[] }>();
    for (const seen of l.seen) {
      const kept = l.sections[seen.section];
      if (!kept) {
        l.sections[seen.section] = seen.cell;
        continue;
      }
      const { link, ...keptCell } = kept;
      if (sameCell(keptCell, seen.cell)) continue;
      const keptPage = l.page ?? l.seen.find((s) => s.section === seen.section)!.page;
      const entry = differing.get(seen.page) ?? { kept: keptPage, sections: [] };
      entry.sections.push(asm.section(seen.section)!.title);
      differing.set(seen.page, entry);
    }
    for (const [page, { kept, sections: titles }] of differing) {
      const which = l.page ? `${fileName(kept)}, its own page` : `${fileName(kept)}'s column`;
      asm.warn(
        page,
        `its column for ${l.title} differs in ${titles.map((t) => `"${t}"`).join(', ')}; kept ${which}`,
      );
    }
    if (l.marker) {
      // "Software Engineer 1 - WIP": the level exists but is not written yet, but for what a
      // page already says of it, which is kept.
      for (const s of asm.sections) l.sections[s.id] ??= { status: l.marker };
    }
  }
}

/**
 * Each level follows the one its page (or a page beside it) names as previous, and every level
 * whose page names it as next: where two paths merge, both pages say so.
 */
function linkTree(asm: Assembly, all: Building[]): (l: Building) => Building | undefined {
  const byTitle = new Map(all.map((l) => [nameKey(l.title), l]));
  const byId = new Map(all.map((l) => [l.id!, l]));
  const followed = (l: Building) =>
    l.previous?.id !== undefined
      ? byId.get(l.previous.id)
      : l.previous?.title !== undefined
        ? byTitle.get(nameKey(l.previous.title))
        : undefined;
  for (const l of all) {
    if (l.follows.length > 1) continue; // An export's front matter lists them all.
    const previous = followed(l);
    const follows = previous && previous !== l ? [previous] : [];
    for (const title of l.also ?? []) {
      const other = byTitle.get(nameKey(title));
      if (other && other !== l && !follows.includes(other)) follows.push(other);
      else if (!other)
        asm.warn(l.page ?? '', `${l.title} follows "${title}", which is no level of the ladder`);
    }
    for (const named of l.nextOf) {
      const other = byTitle.get(nameKey(named.title));
      if (!other || other === l || follows.includes(other)) continue;
      if (follows.length)
        asm.warn(
          named.page,
          `${l.title} follows ${follows.map((f) => f.title).join(' and ')}, and ${other.title} too: its page names ${l.title} as next`,
        );
      follows.push(other);
    }
    l.follows = follows.map((f) => f.id!);
  }

  return followed;
}

type TrackOf = { id?: string; title?: string };

/**
 * A level's track: its own; else the track of the level it follows, up the path; else, for a
 * level with no page of its own, the track of the page that shows it. Walked without recursion
 * and remembered, so a chain of thousands of levels costs one pass, and a loop ends.
 */
function trackFinder(
  followed: (l: Building) => Building | undefined,
  trackTitles: Map<string, string>,
): (l: Building) => TrackOf {
  const known = new Map<Building, TrackOf>();
  const own = (l: Building): TrackOf | undefined =>
    l.trackId
      ? { id: l.trackId, title: trackTitles.get(l.trackId) ?? l.trackId }
      : l.trackTitle
        ? { title: l.trackTitle }
        : undefined;
  return (start) => {
    const chain: Building[] = [];
    const seen = new Set<Building>();
    let found: TrackOf = {};
    for (let l: Building | undefined = start; l && !seen.has(l); l = followed(l)) {
      seen.add(l);
      const ready = known.get(l) ?? own(l);
      if (ready) {
        found = ready;
        break;
      }
      chain.push(l);
    }
    // From the top of the path down: where nothing above gave a track, a level shown on a
    // page's track gives its own and the levels below it.
    for (const l of chain.reverse()) {
      if (!found.id && !found.title && !l.page && l.shownOn) found = { title: l.shownOn };
      known.set(l, found);
    }
    return known.get(start) ?? found;
  };
}

/** The levels as drafts, each in a track: as the front matter says, else from the heading, else from the level followed. */
function draftLevels(
  asm: Assembly,
  all: Building[],
  followed: (l: Building) => Building | undefined,
  trackTitles: Map<string, string>,
  fallbackTrack: string | undefined,
): { levels: DraftLevel[]; tracks: Map<string, string> } {
  const trackOf = trackFinder(followed, trackTitles);
  const tracks = new Map(trackTitles);
  const draftLevels: DraftLevel[] = all.map((l) => {
    let { id, title } = trackOf(l);
    title ??= fallbackTrack;
    if (!id && !title)
      asm.warn(
        l.page ?? l.from ?? '',
        `no track for ${l.title}: its heading has no "(… Path)" and it follows no level that has one; put in "Unknown" (--track names it)`,
      );
    title ??= 'Unknown';
    id ??=
      [...tracks].find(([, t]) => nameKey(t) === nameKey(title!))?.[0] ?? (slug(title) || 'track');
    if (!tracks.has(id)) tracks.set(id, title);
    // A section no page gives the level is one it does not have: not at this level.
    for (const s of asm.sections) l.sections[s.id] ??= { status: 'n/a' };
    return {
      id: l.id!,
      title: l.title,
      ...(l.summary ? { summary: l.summary } : {}),
      track: id,
      follows: l.follows,
      aliases: l.aliases,
      ...(l.order !== undefined ? { order: l.order } : {}),
      sections: Object.fromEntries(asm.sections.map((s) => [s.id, l.sections[s.id]!])),
      ...(l.page ? { page: l.page } : { from: l.from! }),
    };
  });

  return { levels: draftLevels, tracks };
}

/** A name may point at one level only: ids and titles come first, aliases only where free. */
function freeAliases(draftLevels: DraftLevel[]): void {
  const taken = new Set(draftLevels.flatMap((l) => [l.id, nameKey(l.title)]));
  for (const l of draftLevels) {
    const wanted = l.aliases.length ? l.aliases : shortForms(l.title);
    l.aliases = wanted.filter((a) => !taken.has(a));
    l.aliases.forEach((a) => taken.add(a));
  }
}

/** The one title the pages give the whole ladder, where they give one. */
function pageTitle(pages: Page[]): string | undefined {
  const titles = [...new Set(pages.flatMap((p) => (p.ladderTitle ? [p.ladderTitle] : [])))];
  return titles.length === 1 ? titles[0] : undefined;
}

/**
 * Builds a ladder from career-ladder pages. Every column holds a level's whole content for its
 * section, so a level that only appears beside another page's own is imported from that column;
 * a level's own page always wins over other pages' columns. What an export wrote into the
 * front matter (ids, tracks, the tree, sections) is taken as written.
 */
export function assemble(pages: Page[], fallbackTrack?: string): Draft {
  const warnings: Draft['warnings'] = [];
  const warn = (page: string, message: string) => warnings.push({ page, message });
  for (const page of pages)
    for (const { source, ...w } of page.warnings)
      warnings.push({ page: source ?? page.path, ...w });

  const ordered = [...pages].sort(
    (a, b) =>
      (a.meta?.level?.order ?? a.order ?? Infinity) -
        (b.meta?.level?.order ?? b.order ?? Infinity) || compareText(a.path, b.path),
  );
  const ladderMeta: LadderMeta | undefined = ordered.find((p) => p.meta?.ladder)?.meta?.ladder;
  const sections: SectionDef[] = ladderMeta ? ladderMeta.sections.map((s) => ({ ...s })) : [];
  const trackTitles = new Map((ladderMeta?.tracks ?? []).map((t) => [t.id, t.title]));

  const asm = assembly(
    sections,
    (ladderMeta?.groups ?? []).map((g) => ({ ...g })),
    warn,
  );
  for (const page of ordered) readLevelPage(asm, page);
  chainPages(asm, ordered, fallbackTrack);
  settleColumns(asm);
  const all = [...asm.levels.values()];
  assignIds(all, warn);
  const followed = linkTree(asm, all);
  const { levels, tracks } = draftLevels(asm, all, followed, trackTitles, fallbackTrack);
  freeAliases(levels);
  return {
    ...(ladderMeta
      ? { title: ladderMeta.title }
      : pageTitle(ordered) !== undefined
        ? { title: pageTitle(ordered)! }
        : {}),
    tracks: [...tracks].map(([id, title]) => ({ id, title })),
    sections,
    groups: asm.groups,
    shared: [...(ladderMeta?.shared ?? []), ...pages.flatMap((p) => (p.shared ? [p.shared] : []))],
    levels,
    warnings,
  };
}

/**
 * Gives every level an id that no other has: the id an export wrote; else a slug of the title,
 * transliterated; where two titles give one id, or a title gives none, the page's file name;
 * and a number where even that is taken. Never an empty id, never one level lost.
 */
function assignIds(levels: Building[], warn: (page: string, message: string) => void): void {
  const used = new Set(levels.flatMap((l) => (l.id ? [l.id] : [])));
  const wanted = new Map<string, Building[]>();
  for (const l of levels) {
    if (l.id) continue;
    const id = slug(l.title);
    wanted.set(id, [...(wanted.get(id) ?? []), l]);
  }
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  for (const [id, group] of wanted) {
    if (id && group.length === 1 && !used.has(id)) {
      used.add(id);
      group[0]!.id = id;
      continue;
    }
    for (const l of group) {
      const fromFile = l.page ? slug(fileStem(l.page)) : '';
      l.id = unique(fromFile && !used.has(fromFile) ? fromFile : id || fromFile || 'level');
      const why = id
        ? `its title gives "${id}", which another level's gives too`
        : 'its title gives no id in Latin letters';
      warn(l.page ?? l.from ?? '', `${l.title} is ${l.id}: ${why}`);
    }
  }
}
