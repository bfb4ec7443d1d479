import type { Talk } from '../io/talk.js';
import type { Assessment } from '../ladder/assessment.js';
import { renderAssessment } from '../render/assessment-text.js';
import { sanitizeLine } from '../render/sanitize.js';
import { wrap } from '../render/wrap.js';
import type { CommandContext } from './context.js';

/** Where a session (assess, agree) says what it does, and where it shows what it saved. */
export interface SessionOutput {
  talk: Talk;
  /** A line wrapped to where the session talks. */
  line: (text: string, first?: string) => string;
  /** The summary of what was saved, and where; after prompts, apart from them. */
  saved: (path: string, assessment: Assessment, afterPrompts?: boolean) => void;
}

const lineIn =
  (width: number) =>
  (text: string, first = '') =>
    wrap(sanitizeLine(text), { width, first });

/**
 * A session in a terminal talks where its prompts go (stderr, when stdout is a file); what it
 * saved is its result, on stdout. From a file, both are stdout.
 */
export function sessionOutput(
  ctx: CommandContext,
  fromFile: boolean,
  titleOf: (id: string) => string,
): SessionOutput {
  const { style } = ctx;
  const talk = fromFile ? { style, say: ctx.out } : ctx.conversation();
  const outLine = lineIn(style.width);
  return {
    talk,
    line: lineIn(talk.style.width),
    saved: (path, assessment, afterPrompts = true) => {
      if (afterPrompts) talk.say('\n');
      ctx.out(
        `${renderAssessment(assessment, titleOf, style)}\n${outLine('Saved to')}\n${outLine(path, '  ')}\n`,
      );
    },
  };
}
