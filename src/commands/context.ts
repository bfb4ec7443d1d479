import type { Prompter } from '../assess/prompter.js';
import type { Talk } from '../io/talk.js';
import { UsageError } from '../errors.js';
import { myName } from '../io/identity.js';
import { openLadder, shippedEntry } from '../io/ladder-dir.js';
import { openStore, type Store } from '../io/store-location.js';
import type { Ladder } from '../ladder/types.js';
import type { Style } from '../render/style.js';

/** What a command is run with: no command reads process globals itself. */
export interface ContextFields {
  ladderDir: string;
  /** The package's own folder: the shipped ladder and its JSON Schemas. */
  packageDir: string;
  style: Style;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The time now: LADDER_NOW when set, so that examples and tests read the same each run. */
  now: () => Date;
  /** Whether stdin is a terminal that prompts can read. */
  interactive: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where prompts and a conversation's words go: stdout, as `style` draws it, when absent. */
  talk?: Talk;
}

/**
 * What every command is handed: the fields above, and what commands need, opened on first use
 * (as gh's Factory hands them out) so that no command opens them by hand.
 */
export interface CommandContext extends ContextFields {
  /** The ladder of `ladderDir`, checked (from the cache when its files have not changed). */
  ladder(): Promise<Ladder>;
  /** The store a command's `--store` names, else LADDER_STORE, else the default one. */
  store(options: { store?: string }): Store;
  /** Who "me" is: `--as`, else LADDER_USER, else git's user.name, else the login name. */
  me(options: { as?: string }): () => string;
  /** Where a conversation talks: on stdout in a terminal, else on a terminal's stderr. */
  conversation(): Talk;
  /** The prompts a conversation asks through: the terminal's, loaded on first use. */
  prompter(): Promise<Prompter>;
  /** A yes-or-no question through the prompter, or none without a terminal to ask in. */
  confirmer(): ((message: string) => Promise<boolean>) | undefined;
}

/** A context over its fields, handing out what commands need. */
export function createContext(fields: ContextFields): CommandContext {
  // The fields as they are: a getter among them (`interactive`) is asked only when read.
  const context = Object.defineProperties({}, Object.getOwnPropertyDescriptors(fields));
  const accessors: ThisType<CommandContext> & Omit<CommandContext, keyof ContextFields> = {
    // Methods, not captured values: a copy with another ladderDir or env opens its own.
    ladder() {
      return openLadder(this.ladderDir, this.env, { shipped: shippedEntry(this.packageDir) });
    },
    store(options) {
      return openStore(options.store, this.env);
    },
    me(options) {
      return myName(options.as, this.env, this.cwd);
    },
    conversation() {
      return this.talk ?? { style: this.style, say: this.out };
    },
    async prompter() {
      const { terminalPrompter } = await import('../assess/terminal-prompter.js');
      const { style, output } = this.conversation();
      return terminalPrompter(style, output);
    },
    confirmer() {
      return this.interactive
        ? async (message) => (await this.prompter()).confirm(message, true)
        : undefined;
    },
  };
  return Object.assign(context as ContextFields, accessors);
}

/** --json prints JSON and nothing else, so it cannot take a --format as well. */
export function rejectJsonWithFormat(options: { json?: boolean; format: string }): void {
  if (options.json && options.format !== 'text')
    throw new UsageError('--json and --format cannot be used together');
}
