import {
  validateAssessment1,
  validateAssessment2,
  validateEvidence1,
  validateEvidence2,
  type CompiledValidator,
} from './generated/validators.js';

// The compiled schemas of the store's files: loaded when a store file is read, not before the
// first question of an assessment.

const ASSESSMENT: Record<number, CompiledValidator> = {
  1: validateAssessment1,
  2: validateAssessment2,
};

/** The formats of assessment file there is a schema for. */
export const knowsAssessmentFormat = (format: number): boolean => format in ASSESSMENT;

/** What a validator found wrong, in words, from the first thing ("items/2/status: …"). */
function firstProblem(
  validator: CompiledValidator,
  value: unknown,
  what: string,
): string | undefined {
  if (validator(value)) return undefined;
  const error = validator.errors?.[0];
  if (!error) return `not ${what}`;
  const where = error.instancePath.replace(/^\//, '') || 'the file';
  return `${where}: ${error.message ?? 'is invalid'}`;
}

/** What is wrong with an assessment of a format this version knows; undefined when nothing is. */
export const assessmentProblem = (format: number, value: unknown): string | undefined =>
  firstProblem(ASSESSMENT[format]!, value, 'an assessment');

/** What is wrong with an evidence entry (format 1, or 2 with its source); undefined when nothing is. */
export const evidenceProblem = (value: unknown): string | undefined =>
  firstProblem(
    (value as { format?: unknown } | null)?.format === 2 ? validateEvidence2 : validateEvidence1,
    value,
    'an evidence entry',
  );
