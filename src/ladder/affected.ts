import type { AssessedItem, StoredAssessment } from './assessment.js';
import type { Change } from './level-diff.js';
import { backs, type EvidenceItem, type StoredEvidence } from './evidence.js';
import type { LadderDiff, LevelChange } from './ladder-diff.js';
import type { Item } from './types.js';

// Whom a change to the ladder touches: the saved assessments (outcomes among them) whose items
// it rewords, removes or adds to, and the evidence it leaves without an item.

export interface AffectedAssessment {
  stored: StoredAssessment;
  /** The level's change, by which the items below are known. */
  level: LevelChange;
  /** Answered items whose wording changed, with the new wording. */
  reworded: { item: AssessedItem; now: string }[];
  /** Answered items the new version no longer has. */
  removed: AssessedItem[];
  /** Items the new version adds to the sections the assessment covers. */
  added: string[];
}

export interface AffectedEvidence {
  stored: StoredEvidence;
  /** The items it backed that the new version no longer has as they were recorded. */
  items: EvidenceItem[];
}

const matches = (answered: AssessedItem, item: Item | undefined) =>
  item !== undefined &&
  (answered.id !== undefined && item.id !== undefined
    ? answered.id === item.id
    : answered.text === item.text);

/** The level change an assessment or entry of a level id is about. */
const changeOf = (diff: LadderDiff, levelId: string) =>
  diff.levels.find((l) => l.from?.id === levelId);

/** The changes of a level, in the sections given. */
const changesIn = (level: LevelChange, sections: Set<string>): Change[] =>
  (level.diff?.sections ?? []).filter((d) => sections.has(d.section.id)).flatMap((d) => d.changes);

/** Each saved assessment whose answered items the change rewords or removes, or adds to. */
export function affectedAssessments(
  diff: LadderDiff,
  stored: StoredAssessment[],
): AffectedAssessment[] {
  return latestOfEach(stored).flatMap((s) => {
    const level = changeOf(diff, s.assessment.level.id);
    if (!level) return [];
    const sections = new Set(s.assessment.items.map((i) => i.section));
    const changes = changesIn(level, sections);
    const answered = s.assessment.items.filter((i) => i.status !== null);
    const hit = (type: Change['type']) =>
      changes.filter((c) => c.type === type && c.from !== undefined);
    const reworded = answered.flatMap((item) => {
      const change = hit('reworded').find((c) => matches(item, c.from));
      return change ? [{ item, now: change.to!.text }] : [];
    });
    const removed = answered.filter((item) => hit('removed').some((c) => matches(item, c.from)));
    const added = changes.filter((c) => c.type === 'added').map((c) => c.to!.text);
    if (!reworded.length && !removed.length && !added.length) return [];
    return [{ stored: s, level, reworded, removed, added }];
  });
}

/**
 * Each person's latest assessment of a level in each role, oldest first: one a newer one of the
 * same kind supersedes is not to be re-checked.
 */
function latestOfEach(stored: StoredAssessment[]): StoredAssessment[] {
  const latest = new Map<string, StoredAssessment>();
  const startedAt = (s: StoredAssessment) => s.assessment.startedAt;
  for (const s of stored) {
    const { subject, role, level } = s.assessment;
    const key = JSON.stringify([subject?.id ?? null, role, level.id]);
    const seen = latest.get(key);
    if (!seen || startedAt(seen) <= startedAt(s)) latest.set(key, s);
  }
  const kept = new Set(latest.values());
  return stored.filter((s) => kept.has(s));
}

/**
 * Each evidence entry with items the change takes away: removed, or reworded where the entry
 * finds its item by text alone. An item found by id keeps its evidence when reworded.
 */
export function affectedEvidence(diff: LadderDiff, entries: StoredEvidence[]): AffectedEvidence[] {
  return entries.flatMap((stored) => {
    const items = stored.entry.items.filter((recorded) => {
      const level = changeOf(diff, recorded.level);
      if (!level) return false;
      if (level.change === 'removed') return true;
      return changesIn(level, new Set([recorded.section])).some(
        (c) =>
          (c.type === 'removed' || c.type === 'reworded') &&
          c.from !== undefined &&
          backs(recorded, recorded.level, { section: recorded.section, ...c.from }) &&
          !(
            c.type === 'reworded' &&
            c.to &&
            backs(recorded, recorded.level, { section: recorded.section, ...c.to })
          ),
      );
    });
    return items.length ? [{ stored, items }] : [];
  });
}
