import type { AnswerStatus, Assessment, AssessedItem } from './assessment.js';

export interface SectionReadiness {
  id: string;
  met: number;
  partly: number;
  notYet: number;
  na: number;
  /** Items not answered yet. */
  open: number;
  total: number;
  /** Met counts 1, Partly ½, Not applicable is left out; null when nothing counts. */
  score: number | null;
}

export interface Readiness {
  overall: number | null;
  sections: SectionReadiness[];
}

function tally(id: string, items: AssessedItem[]): SectionReadiness {
  const count = (status: AnswerStatus | null) => items.filter((i) => i.status === status).length;
  const [met, partly, notYet, na, open] = [
    count('met'),
    count('partly'),
    count('not-yet'),
    count('na'),
    count(null),
  ];
  const counted = met + partly + notYet;
  return {
    id,
    met,
    partly,
    notYet,
    na,
    open,
    total: items.length,
    score: counted ? (met + partly / 2) / counted : null,
  };
}

/** Readiness per section and overall, from the answered items only. */
export function readiness(assessment: Assessment): Readiness {
  const ids = [...new Set(assessment.items.map((i) => i.section))];
  const sections = ids.map((id) =>
    tally(
      id,
      assessment.items.filter((i) => i.section === id),
    ),
  );
  return { overall: tally('overall', assessment.items).score, sections };
}
