import type { Style } from '../render/style.js';
import { outputInfo } from './output.js';
import { detectStyle } from './terminal.js';

/** Where a conversation's prompts and words go, and how they are drawn there. */
export interface Talk {
  style: Style;
  say: (text: string) => void;
  /** The stream inquirer draws on; its own default (stdout) when absent. */
  output?: NodeJS.WritableStream;
}

/**
 * A conversation talks on stdout in a terminal. With stdout sent to a file or a pipe and stderr
 * still a terminal, it talks on stderr, styled and wrapped for it, and leaves stdout to the
 * result, as git and fzf do.
 */
export function talkChannel(
  stdout: { isTTY?: boolean; style: Style; write: (text: string) => void },
  stderr: { write: (text: string) => void; stream: () => NodeJS.WritableStream },
  env: Record<string, string | undefined>,
  colorFlag: boolean,
): Talk {
  if (stdout.isTTY) return { style: stdout.style, say: stdout.write };
  const info = outputInfo(2);
  if (!info.isTTY) return { style: stdout.style, say: stdout.write };
  return { style: detectStyle(info, env, colorFlag), say: stderr.write, output: stderr.stream() };
}
