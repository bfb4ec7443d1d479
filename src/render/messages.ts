import { sanitizeLine } from './sanitize.js';
import { textWidth } from './text-width.js';
import { wrap } from './wrap.js';

// What goes to stderr for a person: errors, warnings and hints, and what a stopped
// conversation says.

const LABEL = /^((?:error|warning|hint): )(.*)$/;

/**
 * Stderr's lines wrapped to a terminal's width: an "error:", "warning:" or "hint:" line hangs
 * under its label, and a path or a command in it stays whole (on a line of its own where it
 * does not fit). Other lines are left as they are.
 */
export function wrapMessages(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const labelled = LABEL.exec(line);
      return labelled && textWidth(line) > width
        ? wrap(labelled[2]!, { width, first: labelled[1]!, rest: '  ' })
        : line;
    })
    .join('\n');
}

/** The warning for a store file that is skipped because it cannot be read. */
export const skippedWarning = (file: { path: string; what: string; reason: string }): string =>
  sanitizeLine(
    `warning: skipped ${file.path}, which is not a readable ${file.what}: ${file.reason}`,
  ) + '\n';

/**
 * A conversation the user stopped: what is saved and where, and the command that goes on,
 * each path and command on a line of its own so that it can be copied whole.
 */
export function stoppedText(
  stopped: { said: string; path?: string; next?: string },
  width: number,
): string {
  const said = `${stopped.said.charAt(0).toUpperCase()}${stopped.said.slice(1)}`;
  return [
    wrap(sanitizeLine(`Stopped. ${said}${stopped.path ? '' : '.'}`), { width, first: '' }),
    ...(stopped.path ? [`  ${sanitizeLine(stopped.path)}`] : []),
    ...(stopped.next ? ['Continue with:', `  ${sanitizeLine(stopped.next)}`] : []),
    '',
  ].join('\n');
}
