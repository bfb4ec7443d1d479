import { expectationItems, readCell } from './cell.js';
import {
  frontMatter,
  PageError,
  splitMarker,
  type FrontMatter,
  type Page,
  type PageSection,
} from './page.js';

// A page of headings and bullets, with no tables: the shape most published ladders take. Its
// title is its level; each heading under it is a section, and what follows the heading is the
// section's cell: bullets are items (nested ones sub-items), a paragraph is prose, a paragraph
// then bullets an intro and items.

// A heading is a short line: longer ones are never read by the patterns below, whose time would
// grow with the square of a hostile line's length.
const MAX_HEADING = 300;
const TRACK = /\(([^()]{1,80})\s(?:path|track)\)$/i;
// "Same as Engineer II, but also:" names the level this one builds on.
const SAME_AS = /\bsame as (?:an? |the )?([^,:;.\n]{1,80}?)(?:,|:|;|\.| but\b| plus\b)/i;
// A number that orders levels: "L3", "IC2", "Engineer 3", "level-4.md".
const NUMBER = /(?:^|[^a-z0-9])(?:l|ic|m|e|level|d)?\s*-?(\d{1,3})(?:$|[^0-9])/i;

/** An ATX heading's depth and text, its closing hashes taken off: `## Scope ##` is 2, Scope. */
function atx(line: string): { depth: number; text: string } | undefined {
  if (line.length > MAX_HEADING) return undefined;
  const marks = /^#{1,6}(?=\s|$)/.exec(line)?.[0];
  if (!marks) return undefined;
  let text = line.slice(marks.length).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end < text.length && (end === 0 || /\s/.test(text[end - 1]!)))
    text = text.slice(0, end).trim();
  return { depth: marks.length, text };
}

/** The text of a line that a setext underline makes a heading: short, and not a list item. */
const setextText = (line: string) =>
  line.length <= MAX_HEADING && line.trim() && !/^\s*[-*+]\s/.test(line) ? line.trim() : undefined;

/** A title without the "(… Track)" or "(… Path)" it ends with. */
export const withoutTrack = (title: string) => title.replace(TRACK, '').trim();

/** The track a page's `#` title names with "(… Track)" or "(… Path)", if it does. */
export function pageTrack(lines: string[], start: number): string | undefined {
  const found = titleOf(lines, start);
  return found && TRACK.exec(found.title)?.[1]?.trim();
}

/** The page's title and the line it ends on: an ATX `#`, a setext `===`, or the front matter. */
export function titleOf(lines: string[], start: number, front?: string) {
  for (let i = start; i < lines.length; i++) {
    const heading = atx(lines[i]!);
    if (heading?.depth === 1) return { title: heading.text, at: i };
    const setext = setextText(lines[i]!);
    if (setext && /^=+\s*$/.test(lines[i + 1] ?? '')) return { title: setext, at: i + 1 };
  }
  return front ? { title: front, at: start - 1 } : undefined;
}

/** Where each heading is, and its depth: ATX `##`… and setext `---` under a line of text. */
function headingsOf(lines: string[], from: number, titles = false) {
  const found: { at: number; depth: number; text: string; end: number }[] = [];
  for (let i = from + 1; i < lines.length; i++) {
    const heading = atx(lines[i]!);
    const setext = setextText(lines[i]!);
    const under = setext ? /^(?:(=+)|-{3,})\s*$/.exec(lines[i + 1] ?? '') : null;
    if (heading && (titles || heading.depth > 1)) found.push({ at: i, ...heading, end: i });
    else if (under && (titles || !under[1]))
      found.push({ at: i, depth: under[1] ? 1 : 2, text: setext!, end: ++i });
  }
  return found;
}

/** Text without its HTML comments, found by index: a pattern would rescan an unclosed one. */
function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    out += text.slice(at, open);
    at = close === -1 ? text.length : close + 3;
  }
  return out + text.slice(at);
}

