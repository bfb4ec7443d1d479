import { Chalk } from 'chalk';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/write-file.js';
import { sanitizeLine } from '../render/sanitize.js';
import type { Style } from '../render/style.js';
import type { CommandContext } from './context.js';

// The commands that make a document (report, packet, team) print it, or write it with --out.

export interface DocumentOptions<F extends string> {
  format: F;
  json?: boolean;
  out?: string;
  force?: boolean;
}

/** Where a document goes and in what form: --json is --format json; --out '' is refused. */
export function documentTarget<F extends string>(
  options: DocumentOptions<F>,
  ctx: CommandContext,
): { format: F | 'json'; style: Style; write: (text: string) => void } {
  if (options.json && options.format !== 'text' && options.format !== 'json')
    throw new UsageError('--json and --format cannot be used together');
  if (options.out !== undefined && options.out.trim() === '')
    throw new UsageError('--out needs a file (or - for stdout)');
  const file = options.out !== undefined && options.out !== '-' ? options.out : undefined;
  return {
    format: options.json ? 'json' : options.format,
    // A file gets no color, and lines as wide as a terminal usually is.
    style: file
      ? { ...ctx.style, color: new Chalk({ level: 0 }), width: 100, hyperlinks: false }
      : ctx.style,
    write: (text) => {
      if (file === undefined) return ctx.out(text);
      writeFileAtomic(file, text, { force: Boolean(options.force), mode: 0o600 });
      ctx.err(`Wrote ${sanitizeLine(file)}\n`);
    },
  };
}
