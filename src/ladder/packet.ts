import {
  assessableSections,
  compareWithLadder,
  itemsFor,
  type Action,
  type AnswerStatus,
  type Assessment,
  type AssessedItem,
  type StoredAssessment,
} from './assessment.js';
import { diffLevels, type LevelDiff } from './level-diff.js';
import { evidenceFor, type StoredEvidence } from './evidence.js';
import type { Person } from './people.js';
import { readiness, type Readiness } from './readiness.js';
import { previousAllOf } from './tree.js';
import type { Ladder, Level, SectionDef } from './types.js';
import { compareYears, proseOf, yearsWord } from './years.js';

// A promotion packet: the case for a level, from the assessments, evidence and check-ins kept
// about a person. Only finished assessments count.

/** Which assessments the packet stands on, and so what its readiness figures are. */
export type PacketBasis =
  'agreed' | 'self and manager' | 'self and peer' | 'self' | 'manager' | 'peer' | 'none';

/** One source's answer to a checkpoint. */
export interface PacketAnswer {
  role: Assessment['role'];
  assessor: Person | null;
  status: AnswerStatus | null;
  note: string;
}

export interface PacketItem {
  section: string;
  id?: string;
  position: number;
  text: string;
  /** The basis's answers, in its order: the agreed one, or self then manager, or the one. */
  answers: PacketAnswer[];
  evidence: StoredEvidence[];
  /** What a check-in agreed to do about it. */
  action?: Action;
}

export interface PacketSource {
  path: string;
  assessment: Assessment;
  readiness: Readiness;
}

export interface Packet {
  /** The day it was prepared, by ladder's clock: what "overdue" is measured against. */
  today: string;
  subject: Person;
  target: Level;
  /** The level the target follows that the person was last assessed at (else the first). */
  current: Level | undefined;
  years: string | null;
  basis: PacketBasis;
  sources: PacketSource[];
  sections: { section: SectionDef; items: PacketItem[] }[];
  /** The level has no checkpoints yet: `sections` are the expectations it was assessed on. */
  expectations: boolean;
  /** Items some source answered Partly or Not yet, and items the basis did not assess. */
  gaps: PacketItem[];
  /** How the level's items changed since the basis was answered: "1 added", "2 reworded". */
  ladderChanged: string[];
  /** Assessments of the level about the person started since the basis, not counted in it. */
  newer: { path: string; role: Assessment['role']; startedAt: string; complete: boolean }[];
  /** What changes from the current level to the target; undefined at the first level. */
  changes: LevelDiff | undefined;
}

const sameItem = (a: Pick<AssessedItem, 'section' | 'id' | 'text'>, b: AssessedItem) =>
  a.section === b.section &&
  (a.id !== undefined && b.id !== undefined ? a.id === b.id : a.text === b.text);

/**
 * The assessments a packet stands on: the latest finished agreed outcome; else the latest
 * finished self-assessment beside the latest by a manager (or peer); else whichever one exists.
 */
function pickBasis(assessments: StoredAssessment[]): {
  basis: PacketBasis;
  chosen: StoredAssessment[];
} {
  const finished = assessments.filter((s) => s.assessment.complete);
  const latest = (role: Assessment['role']) =>
    finished.filter((s) => s.assessment.role === role).at(-1);
  const agreed = latest('agreed');
  if (agreed) return { basis: 'agreed', chosen: [agreed] };
  const self = latest('self');
  const other = latest('manager') ?? latest('peer');
  if (self && other)
    return {
      basis: other.assessment.role === 'manager' ? 'self and manager' : 'self and peer',
      chosen: [self, other],
    };
  const only = self ?? other;
  if (only) return { basis: only.assessment.role as PacketBasis, chosen: [only] };
  return { basis: 'none', chosen: [] };
}

/**
 * Where the person is now: of the levels the target follows, the one their latest finished
 * assessment is of, else the first.
 */
function currentLevel(ladder: Ladder, target: Level, assessments: StoredAssessment[]) {
  const before = previousAllOf(ladder, target);
  const latest = assessments
    .filter((s) => s.assessment.complete && before.some((l) => l.id === s.assessment.level.id))
    .sort((a, b) => a.assessment.updatedAt.localeCompare(b.assessment.updatedAt))
    .at(-1);
  return before.find((l) => l.id === latest?.assessment.level.id) ?? before[0];
}

/** How the level's items changed since each source was answered, counted over the sources. */
function changedSince(chosen: StoredAssessment[], target: Level, ladder: Ladder): string[] {
  const counts = { reworded: 0, removed: 0, added: 0 };
  for (const { assessment } of chosen) {
    const sections = ladder.sections.filter((s) =>
      assessment.items.some((i) => i.section === s.id),
    );
    const c = compareWithLadder(assessment.items, itemsFor(target, sections));
    counts.reworded = Math.max(counts.reworded, c.edited.length);
    counts.removed = Math.max(counts.removed, c.gone.length);
    counts.added = Math.max(counts.added, c.added.length);
  }
  return Object.entries(counts).flatMap(([what, n]) => (n ? [`${n} ${what}`] : []));
}