const DETAILS = /^<details\b[^<>]{0,200}>$/i;
const SUMMARY = /^(?:<details\b[^<>]{0,200}>)?\s*<summary>([^<>]{0,300})<\/summary>$/i;

/**
 * `<details>` in a Markdown page as a page shows it: its summary a sub-item of the item above,
 * and what it holds the sub-items after it.
 */
function unfoldDetails(lines: string[]): string[] {
  let inside = false;
  return lines.flatMap((line) => {
    const t = line.length <= MAX_LABEL_LINE ? line.trim() : '';
    const summary = SUMMARY.exec(t);
    if (DETAILS.test(t) || summary) inside = true;
    if (summary) return [`  - ${summary[1]!.trim()}`];
    if (DETAILS.test(t)) return [];
    if (/^<\/details>$/i.test(t)) {
      inside = false;
      return [];
    }
    if (!inside || !line.trim()) return [line];
    return [/^\s*[-*+]\s/.test(line) ? `  ${line}` : `  - ${line.trim()}`];
  });
}

/** A block's Markdown as a cell's: quotes unwrapped, deeper headings as prose, comments gone. */
const cellText = (lines: string[]) =>
  unfoldDetails(withoutComments(lines.join('\n')).split('\n'))
    .map((l) => l.replace(/^\s*>\s?/, '').replace(/^#{1,6}\s+/, ''))
    .join('\n');

/** The number a title or file name orders by, where it has one. */
function orderNumber(...names: string[]): number | undefined {
  for (const name of names) {
    const match = NUMBER.exec(name.slice(0, MAX_HEADING).replace(/\.[a-z]+$/i, ''));
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** A heading of the page, its depth, and where its text ends. */
type Heading = ReturnType<typeof headingsOf>[number];

// "- **Scope**: a team" or "- **Scope:** a team": a section given as a labelled bullet.
const LABEL = /^\s*[-*+]\s+\*\*([^*\n]{1,80}?):?\*\*:?\s*(.*)$/;
// A labelled bullet is read from a line of at most this length, by both its readers.
const MAX_LABEL_LINE = MAX_HEADING * 4;

/** A labelled bullet's label and text, if the line is one. */
const labelOf = (line: string) => (line.length <= MAX_LABEL_LINE ? LABEL.exec(line) : null);

/** A level's block read as labelled bullets, each label a section and its text the cell. */
function labelSections(lines: string[], from: number, title: string): PageSection[] {
  const found: { heading: string; line: number; body: string[] }[] = [];
  lines.forEach((line, i) => {
    const label = labelOf(line);
    if (label) found.push({ heading: label[1]!.trim(), line: from + i + 1, body: [label[2]!] });
    else if (found.length && /^\s+\S/.test(line)) found.at(-1)!.body.push(line);
  });
  return found.map((f) => ({
    heading: f.heading,
    line: f.line,
    columns: [{ name: title, cell: readCell(cellText(f.body)) }],
    own: 0,
  }));
}

/** One level: its title line, the lines of its block, and the headings of its sections. */
interface LevelBlock {
  path: string;
  title: string;
  /** The block's lines, after the title, and the 0-based line the first of them is. */
  body: string[];
  from: number;
  sections: Heading[];
  /** The headings the sections are grouped under, where they are. */
  groups?: Heading[];
  order?: number;
}

/** What the user says of a page's shape: the depth of the headings that are levels. */
export interface HeadingOptions {
  levelHeading?: number;
}

/** The depth of the shallowest heading (Infinity for none), counted without spreading them. */
const shallowest = (headings: Heading[]) =>
  headings.reduce((depth, h) => Math.min(depth, h.depth), Infinity);

/** The headings under each of `tops`, up to the next top: both in page order, in one sweep. */
function underEach(tops: Heading[], below: Heading[]): Heading[][] {
  const out = tops.map((): Heading[] => []);
  let k = -1;
  for (const h of below) {
    while (k + 1 < tops.length && tops[k + 1]!.at < h.at) k++;
    if (k >= 0) out[k]!.push(h);
  }
  return out;
}

/**
 * The sections of a level's block, each its heading's text up to the next section or group,
 * in the group whose heading it is under. A group's own opening text is a section of its own.
 */
function headingSections(block: LevelBlock, lines: string[]): PageSection[] {
  const end = block.from + block.body.length;
  const groups = new Set(block.groups ?? []);
  const bounds = [...block.sections, ...groups].sort((a, b) => a.at - b.at);
  const found: PageSection[] = [];
  let group: Heading | undefined;
  bounds.forEach((h, i) => {
    const text = cellText(lines.slice(h.end + 1, bounds[i + 1]?.at ?? end));
    if (groups.has(h)) group = h;
    if (groups.has(h) && !text.trim()) return;
    found.push({
      heading: h.text,
      line: h.at + 1,
      ...(group ? { group: group.text } : {}),
      columns: [{ name: block.title, cell: readCell(text) }],
      own: 0,
    });
  });
  return found;
}

function levelPage(block: LevelBlock, lines: string[], front: FrontMatter): Page | undefined {
  const raw = block.title.replace(/\{:?\s*#[^}]{0,80}\}$/, '').trim();
  const track = TRACK.exec(raw)?.[1]?.trim() ?? front.track;
  const { title, marker } = splitMarker(withoutTrack(raw));
  const tops = block.groups ?? block.sections;
  const first = tops[0]?.at ?? block.from + block.body.length;
  const opening = cellText(lines.slice(block.from, first)).trim();
  const labelled = tops.length ? [] : labelSections(block.body, block.from, title);
  // One paragraph before the first section, not a list, is the level in one line.
  const summary =
    opening &&
    !labelled.length &&
    !/\n\s*\n/.test(opening) &&
    !/^\s*(?:[-*+]|\d+[.)])\s/m.test(opening)
      ? opening.replace(/\s+/g, ' ')
      : undefined;
  const sections = labelled.length ? labelled : headingSections({ ...block, title }, lines);
  if (!sections.length) return undefined;
  const sameAs = SAME_AS.exec(block.body.join('\n'))?.[1]?.trim();
  const order = block.order ?? orderNumber(title, block.path.replace(/^.*[\\/]/, ''));
  return {
    path: block.path,
    title,
    ...(marker ? { marker } : {}),
    ...(track ? { track } : {}),
    ...(order !== undefined ? { order } : {}),
    ...(front.meta ? { meta: front.meta } : {}),
    ...(sameAs ? { follows: [sameAs] } : {}),
    chained: true,
    ...(summary ? { summary } : {}),
    headings: true,
    sections,
    warnings: [],
  };
}

/**
 * Whether a page's top headings are levels, each with sections under it: two or more of them,
 * whose own headings repeat from one to the next (`## IC1` and `## IC2` each with `### Scope`),
 * or whose blocks are labelled bullets.
 */
function holdsLevels(tops: Heading[], below: Heading[], lines: string[]): boolean {
  if (tops.length < 2) return false;
  const under = underEach(tops, below).map((hs) => hs.map((h) => h.text.toLowerCase()));
  const seen = new Map<string, number>();
  for (const texts of under) for (const t of new Set(texts)) seen.set(t, (seen.get(t) ?? 0) + 1);
  if ([...seen.values()].some((n) => n >= 2)) return true;
  return tops.every((t, k) =>
    lines.slice(t.end + 1, tops[k + 1]?.at ?? lines.length).some((l) => labelOf(l) !== null),
  );
}

/**
 * Where a one-level page groups its sections: each top heading has headings under it, none of
 * them repeated (`## Delivery` over `### Scope`, `### Quality`). Headings that repeat under
 * each top ("### Examples") are part of the section they are in, not sections.
 */
function grouping(tops: Heading[], below: Heading[]) {
  if (!below.length) return undefined;
  const next = shallowest(below);
  const subs = below.filter((h) => h.depth === next);
  const names = new Set(subs.map((h) => h.text.toLowerCase()));
  if (names.size !== subs.length || underEach(tops, subs).some((hs) => !hs.length))
    return undefined;
  return { groups: tops, sections: subs };
}

/** The title a page is read under: its own; none where its top headings are its levels. */
function pageTitleOf(lines: string[], front: FrontMatter, options: HeadingOptions) {
  const frontTitle = front.title && front.title.length <= MAX_HEADING ? front.title : undefined;
  if (options.levelHeading === 1) return { title: frontTitle ?? '', at: front.start - 1 };
  return titleOf(lines, front.start, frontTitle);
}

/**
 * Reads a page of headings and bullets: one level, or, where its top headings are levels (or
 * those of `--level-heading`'s depth), one level each. None when it has no title or no
 * section: an index, an about page or a layout, which the caller skips or refuses.
 */
export function readHeadingPages(
  path: string,
  source: string,
  options: HeadingOptions = {},
): Page[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(path, lines);
  const found = pageTitleOf(lines, front, options);
  if (!found) return [];
  const headings = headingsOf(lines, found.at, options.levelHeading === 1);
  const depth = options.levelHeading ?? shallowest(headings);
  const tops = headings.filter((h) => h.depth === depth);
  const below = headings.filter((h) => h.depth > depth);
  if (options.levelHeading && !tops.length)
    throw new PageError(
      path,
      `no heading of depth ${depth} ("${'#'.repeat(depth)} …") to read as a level (--level-heading ${depth})`,
    );
  if (options.levelHeading || holdsLevels(tops, below, lines))
    return levelsOf(path, lines, { found, front, tops, below });
  const block = {
    path,
    title: found.title,
    body: lines.slice(found.at + 1),
    from: found.at + 1,
    sections: tops,
    ...(grouping(tops, below) ?? {}),
    ...(front.order !== undefined ? { order: front.order } : {}),
  };
  const page = levelPage(block, lines, front);
  return page ? [page] : [];
}

/**
 * What a page says of every level on it, where it says anything: its text outside the levels,
 * kept once as the ladder's shared expectations, titled after the page.
 */
export function sharedOf(pageTitle: string, lines: string[]): Page['shared'] {
  const cell = readCell(cellText(lines));
  if (!('kind' in cell)) return undefined;
  const items =
    cell.kind === 'text'
      ? [cell.source]
      : [...(cell.intro ? [cell.intro] : []), ...expectationItems(cell.items)];
  return { title: pageTitle ? `Every level: ${pageTitle}` : 'Every level', items };
}

/**
 * A page of levels is a track's: its title names the track, and what it says before the first
 * level holds at every level.
 */
function levelsOf(
  path: string,
  lines: string[],
  {
    found,
    front,
    tops,
    below,
  }: {
    found: { title: string; at: number };
    front: FrontMatter;
    tops: Heading[];
    below: Heading[];
  },
): Page[] {
  const next = shallowest(below);
  const pageTitle = found.title.replace(/\s+(?:track|path|ladder)$/i, '').trim();
  const track = front.track ?? (pageTitle || undefined);
  const trackFront = { ...front, ...(track ? { track } : {}) };
  const shared = sharedOf(found.title, lines.slice(found.at + 1, tops[0]!.at));
  const sectionsOf = underEach(
    tops,
    below.filter((h) => h.depth === next),
  );
  return tops.flatMap((t, k) => {
    const end = tops[k + 1]?.at ?? lines.length;
    const sections = sectionsOf[k]!;
    const block = {
      path: `${path} (level ${k + 1})`,
      title: t.text,
      body: lines.slice(t.end + 1, end),
      from: t.end + 1,
      sections,
    };
    const page = levelPage({ ...block, order: orderNumber(t.text) ?? k + 1 }, lines, trackFront);
    if (page && k === 0 && shared) page.shared = shared;
    return page ? [page] : [];
  });
}
