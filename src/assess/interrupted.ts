import { ExitCode, PromptInterrupted, UserError } from '../errors.js';

/**
 * The one place where a conversation's Ctrl-C becomes what the user is told: `said` gives the
 * message (and a hint) from what is known when it came, such as what is saved so far.
 */
export async function whenInterrupted<T>(
  ask: () => Promise<T>,
  said: () => string | { message: string; hint?: string },
): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    const told = said();
    const { message, hint } = typeof told === 'string' ? { message: told, hint: undefined } : told;
    throw new UserError(`interrupted; ${message}`, ExitCode.interrupted, hint);
  }
}
