import { UsageError } from '../errors.js';
import type { Style } from '../render/style.js';

/** What every command is handed by the CLI: no command reads process globals itself. */
export interface CommandContext {
  ladderDir: string;
  style: Style;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The time now: LADDER_NOW when set, so that examples and tests read the same each run. */
  now: () => Date;
  /** Whether stdin is a terminal that prompts can read. */
  interactive: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** --section may be repeated and may hold a comma-separated list. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

/** --json prints JSON and nothing else, so it cannot take a --format as well. */
export function rejectJsonWithFormat(options: { json?: boolean; format: string }): void {
  if (options.json && options.format !== 'text')
    throw new UsageError('--json and --format cannot be used together');
}
