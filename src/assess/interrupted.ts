import { PromptInterrupted, Stopped } from '../errors.js';

/**
 * The one place where a conversation's Ctrl-C becomes what the user is told: `said` gives the
 * message (and a hint) from what is known when it came, such as what is saved so far.
 */
export async function whenInterrupted<T>(
  ask: () => Promise<T>,
  said: () => string | { message: string; path?: string; next?: string },
): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    const told = said();
    const { message, path, next } = typeof told === 'string' ? { message: told } : told;
    throw new Stopped(message, path, next);
  }
}
