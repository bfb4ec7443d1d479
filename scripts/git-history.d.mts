// The types of git-history.mjs, for the tests that import it.
export interface Step {
  files?: string[];
  subject: string;
  body?: string;
  branch?: string;
  merge?: string;
  author?: string;
}
export function makeRepo(steps: Step[], dir: string, start?: string): string;
export const EXAMPLE: Step[];
