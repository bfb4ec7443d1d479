import { UsageError } from '../errors.js';
import { Argument, Option } from 'commander';
import type { Spec } from './define.js';

// Made when the command is declared to commander, which is only the command that runs.
const made = <T>(...options: (() => Option)[]): Spec<T> => ({
  options: () => options.map((make) => make()),
});

/** A flag: true when given. */
export const flag = (flags: string, description: string): Spec<boolean | undefined> =>
  made(() => new Option(flags, description));

/** An option that takes a value, as typed. */
export const text = (flags: string, description: string): Spec<string | undefined> =>
  made(() => new Option(flags, description));

/** An option every run must give. */
export const required = (flags: string, description: string): Spec<string> =>
  made(() => new Option(flags, description).makeOptionMandatory());

/** `--edit [file]`: true alone, or the value given. */
export const optionalText = (
  flags: string,
  description: string,
): Spec<string | boolean | undefined> => made(() => new Option(flags, description));

/** Repeatable, and each value may hold several separated by commas. */
export const list = (flags: string, description: string): Spec<string[] | undefined> =>
  made(() => new Option(flags, description).argParser(collect(flags, (v) => v.split(','))));

/** Repeatable, each value whole: a URL may hold a comma. */
export const repeated = (flags: string, description: string): Spec<string[] | undefined> =>
  made(() => new Option(flags, description).argParser(collect(flags, (v) => [v])));

/** One of a few words; the first is the default when `fallback` is true. */
export function choice<const C extends string>(
  flags: string,
  description: string,
  choices: readonly C[],
): Spec<C | undefined>;
export function choice<const C extends string>(
  flags: string,
  description: string,
  choices: readonly C[],
  fallback: C,
): Spec<C>;
export function choice(
  flags: string,
  description: string,
  choices: readonly string[],
  fallback?: string,
): Spec<string | undefined> {
  return made(() => {
    const option = new Option(flags, description).choices(choices);
    return fallback === undefined ? option : option.default(fallback);
  });
}

/** One of a few words, which every run must give. */
export const requiredChoice = <const C extends string>(
  flags: string,
  description: string,
  choices: readonly C[],
): Spec<C> => made(() => new Option(flags, description).choices(choices).makeOptionMandatory());

/** --format, with the first format the default. */
export const format = <const C extends string>(choices: readonly [C, ...C[]]): Spec<C> =>
  choice('--format <format>', 'output format', choices, choices[0]);

/** A number, parsed where it is typed: `parse` throws a usage error for anything else. */
export const number = (
  flags: string,
  description: string,
  parse: (value: string) => number,
  fallback: number,
): Spec<number> => made(() => new Option(flags, description).argParser(parse).default(fallback));

/** A number that may be left out. */
export const optionalNumber = (
  flags: string,
  description: string,
  parse: (value: string) => number,
): Spec<number | undefined> => made(() => new Option(flags, description).argParser(parse));

/** `--x` and `--no-x` together: undefined when neither is given, unless there is a default. */
export function negatable(
  flags: [string, string],
  descriptions: [string, string],
): Spec<boolean | undefined>;
export function negatable(
  flags: [string, string],
  descriptions: [string, string],
  fallback: boolean,
): Spec<boolean>;
export function negatable(
  flags: [string, string],
  [yes, no]: [string, string],
  fallback?: boolean,
) {
  return made(
    () =>
      fallback === undefined
        ? new Option(flags[0], yes)
        : new Option(flags[0], yes).default(fallback),
    () => new Option(flags[1], no),
  );
}

/** `--no-x` alone: true unless given. */
export const negation = (flags: string, description: string): Spec<boolean> =>
  made(() => new Option(flags, description));

/** A positional argument: `<name>` required, `[name]` optional, `name...` variadic. */
export function argument<T = string>(
  name: string,
  description: string,
  setup: (argument: Argument) => Argument = (a) => a,
): Spec<T> {
  return { argument: () => setup(new Argument(name, description)) };
}

/**
 * The values of a repeatable option, each split as `split` says: an empty one is a usage error
 * rather than an empty filter that would mean "everything".
 */
function collect(flags: string, split: (value: string) => string[]) {
  const name = flags.split(' ')[0]!;
  return (value: string, previous: string[] = []): string[] => {
    const values = split(value)
      .map((s) => s.trim())
      .filter(Boolean);
    if (values.length === 0) throw new UsageError(`${name} needs a value, not "${value}"`);
    return [...previous, ...values];
  };
}
