import { fileName, type Draft } from '../ladder/pages/assemble.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** A page of a folder that is not a level's page, and why. */
export interface Skipped {
  source: string;
  why: 'no level' | 'no table';
}

const WHY: Record<Skipped['why'], string> = {
  'no level': "no title with sections under it, so not a level's page; skipped",
  'no table': "no tables, unlike the site's level pages, so not a level's page; skipped",
};

export interface ImportSummary {
  draft: Draft;
  /** Where the ladder was written. */
  out: string;
  /** How many sources were read, and whether they were sheets (files) or pages. */
  read: number;
  sheets: boolean;
  /** Pages of a folder that were not levels' pages. */
  skipped: Skipped[];
  /** Only the summary line and the count of warnings. */
  quiet?: boolean;
}

/** What import warns of, by source: pages skipped, then what assembling the pages noticed. */
const importWarnings = (
  s: Pick<ImportSummary, 'draft' | 'skipped'>,
): { source: string; where?: string; message: string }[] => [
  ...s.skipped.map(({ source, why }) => ({ source, message: WHY[why] })),
  ...s.draft.warnings.map((w) => ({
    source: w.page,
    ...(w.where ? { where: w.where } : {}),
    message: w.message,
  })),
];

/** The warnings as lines: each after its file's name. */
const warningsOf = (s: Pick<ImportSummary, 'draft' | 'skipped'>) =>
  importWarnings(s).map(
    (w) => `${fileName(w.source)}${w.where ? `, ${w.where}` : ''}: ${w.message}`,
  );

/** "3 levels, 1 track and 4 sections from 3 pages": what a summary or a preview counts. */
const counted = ({ draft, read, sheets }: Pick<ImportSummary, 'draft' | 'read' | 'sheets'>) =>
  `${plural(draft.levels.length, 'level')}, ${plural(draft.tracks.length, 'track')} and ${plural(draft.sections.length, 'section')} from ${plural(read, sheets ? 'file' : 'page')}`;

type DraftCell = Draft['levels'][number]['sections'][string];

/** What a drafted level's section holds: its status, and for a written one its items. */
function cellFacts(cell: DraftCell) {
  if ('status' in cell) return { status: cell.status, prose: false, items: 0, subItems: 0 };
  if (cell.kind === 'text') return { status: 'defined', prose: true, items: 1, subItems: 0 };
  return {
    status: 'defined',
    prose: false,
    items: cell.items.length,
    subItems: cell.items.reduce((n, i) => n + (i.items?.length ?? 0), 0),
    intro: cell.intro !== undefined,
  };
}

/** What `ladder import` says it did: a line, each level and where it came from, the warnings. */
export function renderImportSummary(s: ImportSummary, style: Style): string {
  const line = (text: string, first: string, rest: string) =>
    wrap(sanitizeLine(text), { width: style.width, first, rest });
  const { draft } = s;
  const warnings = warningsOf(s);
  const lines = [line(`Imported ${counted(s)} into ${s.out}`, '', '  ')];
  if (!s.quiet) {
    for (const level of draft.levels) {
      // A sheet's level comes from its column, which its page's name gives: "x.csv (column B)".
      const origin = !level.page
        ? `from a column of ${fileName(level.from!)} (no page of its own)`
        : /\(column [A-Z]+\)$/.test(level.page)
          ? `from ${fileName(level.page)}`
          : 'from its own page';
      lines.push(
        line(
          // Two spaces between the id and the title, as a column would have: the first is a
          // no-break space, which wrapping keeps.
          `${level.id}\u00a0 ${level.title}${level.follows.length ? ` (follows ${level.follows.join(', ')})` : ''}: ${origin}`,
          '  ',
          '      ',
        ),
      );
    }
    lines.push(...warnings.map((w) => line(`warning: ${w}`, '', '  ')));
  }
  if (warnings.length)
    lines.push(
      line(
        `${plural(warnings.length, 'warning')}${s.quiet ? ' (run without --quiet to see them)' : ''}`,
        '',
        '  ',
      ),
    );
  return lines.join('\n') + '\n';
}

/** The `ladder import --json` contract: what was (or, with --dry-run, would be) written. */
export function importJson(
  s: Pick<ImportSummary, 'draft' | 'skipped'> & { out?: string; written: boolean },
) {
  const { draft } = s;
  return {
    written: s.written,
    out: s.out ?? null,
    tracks: draft.tracks.map((t) => ({ id: t.id, title: t.title })),
    levels: draft.levels.map((l) => ({
      id: l.id,
      title: l.title,
      track: l.track,
      follows: l.follows,
      source: l.page ?? l.from ?? null,
      sections: draft.sections.map((d) => {
        const { status, items, subItems } = cellFacts(l.sections[d.id]!);
        return { id: d.id, status, items, subItems };
      }),
    })),
    sections: draft.sections.map((d) => ({
      id: d.id,
      title: d.title,
      assessed: d.assessed,
      group: d.group ?? null,
    })),
    warnings: importWarnings(s).map((w) => ({
      source: w.source,
      where: w.where ?? null,
      message: w.message,
    })),
  };
}

/** A section of a drafted level in a word: its item count, prose, WIP or N/A. */
function cellWords(cell: DraftCell): string {
  const f = cellFacts(cell);
  if (f.status !== 'defined') return f.status === 'wip' ? 'WIP' : 'N/A';
  if (f.prose) return 'prose';
  return `${plural(f.items, 'item')}${f.intro ? ' after an intro' : ''}${f.subItems ? `, ${plural(f.subItems, 'sub-item')}` : ''}`;
}

/**
 * `ladder import --dry-run`: what would be written, written nowhere. The tree by track, each
 * level's sections, the ladder's sections with what is assessed, and whether --out would take it.
 */
export function renderImportPreview(
  s: Omit<ImportSummary, 'out' | 'quiet'> & { out?: string; refused?: string },
  style: Style,
): string {
  const line = (text: string, first: string, rest = `${first}    `) =>
    wrap(sanitizeLine(text), { width: style.width, first, rest });
  const { draft } = s;
  const out = [
    line(
      `Would import ${counted(s)}${s.out ? ` into ${s.out}` : ''}; nothing was written.`,
      '',
      '  ',
    ),
  ];
  if (s.refused) out.push(line(`Writing there would be refused: ${s.refused}.`, '', '  '));
  for (const track of draft.tracks) {
    out.push('', style.color.bold(line(`${track.title} (${track.id})`, '')));
    for (const level of draft.levels.filter((l) => l.track === track.id)) {
      const follows = level.follows.length ? `, after ${level.follows.join(', ')}` : '';
      out.push(line(`${level.id}\u00a0 ${level.title}${follows}`, '  '));
      const sections = draft.sections.map((d) => `${d.id}: ${cellWords(level.sections[d.id]!)}`);
      out.push(line(sections.join(' · '), '      ', '      '));
    }
  }
  out.push('', style.color.bold('Sections'));
  for (const d of draft.sections)
    out.push(
      line(
        `${d.id}\u00a0 ${d.title} (${d.kind}${d.assessed ? ', assessed' : ''}${d.group ? `, in ${d.group}` : ''})`,
        '  ',
      ),
    );
  if (!draft.sections.some((d) => d.assessed))
    out.push(line('No section is marked assessed: every section but years will be.', '  '));
  const warnings = warningsOf(s);
  if (warnings.length) out.push('', ...warnings.map((w) => line(`warning: ${w}`, '', '  ')));
  return out.join('\n') + '\n';
}
