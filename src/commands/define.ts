import type { Argument, Option } from 'commander';
import type { CommandContext } from './context.js';

/**
 * An option or argument of a command, declared once: what commander is told, and (only as a
 * type) the value the command receives.
 */
export interface Spec<T> {
  /** The commander options it is made of: one, or a flag and its --no- form. */
  readonly options?: () => Option[];
  readonly argument?: () => Argument;
  /** What the command receives: the value after parsing, never read at run time. */
  readonly value?: T;
}

export type Specs = Record<string, Spec<unknown>>;

type ValueOf<S> = S extends Spec<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S> = { [K in keyof S]: undefined extends ValueOf<S[K]> ? K : never }[keyof S];

/** The values of a set of specs: those that may be left out are optional properties. */
export type ValuesOf<S> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: ValueOf<S[K]> } & {
    [K in OptionalKeys<S>]?: ValueOf<S[K]>;
  }
>;

/** What a command without positional arguments has of them. */
export type NoArguments = Record<never, never>;

/** The options a declaration's command receives. */

export type OptionsOf<A extends Specs, O extends Specs = NoArguments> = ValuesOf<A> & ValuesOf<O>;

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
