import { Command, Help } from 'commander';
import { format, resolveConfig } from 'prettier';
import { declare } from '../src/commands/commander.js';
import { REGISTRY } from '../src/commands/registry.js';

// The README's options reference, made from the registry the parser reads.

export const BEGIN = '<!-- options reference: generated from src/commands, `npm run readme` -->';
export const END = '<!-- end of options reference -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function section(command: Command): string[] {
  const help = new Help();
  const usage = help.commandUsage(command).replace(' [options]', '').replace(' [command]', '');
  const options = help.visibleOptions(command).filter((o) => o.long !== '--help');
  const subs = help.visibleCommands(command).filter((c) => c.name() !== 'help');
  const lines = [`#### \`${usage}\``, ''];
  for (const argument of help.visibleArguments(command))
    lines.push(`- \`${argument.name()}\`: ${cell(help.argumentDescription(argument))}`);
  if (help.visibleArguments(command).length) lines.push('');
  if (options.length) {
    lines.push('| option | what it does |', '| --- | --- |');
    for (const option of options)
      lines.push(`| \`${cell(option.flags)}\` | ${cell(help.optionDescription(option))} |`);
    lines.push('');
  }
  return [
    ...(options.length || help.visibleArguments(command).length || !subs.length ? lines : []),
    ...subs.flatMap(section),
  ];
}

/** Every command's arguments and options, as `--help` states them, laid out as prettier would. */
export async function optionsReference(readme: string): Promise<string> {
  const program = new Command('ladder');
  for (const declaration of REGISTRY) declare(program, declaration, async () => {});
  const body = program.commands.flatMap(section).join('\n');
  const options = { ...(await resolveConfig(readme)), parser: 'markdown' };
  return `${BEGIN}\n\n${await format(body, options)}\n${END}`;
}
