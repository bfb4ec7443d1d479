import {
  validateAssessment1,
  validateAssessment2,
  type CompiledValidator,
} from '../ladder/generated/validators.js';

// The compiled schemas of the store's files: loaded when a store file is read, not before the
// first question of an assessment.

const ASSESSMENT: Record<number, CompiledValidator> = {
  1: validateAssessment1,
  2: validateAssessment2,
};

/** The formats of assessment file there is a schema for. */
export const knowsAssessmentFormat = (format: number): boolean => format in ASSESSMENT;

/**
 * What is wrong with an assessment of a format this version knows, in words, from the first thing
 * its schema found ("items/2/status: must be equal to …"); undefined when nothing is.
 */
export function assessmentProblem(format: number, value: unknown): string | undefined {
  const validator = ASSESSMENT[format]!;
  if (validator(value)) return undefined;
  const error = validator.errors?.[0];
  if (!error) return 'not an assessment';
  const where = error.instancePath.replace(/^\//, '') || 'the file';
  return `${where}: ${error.message ?? 'is invalid'}`;
}
