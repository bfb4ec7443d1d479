import type { Command } from 'commander';
import { outputInfo } from '../io/output.js';
import { outputWidth } from '../io/terminal.js';
import { helpExamples, helpItem, helpNotes, helpWrap } from '../render/help-text.js';
import { sanitize } from '../render/sanitize.js';
import type { Declaration } from './define.js';

// A declaration, told to commander.

/** Runs a command with its options, the positional arguments among them by name. */
export type Runner = (
  name: string,
  options: Record<string, unknown>,
  command: Command,
) => Promise<void>;

/**
 * commander's own error, sanitised (it echoes what was typed, escapes and all), with its
 * suggestion as a hint line like every other: `hint: did you mean show?`.
 */
const commanderError = (text: string): string =>
  sanitize(text).replace(/\n\(Did you mean (.+)\?\)/, '\nhint: did you mean $1?');

/**
 * How the program talks: help and errors go out the way everything else does (a failed write
 * fails the run), help is fitted to the terminal, and a mistake throws rather than exits.
 */
export function tellCommander(
  program: Command,
  out: (text: string) => void,
  err: (text: string) => void,
): void {
  program
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: out,
      writeErr: (text) => err(commanderError(text)),
      getOutHelpWidth: () => outputWidth(outputInfo(), process.env),
      getErrHelpWidth: () => outputWidth(outputInfo(2), process.env),
    })
    .configureHelp({
      formatItem: (term, termWidth, description, helper) =>
        helpItem(term, termWidth, description, helper.helpWidth ?? 80),
      boxWrap: helpWrap,
      // The usage line hangs under "Usage: " where it does not fit.
      styleUsage(this: { helpWidth?: number }, usage: string) {
        return helpWrap(usage, (this.helpWidth ?? 80) - 'Usage: '.length).replace(
          /\n/g,
          '\n       ',
        );
      },
    })
    .exitOverride();
}

/** The width `--help` is written at: what the program's output was configured with. */
const helpWidth = (command: Command): number => command.configureOutput().getOutHelpWidth?.() ?? 80;

/** A command's examples (and notes) after its help, fitted to the width it is shown at. */
export function addExamples(command: Command, examples: string[], notes?: string): void {
  command.addHelpText('after', () => {
    const width = helpWidth(command);
    return `${helpExamples(examples, width)}${notes ? `\n${helpNotes(notes, width)}` : ''}`;
  });
}

/** One command of the registry, told to commander: its arguments, options, help and action. */
export function declare(parent: Command, declaration: Declaration, run: Runner): void {
  const command = parent
    .command(declaration.name.split(' ').at(-1)!)
    .description(declaration.description);
  if (declaration.examples.length) addExamples(command, declaration.examples, declaration.notes);
  if ('commands' in declaration) {
    for (const sub of declaration.commands) declare(command, sub, run);
    return;
  }
  const positional = Object.entries(declaration.arguments ?? {});
  for (const [, spec] of positional) command.addArgument(spec.argument!());
  for (const spec of Object.values(declaration.options ?? {}))
    for (const option of spec.options!()) command.addOption(option);
  command.action((...args: unknown[]) => {
    const named = Object.fromEntries(positional.map(([key], i) => [key, args[i]]));
    return run(declaration.name, { ...named, ...command.opts() }, command);
  });
}
