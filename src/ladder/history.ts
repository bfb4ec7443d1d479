import type { Assessment, AssessedItem, StoredAssessment } from './assessment.js';
import { readiness } from './readiness.js';

/** How readiness moved since the assessment before, when the two can be compared at all. */
export type Movement =
  | { kind: 'points'; since: StoredAssessment; points: number }
  | { kind: 'items-changed'; since: StoredAssessment; added: number; removed: number }
  | { kind: 'none' };

export interface HistoryEntry {
  stored: StoredAssessment;
  answered: number;
  total: number;
  readiness: number | null;
  movement: Movement;
}

const key = (i: AssessedItem) => `${i.section}\u0000${i.id ?? i.text}`;

/** Who gave the answers about whom: only assessments of one such kind are compared. */
const source = (a: Assessment) => `${a.subject?.id ?? ''}\u0000${a.role}\u0000${a.level.id}`;

/**
 * Each assessment with how readiness moved since the last complete one of the same level, by the
 * same kind of source (self, manager, agreed) about the same person. Figures are compared only
 * over the same items; when the items differ, what changed is said instead.
 */
export function historyOf(stored: StoredAssessment[]): HistoryEntry[] {
  const last = new Map<string, StoredAssessment>();
  return stored.map((s) => {
    const a = s.assessment;
    const score = readiness(a).overall;
    const previous = last.get(source(a));
    let movement: Movement = { kind: 'none' };
    if (a.complete && previous && score !== null) {
      const before = new Set(previous.assessment.items.map(key));
      const now = new Set(a.items.map(key));
      const added = [...now].filter((k) => !before.has(k)).length;
      const removed = [...before].filter((k) => !now.has(k)).length;
      const previousScore = readiness(previous.assessment).overall;
      if (added || removed) movement = { kind: 'items-changed', since: previous, added, removed };
      else if (previousScore !== null)
        movement = {
          kind: 'points',
          since: previous,
          points: Math.round((score - previousScore) * 100),
        };
    }
    if (a.complete && score !== null) last.set(source(a), s);
    return {
      stored: s,
      answered: a.items.filter((i) => i.status !== null).length,
      total: a.items.length,
      readiness: score,
      movement,
    };
  });
}
