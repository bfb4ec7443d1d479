import { readCell } from './cell.js';
import { frontMatter, splitMarker, type FrontMatter, type Page, type PageSection } from './page.js';

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

/** The track a page's `#` title names with "(… Track)" or "(… Path)", if it does. */
export function pageTrack(lines: string[], start: number): string | undefined {
  const found = titleOf(lines, start);
  return found && TRACK.exec(found.title)?.[1]?.trim();
}

/** The page's title and the line it ends on: an ATX `#`, a setext `===`, or the front matter. */
function titleOf(lines: string[], start: number, front?: string) {
  for (let i = start; i < lines.length; i++) {
    const heading = atx(lines[i]!);
    if (heading?.depth === 1) return { title: heading.text, at: i };
    const setext = setextText(lines[i]!);
    if (setext && /^=+\s*$/.test(lines[i + 1] ?? '')) return { title: setext, at: i + 1 };
  }
  return front ? { title: front, at: start - 1 } : undefined;
}

/** Where each heading is, and its depth: ATX `##`… and setext `---` under a line of text. */
function headingsOf(lines: string[], from: number) {
  const found: { at: number; depth: number; text: string; end: number }[] = [];
  for (let i = from + 1; i < lines.length; i++) {
    const heading = atx(lines[i]!);
    const setext = setextText(lines[i]!);
    if (heading && heading.depth > 1) found.push({ at: i, ...heading, end: i });
    else if (setext && /^-{3,}\s*$/.test(lines[i + 1] ?? ''))
      found.push({ at: i, depth: 2, text: setext, end: ++i });
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

/** A block's Markdown as a cell's: quotes unwrapped, deeper headings as prose, comments gone. */
const cellText = (lines: string[]) =>
  withoutComments(lines.join('\n'))
    .split('\n')
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
  order?: number;
}

function levelPage(block: LevelBlock, lines: string[], front: FrontMatter): Page | undefined {
  const raw = block.title.replace(/\{:?\s*#[^}]{0,80}\}$/, '').trim();
  const track = TRACK.exec(raw)?.[1]?.trim() ?? front.track;
  const { title, marker } = splitMarker(raw.replace(TRACK, '').trim());
  const tops = block.sections;
  const end = block.from + block.body.length;
  const first = tops[0]?.at ?? end;
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
  const sections: PageSection[] = labelled.length
    ? labelled
    : tops.map((h, k) => ({
        heading: h.text,
        line: h.at + 1,
        columns: [
          { name: title, cell: readCell(cellText(lines.slice(h.end + 1, tops[k + 1]?.at ?? end))) },
        ],
        own: 0,
      }));
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
    ...(sameAs ? { follows: sameAs } : { chained: true }),
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
  const under = tops.map((t, k) =>
    below
      .filter((h) => h.at > t.at && h.at < (tops[k + 1]?.at ?? lines.length))
      .map((h) => h.text.toLowerCase()),
  );
  const seen = new Map<string, number>();
  for (const texts of under) for (const t of new Set(texts)) seen.set(t, (seen.get(t) ?? 0) + 1);
  if ([...seen.values()].some((n) => n >= 2)) return true;
  return tops.every((t, k) =>
    lines.slice(t.end + 1, tops[k + 1]?.at ?? lines.length).some((l) => labelOf(l) !== null),
  );
}

/**
 * Reads a page of headings and bullets: one level, or, where its top headings are levels, one
 * level each. None when it has no title or no section: an index, an about page or a layout,
 * which the caller skips or refuses.
 */
export function readHeadingPages(path: string, source: string): Page[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(path, lines);
  const frontTitle = front.title && front.title.length <= MAX_HEADING ? front.title : undefined;
  const found = titleOf(lines, front.start, frontTitle);
  if (!found) return [];
  const headings = headingsOf(lines, found.at);
  const depth = Math.min(...headings.map((h) => h.depth));
  const tops = headings.filter((h) => h.depth === depth);
  const below = headings.filter((h) => h.depth > depth);
  const next = Math.min(...below.map((h) => h.depth));
  if (!holdsLevels(tops, below, lines)) {
    const body = lines.slice(found.at + 1);
    const page = levelPage(
      {
        path,
        title: found.title,
        body,
        from: found.at + 1,
        sections: tops,
        ...(front.order !== undefined ? { order: front.order } : {}),
      },
      lines,
      front,
    );
    return page ? [page] : [];
  }
  // A page of levels is a track's: its title names the track, and what it says before the
  // first level holds at every level.
  const pageTitle = found.title.replace(/\s+(?:track|path|ladder)$/i, '').trim();
  const trackFront = { ...front, track: front.track ?? pageTitle };
  const shared = readCell(cellText(lines.slice(found.at + 1, tops[0]!.at)));
  const expectations =
    'kind' in shared
      ? shared.kind === 'text'
        ? [shared.source]
        : shared.items.map((i) => (i.items ? { text: i.source, items: i.items } : i.source))
      : [];
  return tops.flatMap((t, k) => {
    const end = tops[k + 1]?.at ?? lines.length;
    const sections = below.filter((h) => h.depth === next && h.at > t.at && h.at < end);
    const block = {
      path: `${path} (level ${k + 1})`,
      title: t.text,
      body: lines.slice(t.end + 1, end),
      from: t.end + 1,
      sections,
    };
    const page = levelPage({ ...block, order: orderNumber(t.text) ?? k + 1 }, lines, trackFront);
    if (page && k === 0 && expectations.length)
      page.shared = { title: `Every level: ${found.title}`, items: expectations };
    return page ? [page] : [];
  });
}
