import type { LevelChange } from '../ladder/ladder-diff.js';
import type { Level } from '../ladder/types.js';
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
import type { ChangesView } from './changes-text.js';
import { sectionsMarkdown } from './diff-markdown.js';
import { sectionDiffJson } from './json.js';
import { esc } from './html.js';
import { mdCode, mdText } from './markdown.js';
import { sanitizeLine } from './sanitize.js';

/** Where a level sits: `follows` the first level it follows, `followsAll` every one. */
const placeJson = (l: Level) => ({
  id: l.id,
  title: l.title,
  follows: l.follows[0] ?? null,
  followsAll: l.follows,
});

const levelJson = (l: LevelChange, changedOnly: boolean) => ({
  id: l.id,
  change: l.change,
  ...(l.from ? { from: placeJson(l.from) } : {}),
  ...(l.to ? { to: placeJson(l.to) } : {}),
  ...(l.aliases ? { aliases: l.aliases } : {}),
  sections: l.diff!.sections.map((d) => {
    const json = sectionDiffJson(d);
    return changedOnly
      ? { ...json, changes: json.changes.filter((c) => c.type !== 'unchanged') }
      : json;
  }),
});

/** The `ladder changes --json` contract. */
export function changesJson(view: ChangesView) {
  const { diff, refs, affected } = view;
  return {
    old: { ref: refs.old, title: diff.old.title },
    new: { ref: refs.new, title: diff.new.title },
    summary: diff.summary,
    tracks: {
      added: diff.tracks.added,
      removed: diff.tracks.removed,
      renamed: diff.tracks.renamed,
    },
    sections: {
      added: diff.sections.added.map(({ id, title }) => ({ id, title })),
      removed: diff.sections.removed.map(({ id, title }) => ({ id, title })),
      renamed: diff.sections.renamed.map((r) => ({
        from: { id: r.from.id, title: r.from.title },
        to: { id: r.to.id, title: r.to.title },
      })),
    },
    levels: diff.levels.map((l) => levelJson(l, view.layout.changedOnly)),
    ...(affected
      ? {
          assessments: affected.assessments.map((a) => ({
            file: a.stored.path,
            subject: a.stored.assessment.subject,
            level: a.stored.assessment.level,
            role: a.stored.assessment.role,
            reworded: a.reworded.map(({ item, now }) => ({
              section: item.section,
              id: item.id ?? null,
              from: item.text,
              to: now,
              status: item.status,
            })),
            removed: a.removed.map((item) => ({
              section: item.section,
              id: item.id ?? null,
              text: item.text,
              status: item.status,
            })),
            added: a.added,
          })),
          evidence: affected.evidence.map((e) => ({
            id: e.stored.entry.id,
            file: e.stored.path,
            items: e.items,
          })),
        }
      : {}),
  };
}

/** `ladder changes --format markdown`: a pull-request comment, one collapsible block a level. */
export function changesMarkdown(view: ChangesView): string {
  const { diff, refs, affected } = view;
  const out = [
    `### Ladder changes: ${mdCode(refs.old)} → ${mdCode(refs.new)}`,
    '',
    '| | |',
    '| --- | --- |',
    ...summaryLines(diff).map((l) => {
      const [what, ...rest] = l.split(': ');
      return rest.length
        ? `| ${mdText(what!)} | ${mdText(rest.join(': '))} |`
        : `| ${mdText(l)} | |`;
    }),
  ];
  for (const level of diff.levels) {
    const shown = shownDiff(level, refs, view.layout.changedOnly);
    const unchanged = unchangedWords(shown.unchanged);
    out.push(
      '',
      '<details>',
      // Inside HTML a renderer reads no Markdown escapes: the heading is escaped as HTML.
      `<summary><strong>${esc(sanitizeLine(levelHeading(level)))}</strong></summary>`,
      ...(levelFacts(level).length ? ['', ...levelFacts(level).map((f) => `- ${mdText(f)}`)] : []),
      ...sectionsMarkdown(shown.diff, view.layout, 4),
      ...(unchanged ? ['', `_${unchanged}._`] : []),
      '',
      '</details>',
    );
  }
  if (affected?.assessments.length) {
    out.push('', `#### Assessments to re-check (${affected.assessments.length})`, '');
    for (const a of affected.assessments) {
      out.push(
        `- **${mdText(assessmentLabel(a))}**: ${mdText(recheckWords(a))} (${mdCode(a.stored.path)})`,
        ...recheckLines(a).map((l) => `  - ${mdText(l)}`),
      );
    }
  }
  if (affected?.evidence.length) {
    out.push('', `#### Evidence left without its item (${affected.evidence.length})`, '');
    for (const e of affected.evidence)
      out.push(`- ${mdCode(e.stored.entry.id)}: ${mdText(e.stored.entry.text)}`);
  }
  return out.join('\n') + '\n';
}
