import { textWidth } from './text-width.js';
import { wrap, wrapText } from './wrap.js';

// `--help`'s own text (examples, notes, option lists) fitted to the terminal by the same
// wrapping as every other screen.

/** Below this width an option's description goes under it rather than beside it. */
export const STACK_BELOW = 60;

/**
 * Notes as written in a declaration, fitted to `width`: lines that start at the notes' own
 * margin are prose and reflow as paragraphs; a line indented further (an answers file, a
 * list of rules) is kept as written.
 */
export function helpNotes(notes: string, width: number): string {
  const lines = notes.replace(/\s+$/, '').split('\n');
  const margin = Math.min(
    ...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length),
  );
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(wrap(paragraph.join(' '), { width, first: '' }));
    paragraph = [];
  };
  for (const raw of lines) {
    const line = raw.slice(margin);
    if (line && !line.startsWith(' ')) paragraph.push(line.trim());
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return `${out.join('\n')}\n`;
}

/** Splits a command line at its spaces, leaving quoted words whole. */
function shellWords(line: string): string[] {
  return line.match(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g) ?? [];
}

/**
 * One example as `  $ command`: where it is wider than the line, it goes on over lines that
 * end in ` \`, so that what is pasted is still one command.
 */
export function exampleLine(command: string, width: number): string {
  const first = '  $ ';
  const rest = '      ';
  if (textWidth(first + command) <= width) return first + command;
  const lines: string[] = [];
  let line = '';
  for (const word of shellWords(command)) {
    const prefix = lines.length ? rest : first;
    if (line && textWidth(`${prefix}${line} ${word} \\`) > width) {
      lines.push(`${prefix}${line} \\`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push((lines.length ? rest : first) + line);
  return lines.join('\n');
}

/** The examples block that ends a command's help. */
export const helpExamples = (commands: readonly string[], width: number): string =>
  `\nExamples:\n${commands.map((c) => exampleLine(c, width)).join('\n')}\n`;

/**
 * An option or a command with its description: beside it where the line is wide enough,
 * else under it, so a description in a narrow terminal never breaks mid-word.
 */
export function helpItem(
  term: string,
  termWidth: number,
  description: string,
  width: number,
): string {
  if (!description) return `  ${term}`;
  if (width < STACK_BELOW) return `  ${term}\n${wrap(description, { width, first: '      ' })}`;
  const first = `  ${term}${' '.repeat(Math.max(0, termWidth - textWidth(term)))}  `;
  return wrap(description, { width, first });
}

/** Text wrapped to a width, kept lines and all: commander's box for descriptions. */
export const helpWrap = (text: string, width: number): string => wrapText(text, width).join('\n');
