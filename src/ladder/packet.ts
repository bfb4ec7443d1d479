import {
  assessableSections,
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
import { compareYears, proseOf } from './years.js';

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
  /** Items some source answered Partly or Not yet, with their actions. */
  gaps: PacketItem[];
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
  include: { notes: boolean; evidence: boolean } = { notes: true, evidence: true },
): Packet {
  const { basis, chosen } = pickBasis(
    assessments.filter((s) => s.assessment.level.id === target.id),
  );
  const sources = chosen.map((s) => ({ ...s, readiness: readiness(s.assessment) }));
  const { assessed, fallback } = assessableSections(ladder, target);
  // A level without checkpoints yet is shown against the expectations its assessments used.
  const answeredSections = new Set(chosen.flatMap((s) => s.assessment.items.map((i) => i.section)));
  const sectionDefs = assessed.length
    ? assessed
    : fallback.filter((s) => answeredSections.has(s.id));
  const outcome = chosen.find((s) => s.assessment.role === 'agreed')?.assessment;
  const sections = sectionDefs.map((section) => ({
    section,
    items: itemsFor(target, [section]).map((item): PacketItem => {
      const answers = chosen.flatMap(({ assessment: a }) => {
        const found = a.items.find((i) => sameItem(item, i));
        return found
          ? [
              {
                role: a.role,
                assessor: a.assessor,
                status: found.status,
                note: include.notes ? found.note : '',
              },
            ]
          : [];
      });
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
    }),
  }));
  const gaps = sections
    .flatMap((s) => s.items)
    .filter((i) => i.answers.some((a) => a.status === 'partly' || a.status === 'not-yet'));
  const years = chosen.find((s) => s.assessment.years !== null)?.assessment.years;
  const guideline = proseOf(target.sections.years);
  const current = currentLevel(ladder, target, assessments);
  return {
    subject,
    target,
    current,
    years:
      years !== undefined && years !== null && guideline ? compareYears(years, guideline) : null,
    basis,
    sources,
    sections,
    expectations: !assessed.length,
    gaps,
    changes: current ? diffLevels(current, target, ladder.sections) : undefined,
  };
}
