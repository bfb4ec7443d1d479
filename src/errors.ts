/** Exit codes users and scripts rely on. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** `ladder changes --exit-code`: a failure, told apart from "changed" (1). */
  broken: 3,
  interrupted: 130,
} as const;

/**
 * An expected failure: bad input, bad data, a missing file. The top of the CLI prints its
 * message (and hint) as one or two lines and exits with its code; anything else is a bug.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.failure,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
    this.name = 'UsageError';
  }
}

/** A problem found in a file the user gave (a ladder file, answers), at a 1-based line and column. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** Problems in a file the user gave: the first as file:line:col, and a hint. Exit code 1. */
export class ProblemsError extends UserError {
  constructor(
    readonly problems: Problem[],
    hint: string,
  ) {
    const first = problems[0]!;
    super(`${first.file}:${first.line}:${first.col}: ${first.message}`, ExitCode.failure, hint);
  }
}

/**
 * A conversation the user stopped (Ctrl-C): not a failure, so it is told as what is saved and
 * how to go on, with the path and the command each on a line of its own. Exit code 130.
 */
export class Stopped extends UserError {
  constructor(
    readonly said: string,
    readonly path?: string,
    readonly next?: string,
  ) {
    super(
      `interrupted; ${said}${path ? ` ${path}` : ''}`,
      ExitCode.interrupted,
      next && `continue with: ${next}`,
    );
    this.name = 'Stopped';
  }
}

/** Ctrl-C at a prompt. The prompter throws it; the command that asked turns it into exit 130. */
export class PromptInterrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'PromptInterrupted';
  }
}
