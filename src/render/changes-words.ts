import type { AffectedAssessment } from '../ladder/affected.js';
import { STATUS_LABEL } from '../ladder/assessment.js';
import type { LevelDiff, SectionDiff } from '../ladder/level-diff.js';
import type { LadderDiff, LevelChange } from '../ladder/ladder-diff.js';
import { plural } from '../ladder/words.js';

// What `ladder changes` says in words, whatever its format.

/** The summary, one line each: only what changed. */
export function summaryLines(d: LadderDiff): string[] {
  const { levels, tracks, sections, items } = d.summary;
  const counts = (what: string, c: Record<string, number>) => {
    const parts = Object.entries(c)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${kind}`);
    return parts.length ? `${what}: ${parts.join(', ')}` : undefined;
  };
  const lines = [
    d.old.title !== d.new.title ? `Title: "${d.old.title}" → "${d.new.title}"` : undefined,
    counts('Levels', levels),
    counts('Tracks', tracks),
    counts('Sections', sections),
    counts('Items', items),
  ].filter((l): l is string => l !== undefined);
  return lines.length ? lines : ['No changes.'];
}

/** A level's heading: "vp-eng: VP of Engineering (renamed from …)". */
export function levelHeading(l: LevelChange): string {
  const level = (l.to ?? l.from)!;
  const what =
    l.change === 'renamed'
      ? `renamed${l.renamedFrom ? ` from ${l.renamedFrom}` : ''}${l.title ? `, was "${l.title.from}"` : ''}`
      : l.change;
  return `${level.id}: ${level.title} (${what})`;
}

/** What changed about the level itself: where it sits, its aliases. */
export function levelFacts(l: LevelChange): string[] {
  const out: string[] = [];
  if (l.follows) {
    const named = (ids: string[]) => ids.join(', ') || 'nothing';
    out.push(`follows: ${named(l.follows.from)} → ${named(l.follows.to)}`);
  }
  if (l.aliases?.added.length) out.push(`aliases added: ${l.aliases.added.join(', ')}`);
  if (l.aliases?.removed.length) out.push(`aliases removed: ${l.aliases.removed.join(', ')}`);
  return out;
}

/** What the person should re-check: "2 items you answered were reworded; 1 is new". */
export function recheckWords(a: AffectedAssessment): string {
  const parts = [
    a.reworded.length
      ? `${plural(a.reworded.length, 'item')} you answered ${a.reworded.length === 1 ? 'was' : 'were'} reworded`
      : '',
    a.removed.length
      ? `${plural(a.removed.length, 'item')} you answered ${a.removed.length === 1 ? 'is' : 'are'} gone`
      : '',
    a.added.length ? `${a.added.length} ${a.added.length === 1 ? 'is' : 'are'} new` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

/** The items to re-check, one line each with its marker and the earlier answer. */
export function recheckLines(a: AffectedAssessment): string[] {
  const answer = (status: keyof typeof STATUS_LABEL | null) =>
    status ? ` (answered ${STATUS_LABEL[status]})` : '';
  return [
    ...a.reworded.map(({ item, now }) => `~ ${now}${answer(item.status)}`),
    ...a.removed.map((item) => `- ${item.text}${answer(item.status)}`),
    ...a.added.map((text) => `+ ${text}`),
  ];
}

/** Whose assessment, of what, by whom: "Alice Martin · Director of Engineering · self". */
export function assessmentLabel(a: AffectedAssessment): string {
  const x = a.stored.assessment;
  return `${x.subject?.name ?? 'unnamed'} · ${x.level.title} · ${x.role}${x.complete ? '' : ', unfinished'}`;
}

/** Whether a section changed at all between the two versions. */
const sectionChanged = (d: SectionDiff) =>
  d.link !== undefined ||
  d.status.from !== d.status.to ||
  d.changes.some((c) => c.type !== 'unchanged');

/**
 * A level's diff as `changes` draws it: its columns named after the two versions, and, with
 * `changedOnly`, only the sections that changed; the others are counted.
 */
export function shownDiff(
  level: LevelChange,
  refs: { old: string; new: string },
  changedOnly: boolean,
): { diff: LevelDiff; unchanged: number } {
  const diff = level.diff!;
  const sections = changedOnly ? diff.sections.filter(sectionChanged) : diff.sections;
  return {
    diff: {
      ...diff,
      from: { ...diff.from, title: refs.old },
      to: { ...diff.to, title: refs.new },
      sections,
    },
    unchanged: diff.sections.length - sections.length,
  };
}

/** "6 sections unchanged", under a level whose unchanged sections are left out. */
export const unchangedWords = (n: number): string | undefined =>
  n ? `${plural(n, 'section')} unchanged` : undefined;
