import { slug } from '../slug.js';
import type { Link, SectionKind } from '../types.js';
import type { Cell, Page } from './page.js';

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

export interface DraftSection {
  id: string;
  title: string;
  kind: SectionKind;
  assessed: boolean;
}

export interface DraftLevel {
  id: string;
  title: string;
  track: string;
  follows?: string;
  aliases: string[];
  order?: number;
  /** Section id → its cell, and the reference link of the page's own level. */
  sections: Record<string, Cell & { link?: Link }>;
  /** The page the level came from; undefined when only a neighbouring column had it. */
  page?: string;
  /** For a level without a page: the page whose column it came from. */
  from?: string;
}

export interface Draft {
  tracks: { id: string; title: string }[];
  sections: DraftSection[];
  levels: DraftLevel[];
  /** Warnings by page. */
  warnings: Map<string, string[]>;
}

const key = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');
const sameCell = (a: Cell | undefined, b: Cell | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);
const file = (path: string) => path.replace(/^.*[\\/]/, '');

function sectionFor(heading: string): { id: string; kind?: SectionKind; assessed: boolean } {
  const known = KNOWN_SECTIONS.find((s) => s.headings.includes(key(heading)));
  return known
    ? { id: known.id, kind: known.kind, assessed: known.assessed ?? false }
    : { id: slug(heading), assessed: false };
}

/** Short forms people type: "VP of Engineering" → "vp". */
function shortForms(title: string): string[] {
  const short = /^(.+?)\s+of\s+engineering$/i.exec(title.trim());
  return short ? [slug(short[1]!)] : [];
}

/**
 * Builds a ladder from career-ladder pages. Every column holds a level's whole content for its
 * section, so a level that only appears beside another page's own is imported from that
 * column; where a column disagrees with the level's own page, the page wins, with a warning.
 */
export function assemble(pages: Page[], fallbackTrack?: string): Draft {
  const warnings = new Map<string, string[]>();
  const warn = (page: string, message: string) =>
    warnings.set(page, [...(warnings.get(page) ?? []), message]);
  for (const page of pages) for (const w of page.warnings) warn(page.path, w);

  const sections: DraftSection[] = [];
  const levels = new Map<string, DraftLevel>();
  const tracks = new Map<string, string>();
  const follows = new Map<string, { previous: string; own: boolean }>();
  /** Content seen in neighbouring columns: level key → section id → first cell and its page. */
  const seen = new Map<string, Map<string, { cell: Cell; page: string }>>();

  const ordered = [...pages].sort(
    (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.path.localeCompare(b.path),
  );
  const trackOf = new Map<string, string>();

  for (const page of ordered) {
    const own = key(page.title);
    if (levels.get(own)?.page) {
      warn(
        page.path,
        `a second page for ${page.title} (the first is ${file(levels.get(own)!.page!)}); ignored`,
      );
      continue;
    }
    // A page without "(… Path)" takes the track of the level it follows, settled below.
    if (page.track) trackOf.set(own, page.track);
    const level: DraftLevel = {
      id: slug(page.title),
      title: page.title,
      track: '',
      aliases: shortForms(page.title),
      ...(page.order !== undefined ? { order: page.order } : {}),
      sections: {},
      page: page.path,
    };
    levels.set(own, level);

    for (const s of page.sections) {
      const def = sectionFor(s.heading);
      const kindFromCells = s.columns.some((c) => 'items' in c.cell) ? 'list' : 'text';
      if (!sections.some((d) => d.id === def.id)) {
        sections.push({
          id: def.id,
          title: s.heading,
          kind: def.kind ?? kindFromCells,
          assessed: def.assessed,
        });
      }
      const ownColumn = s.columns[s.own]!;
      if (key(ownColumn.name) !== own) {
        warn(
          page.path,
          `the bold column of "### ${s.heading}" is "${ownColumn.name}", not "${page.title}"`,
        );
      }
      level.sections[def.id] = { ...ownColumn.cell, ...(s.link ? { link: s.link } : {}) };

      s.columns.forEach((column, i) => {
        if (i === s.own) return;
        const name = key(column.name);
        if (name === own) return; // The repeated-column defect: the page's own level again.
        const cells = seen.get(name) ?? new Map();
        seen.set(name, cells);
        const first = cells.get(def.id);
        if (!first) cells.set(def.id, { cell: column.cell, page: page.path });
        else if (!sameCell(first.cell, column.cell)) {
          warn(
            page.path,
            `its column for ${column.name} in "### ${s.heading}" differs from ${file(first.page)}'s; kept ${file(first.page)}'s`,
          );
        }
        if (!levels.has(name) && !trackOf.has(name) && page.track) trackOf.set(name, page.track);
        if (!levels.has(name)) {
          levels.set(name, {
            id: slug(column.name),
            title: column.name,
            track: '',
            aliases: shortForms(column.name),
            sections: {},
            from: page.path,
          });
        }
        // The page's own previous column says what it follows; a next column, what follows it,
        // unless that level's own page says otherwise.
        if (i < s.own) {
          if (!follows.get(own)?.own) follows.set(own, { previous: name, own: true });
        } else if (!follows.has(name)) {
          follows.set(name, { previous: own, own: false });
        }
      });
    }
  }

  // Neighbouring columns: content for levels without a page, a check for those with one.
  for (const [name, cells] of seen) {
    const level = levels.get(name)!;
    for (const [sectionId, { cell, page }] of cells) {
      if (!level.page) level.sections[sectionId] ??= cell;
      else if (
        !sameCell(level.sections[sectionId] && stripLink(level.sections[sectionId]!), cell)
      ) {
        warn(
          page,
          `its column for ${level.title} in "${sections.find((s) => s.id === sectionId)!.title}" differs from ${file(level.page)}, the level's own page; kept the page's`,
        );
      }
    }
  }

  for (const [name, level] of levels) {
    const previous = follows.get(name);
    if (previous && levels.has(previous.previous))
      level.follows = levels.get(previous.previous)!.id;
  }
  // Tracks: from the heading, else from the level followed, else the fallback.
  const resolveTrack = (name: string, depth = 0): string | undefined => {
    if (trackOf.has(name)) return trackOf.get(name);
    const previous = follows.get(name);
    return previous && depth < 100 ? resolveTrack(previous.previous, depth + 1) : undefined;
  };
  for (const [name, level] of levels) {
    const title = resolveTrack(name) ?? fallbackTrack;
    if (!title) {
      warn(
        level.page ?? level.from ?? '',
        `no track for ${level.title}: its heading has no "(… Path)" and it follows no level that has one`,
      );
    }
    const trackTitle = title ?? 'Unknown';
    const id = slug(trackTitle);
    tracks.set(id, trackTitle);
    level.track = id;
  }

  // An alias must not name another level.
  const all = [...levels.values()];
  const taken = new Set(all.map((l) => l.id));
  for (const level of all) {
    level.aliases = level.aliases.filter((a) => a !== level.id && !taken.has(a));
    level.aliases.forEach((a) => taken.add(a));
  }
  return {
    tracks: [...tracks].map(([id, title]) => ({ id, title })),
    sections,
    levels: all,
    warnings,
  };
}

/** The cell without the reference link, which only the page's own level carries. */
function stripLink(cell: Cell & { link?: Link }): Cell {
  const rest = { ...cell };
  delete rest.link;
  return rest;
}
