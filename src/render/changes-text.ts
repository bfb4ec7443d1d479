import type { AffectedAssessment, AffectedEvidence } from '../ladder/affected.js';
import type { LadderDiff } from '../ladder/ladder-diff.js';
import { plural } from '../ladder/words.js';
import {
  assessmentLabel,
  levelFacts,
  levelHeading,
  recheckLines,
  recheckWords,
  shownDiff,
  summaryLines,
  unchangedWords,
} from './changes-words.js';
import { renderSections, type DiffLayout } from './diff-text.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

export interface ChangesView {
  diff: LadderDiff;
  refs: { old: string; new: string };
  layout: DiffLayout;
  /** Which folder, in which repository, the revisions are of. */
  place?: string;
  /** Shown when given: the assessments and evidence the change touches. */
  affected?: { assessments: AffectedAssessment[]; evidence: AffectedEvidence[] };
}

/** `ladder changes`: the summary, each changed level as `ladder diff` draws it, who it touches. */
export function renderChanges(view: ChangesView, style: Style): string {
  const { color, width } = style;
  const { diff, refs } = view;
  const line = (text: string, first = '', paint?: (t: string) => string) =>
    wrap(sanitizeLine(text), { width, first, ...(paint ? { paint } : {}) });
  const out = [
    line(`Changes to ${diff.new.title}: ${refs.old} → ${refs.new}`, '', color.bold),
    ...(view.place ? [line(`Folder ${view.place}`, '  ', color.dim)] : []),
    ...summaryLines(diff).map((l) => line(l, '  ')),
  ];
  const named = (what: string, list: { id: string; title: string }[]) =>
    list.length
      ? [line(`${what}: ${list.map((t) => `${t.title} (${t.id})`).join(', ')}`, '  ')]
      : [];
  out.push(
    ...named('Tracks added', diff.tracks.added),
    ...named('Tracks removed', diff.tracks.removed),
    ...named('Sections added', diff.sections.added),
    ...named('Sections removed', diff.sections.removed),
    ...[...diff.tracks.renamed, ...diff.sections.renamed].map((r) =>
      line(`Renamed: ${r.from.title} → ${r.to.title} (${r.to.id})`, '  '),
    ),
  );
  for (const level of diff.levels) {
    const shown = shownDiff(level, refs, view.layout.changedOnly);
    out.push('', line(levelHeading(level), '', color.bold.underline));
    out.push(...levelFacts(level).map((f) => line(f, '  ', color.dim)));
    out.push(...renderSections(shown.diff, style, view.layout));
    const unchanged = unchangedWords(shown.unchanged);
    if (unchanged) out.push('', line(unchanged, '', color.dim));
  }
  if (view.affected) {
    const { assessments, evidence } = view.affected;
    out.push(
      '',
      line(
        assessments.length
          ? `Assessments to re-check: ${assessments.length}`
          : 'No saved assessment is touched by these changes.',
        '',
        color.bold,
      ),
    );
    for (const a of assessments) {
      out.push(
        '',
        line(assessmentLabel(a), '  '),
        line(a.stored.path, '    ', color.dim),
        line(`${recheckWords(a)}:`, '    '),
        ...recheckLines(a).map((l) => line(l, '      ')),
      );
    }
    if (evidence.length) {
      out.push(
        '',
        line(
          `Evidence left without its item: ${plural(evidence.length, 'entry', 'entries')}`,
          '',
          color.bold,
        ),
      );
      for (const e of evidence)
        out.push(
          line(`${e.stored.entry.id}: ${e.stored.entry.text}`, '  '),
          ...e.items.map((i) => line(`${i.level} · ${i.text}`, '    - ', color.dim)),
        );
    }
  }
  return out.join('\n') + '\n';
}
