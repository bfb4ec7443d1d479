import { STATUS_LABEL, type Assessment } from '../ladder/assessment.js';
import type { ComparedItem, ComparisonSummary, SideAnswer } from '../ladder/compare.js';
import { readiness } from '../ladder/readiness.js';
import { percent, plural } from '../ladder/words.js';

// What the check-in screens (compare, agree) say in words, whatever their format.

/** Who answered a side, and as what: "Alice Martin (self)", "Bob Lee (manager)". */
export function sideLabel(a: Assessment): string {
  return `${a.assessor?.name ?? 'unnamed'} (${a.role})`;
}

/** A side's answer in words: "Met", "—" when it has no answer. */
export const answerWords = (side: SideAnswer | null): string =>
  side?.status ? STATUS_LABEL[side.status] : '—';

/** "2 steps apart", "1 step apart", "answered on one side only". */
export function gapWords(item: ComparedItem): string {
  if (item.gap === null) return 'answered on one side only';
  return item.gap === 0 ? 'agreed' : `${plural(item.gap, 'step')} apart`;
}

/** The overall readiness of a side, or a dash when nothing counts. */
export function overallWords(a: Assessment): string {
  const overall = readiness(a).overall;
  return overall === null ? '—' : percent(overall);
}

/** "1 disagreement, 2 agreements, 1 answered by Alice Martin (self) only". */
export function summaryWords(s: ComparisonSummary, left: Assessment, right: Assessment): string {
  const parts = [
    plural(s.disagree, 'disagreement'),
    plural(s.agree, 'agreement'),
    s.onlyLeft ? `${s.onlyLeft} answered by ${sideLabel(left)} only` : '',
    s.onlyRight ? `${s.onlyRight} answered by ${sideLabel(right)} only` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** Which items a screen lists, in their groups; agreements only with `all`. */
export function groups(items: ComparedItem[], all: boolean) {
  return {
    disagreements: items.filter((i) => i.gap !== null && i.gap > 0),
    agreements: all ? items.filter((i) => i.gap === 0) : [],
    folded: all ? 0 : items.filter((i) => i.gap === 0).length,
    oneSided: items.filter((i) => i.gap === null),
  };
}

/** "unfinished: 2 of 3 answered", for a side shown as it is. */
export function unfinishedWords(a: Assessment): string | undefined {
  if (a.complete) return undefined;
  return `unfinished: ${a.items.filter((i) => i.status !== null).length} of ${a.items.length} answered`;
}
