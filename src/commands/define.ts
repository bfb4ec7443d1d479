import type { CommandContext } from './context.js';
import type { Specs, ValuesOf } from './specs.js';

export type Run<V> = (options: V, ctx: CommandContext) => Promise<number | void>;

/** A command: what `--help`, completion, the README's reference and the parser all read. */
export interface CommandDeclaration<A extends Specs = Specs, O extends Specs = Specs> {
  /** Its name as typed: `show`, or `evidence add` for a subcommand. */
  name: string;
  description: string;
  arguments?: A;
  options?: O;
  /** The fields of its --json output, which --help and the README quote. */
  json?: string;
  /** Shown under "Examples:" in --help, each after a `$ `. */
  examples: string[];
  /** Help text after the examples. */
  notes?: string;
  /** The run file, reached only through a dynamic import(). */
  run: () => Promise<Run<ValuesOf<A> & ValuesOf<O>>>;
}

/** A command with subcommands of its own (`evidence add`, `evidence list`, …). */
export interface CommandGroup {
  name: string;
  description: string;
  examples: string[];
  notes?: string;
  commands: CommandDeclaration[];
}

export type Declaration = CommandDeclaration | CommandGroup;

export const defineCommand = <A extends Specs, O extends Specs>(
  declaration: CommandDeclaration<A, O>,
): CommandDeclaration =>
  // The options type has been checked against the run file; the registry holds any command.
  declaration as unknown as CommandDeclaration;

export const defineGroup = (group: CommandGroup): CommandGroup => group;
