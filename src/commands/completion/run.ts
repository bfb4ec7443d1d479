import { join } from 'node:path';
import { script } from '@bomb.sh/tab';
import { readRegularFile } from '../../io/read-file.js';
import { MAX_FILE_BYTES } from '../../ladder/raw-file.js';
import { decodeUtf8 } from '../../ladder/text-file.js';
import type { CommandContext } from '../context.js';
import type { CompletionOptions } from './options.js';

// Tab completion. The bash and zsh scripts are ladder's own (completion/ in the package): the
// library's builds a string from the command line and evals it, and hands candidates to
// compgen -W, which expands $(…) in them. Its fish script passes words as words and lets fish
// quote what it inserts, and is used as it is. request.ts answers the requests all three make.

/** `ladder completion <shell>`: the script that makes the shell ask ladder on every Tab. */
export async function completion(options: CompletionOptions, ctx: CommandContext): Promise<void> {
  if (options.shell === 'fish') {
    ctx.out(printed(() => script('fish', 'ladder', 'ladder')));
    return;
  }
  const file = join(ctx.packageDir, 'completion', `ladder.${options.shell}`);
  ctx.out(decodeUtf8(file, readRegularFile(file, MAX_FILE_BYTES)));
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
