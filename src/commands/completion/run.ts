import { script } from '@bomb.sh/tab';
import type { CommandContext } from '../context.js';
import type { CompletionOptions } from './options.js';

// Tab completion, through @bomb.sh/tab: it writes the bash, zsh and fish scripts; request.ts
// answers the requests they make.

/**
 * `ladder completion <shell>`: the script that makes the shell ask ladder on every Tab. The
 * library prints it with console.log, so it is taken from there and written as all output is.
 * Its zsh script escapes a colon in a candidate with one backslash where zsh needs two, so that
 * `director:external-talks` offered `director`: that one line is mended here.
 */
export async function completion(options: CompletionOptions, ctx: CommandContext): Promise<void> {
  const text = printed(() => script(options.shell, 'ladder', 'ladder'));
  ctx.out(text.replace('comp=${comp//:/\\:}', 'comp=${comp//:/\\\\:}'));
}

/**
 * What the library prints with console.log, taken instead of printed: ladder writes its output
 * itself (console.log would create the stdout stream, which costs a Tab most of its time).
 */
export function printed(run: () => void): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (text: string) => void lines.push(text);
  try {
    run();
  } finally {
    console.log = log;
  }
  return lines.map((l) => `${l}\n`).join('');
}
