import type { Command } from 'commander';
import type { Declaration } from './define.js';

// A declaration, told to commander.

/** Runs a command with its options, the positional arguments among them by name. */
export type Runner = (
  name: string,
  options: Record<string, unknown>,
  command: Command,
) => Promise<void>;

export const example = (lines: string[]) =>
  `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** One command of the registry, told to commander: its arguments, options, help and action. */
export function declare(parent: Command, declaration: Declaration, run: Runner): void {
  const command = parent
    .command(declaration.name.split(' ').at(-1)!)
    .description(declaration.description);
  if (declaration.examples.length)
    command.addHelpText(
      'after',
      `${example(declaration.examples)}${declaration.notes ? `\n${declaration.notes}` : ''}`,
    );
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
