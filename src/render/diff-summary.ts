import { onlyBelow, type Change, type SectionDiff, type Summary } from '../ladder/level-diff.js';
import type { Link } from '../ladder/types.js';
import { plural } from '../ladder/words.js';
import { safeUrl } from './rich.js';
import { sanitizeLine } from './sanitize.js';

// The words every form of a diff uses (terminal, Markdown, HTML), so they say the same.

export function summaryLine(summary: Summary): string {
  const relinked = summary.relinked ? `, ${summary.relinked} relinked` : '';
  return `${summary.added} added, ${summary.removed} removed, ${summary.reworded} reworded${relinked}, ${summary.unchanged} unchanged`;
}

function statusWord(status: SectionDiff['status']['from'], size: number, kind: string): string {
  if (status === 'wip') return 'WIP';
  if (status === 'n/a') return 'N/A';
  return kind === 'list' ? plural(size, 'item') : 'text';
}

/** A change of a section's reference link, in words, each link shown as `show` writes it. */
export function referenceChange(
  link: NonNullable<SectionDiff['link']>,
  show: (link: Link) => string = (l) => `${sanitizeLine(l.title)} <${safeUrl(l.url)}>`,
): string {
  if (!link.from) return `Reference added: ${show(link.to!)}`;
  if (!link.to) return `Reference removed: ${show(link.from)}`;
  return `Reference changed: ${show(link.from)} → ${show(link.to)}`;
}

/** Unchanged items folded into a count: those whose sub-items changed are shown. */
export const folded = (d: SectionDiff) =>
  d.changes.filter((c) => c.type === 'unchanged' && !onlyBelow(c)).length;

/** An item's changed sub-items, each as one line under it, painted as added, removed or neither. */
export const shownBelow = (change: Change) =>
  (change.subChanges ?? [])
    .filter((s) => s.type !== 'unchanged')
    .map((s) => ({
      change: s.type,
      type: s.type === 'added' || s.type === 'removed' ? s.type : ('unchanged' as const),
      text: (s.type === 'removed' ? s.from! : s.to!).text,
      from: s.from?.text ?? '',
    }));

/** Both sides WIP or N/A, in the words the terminal uses. */
const unwrittenAtBoth = (d: SectionDiff): string =>
  `${statusWord(d.status.from, 0, d.kind.from)} at both levels`;

/**
 * The one line that says all there is about a section's items, when there is nothing to lay
 * out: no change, or a change of status. Undefined when its changes need showing.
 */
export function sectionVerdict(d: SectionDiff): string | undefined {
  const { status, changes, size, kind } = d;
  if (status.from !== 'defined' || status.to !== 'defined') {
    if (status.from === status.to) return unwrittenAtBoth(d);
    return `${statusWord(status.from, size.from, kind.from)} → ${statusWord(status.to, size.to, kind.to)}`;
  }
  if (changes.some((c) => c.type !== 'unchanged' || c.subChanges)) return undefined;
  if (kind.from === 'text' && kind.to === 'text' && changes.length === 1)
    return `${sanitizeLine(changes[0]!.to!.text)} at both levels`;
  return `unchanged, ${plural(changes.length, 'item')} at both levels`;
}

export function sectionCounts(changes: Change[]): string {
  const count = (type: Change['type']) => changes.filter((c) => c.type === type).length;
  return (['unchanged', 'reworded', 'relinked', 'added', 'removed'] as const)
    .filter((t) => count(t) > 0)
    .map((t) => `${count(t)} ${t}`)
    .join(', ');
}