/** One item of the target level, with the basis's answers, its evidence and its action. */
function packetItem(
  item: AssessedItem,
  chosen: StoredAssessment[],
  evidence: StoredEvidence[],
  target: Level,
  include: { notes: boolean; evidence: boolean },
): PacketItem {
  const answers = chosen.flatMap(({ assessment: a }) => {
    const found = a.items.find((i) => sameItem(item, i));
    const note = include.notes ? (found?.note ?? '') : '';
    return found ? [{ role: a.role, assessor: a.assessor, status: found.status, note }] : [];
  });
  const outcome = chosen.find((s) => s.assessment.role === 'agreed')?.assessment;
  const index = outcome?.items.findIndex((i) => sameItem(item, i)) ?? -1;
  const action = outcome?.actions?.filter((a) => a.item === index).at(-1);
  return {
    section: item.section,
    ...(item.id !== undefined ? { id: item.id } : {}),
    position: item.position,
    text: item.text,
    answers,
    evidence: include.evidence ? evidenceFor(evidence, target.id, item) : [],
    ...(action ? { action } : {}),
  };
}

/**
 * With nothing assessed there is nothing to call a gap; once there is, an item answered Partly
 * or Not yet is one, and so is an item the basis did not assess (one the ladder added since).
 */
const gapsOf = (chosen: StoredAssessment[], items: PacketItem[]): PacketItem[] =>
  chosen.length
    ? items.filter(
        (i) =>
          i.answers.every((a) => a.status === null) ||
          i.answers.some((a) => a.status === 'partly' || a.status === 'not-yet'),
      )
    : [];

/** Years of experience, against the level's guideline where it gives one. */
function yearsOf(chosen: StoredAssessment[], ofLevel: StoredAssessment[], target: Level) {
  // An agreed outcome records no years: the sides it settles, or the latest that gave them, do.
  const years = [...chosen, ...[...ofLevel].reverse()].find((s) => s.assessment.years !== null)
    ?.assessment.years;
  const guideline = proseOf(target.sections.years);
  if (years === undefined || years === null) return null;
  return guideline
    ? compareYears(years, guideline)
    : `${yearsWord(years)}; ${target.title} gives no guideline.`;
}

/** The assessments of the level started after the basis was last answered: not counted. */
function newerThan(chosen: StoredAssessment[], ofLevel: StoredAssessment[]): Packet['newer'] {
  const basisTime = chosen
    .map((s) => s.assessment.updatedAt)
    .sort()
    .at(-1);
  if (basisTime === undefined) return [];
  return ofLevel
    .filter((s) => !chosen.includes(s) && s.assessment.startedAt > basisTime)
    .map(({ path, assessment: a }) => ({
      path,
      role: a.role,
      startedAt: a.startedAt,
      complete: a.complete,
    }));
}

/**
 * A packet for a level, from the assessments of it about the person (any order) and the
 * evidence recorded about them. Without `notes` or `evidence`, those are left out.
 */
export function buildPacket(
  ladder: Ladder,
  target: Level,
  subject: Person,
  assessments: StoredAssessment[],
  evidence: StoredEvidence[],
  include: { notes: boolean; evidence: boolean },
  today: string,
): Packet {
  const ofLevel = assessments.filter((s) => s.assessment.level.id === target.id);
  const { basis, chosen } = pickBasis(ofLevel);
  const { assessed, fallback } = assessableSections(ladder, target);
  // A level without checkpoints yet is shown against the expectations its assessments used.
  const answeredSections = new Set(chosen.flatMap((s) => s.assessment.items.map((i) => i.section)));
  const sectionDefs = assessed.length
    ? assessed
    : fallback.filter((s) => answeredSections.has(s.id));
  const sections = sectionDefs.map((section) => ({
    section,
    items: itemsFor(target, [section]).map((item) =>
      packetItem(item, chosen, evidence, target, include),
    ),
  }));
  const current = currentLevel(ladder, target, assessments);
  return {
    today,
    subject,
    target,
    current,
    years: yearsOf(chosen, ofLevel, target),
    basis,
    sources: chosen.map((s) => ({ ...s, readiness: readiness(s.assessment) })),
    sections,
    expectations: !assessed.length,
    gaps: gapsOf(
      chosen,
      sections.flatMap((s) => s.items),
    ),
    ladderChanged: changedSince(chosen, target, ladder),
    newer: newerThan(chosen, ofLevel),
    changes: current ? diffLevels(current, target, ladder.sections) : undefined,
  };
}
