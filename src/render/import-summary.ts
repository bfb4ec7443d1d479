import { fileName, type Draft } from '../ladder/pages/assemble.js';
import { plural } from '../ladder/words.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

export interface ImportSummary {
  draft: Draft;
  /** Where the ladder was written. */
  out: string;
  /** How many sources were read, and whether they were sheets (files) or pages. */
  read: number;
  sheets: boolean;
  /** Pages of a folder that were not levels' pages. */
  skipped: string[];
  /** Only the summary line and the count of warnings. */
  quiet?: boolean;
}

/** What import warns of: pages skipped, then what assembling the pages noticed. */
const warningsOf = (s: Pick<ImportSummary, 'draft' | 'skipped'>) => [
  ...s.skipped.map((path) => `${fileName(path)}: no tables, so not a level's page; skipped`),
  ...s.draft.warnings.map((w) => `${fileName(w.page)}: ${w.message}`),
];

/** What `ladder import` says it did: a line, each level and where it came from, the warnings. */
export function renderImportSummary(s: ImportSummary, style: Style): string {
  const line = (text: string, first: string, rest: string) =>
    wrap(sanitizeLine(text), { width: style.width, first, rest });
  const { draft } = s;
  const warnings = warningsOf(s);
  const lines = [
    line(
      `Imported ${plural(draft.levels.length, 'level')}, ${plural(draft.tracks.length, 'track')} and ${plural(draft.sections.length, 'section')} from ${plural(s.read, s.sheets ? 'file' : 'page')} into ${s.out}`,
      '',
      '  ',
    ),
  ];
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
  const count = (cell: Draft['levels'][number]['sections'][string]) =>
    'status' in cell
      ? { status: cell.status, items: 0, subItems: 0 }
      : cell.kind === 'text'
        ? { status: 'defined', items: 1, subItems: 0 }
        : {
            status: 'defined',
            items: cell.items.length,
            subItems: cell.items.reduce((n, i) => n + (i.items?.length ?? 0), 0),
          };
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
      sections: draft.sections.map((d) => ({ id: d.id, ...count(l.sections[d.id]!) })),
    })),
    sections: draft.sections.map((d) => ({
      id: d.id,
      title: d.title,
      assessed: d.assessed,
      group: d.group ?? null,
    })),
    warnings: [
      ...s.skipped.map((path) => ({
        source: path,
        where: null,
        message: "no tables, so not a level's page; skipped",
      })),
      ...draft.warnings.map((w) => ({ source: w.page, where: null, message: w.message })),
    ],
  };
}

/** A section of a drafted level in a word: its item count, prose, WIP or N/A. */
function cellWords(cell: Draft['levels'][number]['sections'][string]): string {
  if ('status' in cell) return cell.status === 'wip' ? 'WIP' : 'N/A';
  if (cell.kind === 'text') return 'prose';
  const subs = cell.items.reduce((n, i) => n + (i.items?.length ?? 0), 0);
  return `${plural(cell.items.length, 'item')}${cell.intro !== undefined ? ' after an intro' : ''}${subs ? `, ${plural(subs, 'sub-item')}` : ''}`;
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
      `Would import ${plural(draft.levels.length, 'level')}, ${plural(draft.tracks.length, 'track')} and ${plural(draft.sections.length, 'section')} from ${plural(s.read, s.sheets ? 'file' : 'page')}${s.out ? ` into ${s.out}` : ''}; nothing was written.`,
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
