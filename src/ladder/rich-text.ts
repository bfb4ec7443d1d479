import MarkdownIt from 'markdown-it';
import type { Item, Run } from './types.js';

// Kramdown's attribute lists ({:target="_blank"}, {: .note}, {:#id}) style the site's HTML;
// they are never text.
const ATTRIBUTE_LIST = /\s*\{:[^}\n]*\}/g;

// Anything else a plain sentence may hold is left to the parser only where it could be markup.
const MAYBE_MARKUP = /[\\`*_[\]<>&{~!\n]|https?:\/\//;

let markdown: ReturnType<typeof MarkdownIt> | undefined;

/** CommonMark inline syntax, plus links written as bare http(s) URLs. */
function parser(): ReturnType<typeof MarkdownIt> {
  if (!markdown) {
    markdown = new MarkdownIt({ html: false, linkify: true });
    markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
    // Every target is kept as written; each output decides which it may show as a link.
    markdown.validateLink = () => true;
  }
  return markdown;
}

/** Joins neighbouring runs that are marked up alike. */
function merge(runs: Run[]): Run[] {
  const same = (a: Run, b: Run) =>
    a.strong === b.strong &&
    a.em === b.em &&
    a.code === b.code &&
    a.strike === b.strike &&
    a.href === b.href;
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (run.text === '') continue;
    if (last && same(last, run)) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

/**
 * An item from its inline Markdown source: the visible text, and its runs where anything is
 * marked up. A soft line break reads as a space, a hard one as a new line.
 */
export function parseRich(source: string, id?: string): Item {
  const withId = id ? { id } : {};
  if (!MAYBE_MARKUP.test(source)) return { text: source, ...withId };
  const tokens = parser().parseInline(source.replace(ATTRIBUTE_LIST, ''), {})[0]?.children ?? [];
  const runs: Run[] = [];
  const marks: Omit<Run, 'text'> = {};
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        runs.push({ ...marks, text: token.content });
        break;
      case 'code_inline':
        runs.push({ ...marks, code: true, text: token.content });
        break;
      case 'image':
        runs.push({ ...marks, text: token.content });
        break;
      case 'softbreak':
        runs.push({ ...marks, text: ' ' });
        break;
      case 'hardbreak':
        runs.push({ ...marks, text: '\n' });
        break;
      case 'strong_open':
      case 'em_open':
      case 's_open':
        marks[
          token.type === 'strong_open' ? 'strong' : token.type === 'em_open' ? 'em' : 'strike'
        ] = true;
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
        delete marks[
          token.type === 'strong_close' ? 'strong' : token.type === 'em_close' ? 'em' : 'strike'
        ];
        break;
      case 'link_open':
        marks.href = String(token.attrGet('href') ?? '');
        break;
      case 'link_close':
        delete marks.href;
        break;
      default:
        if (token.content) runs.push({ ...marks, text: token.content });
    }
  }
  const merged = merge(runs);
  // White space at either end is not text, whatever markup it sits in.
  if (merged[0]) merged[0].text = merged[0].text.trimStart();
  if (merged.at(-1)) merged.at(-1)!.text = merged.at(-1)!.text.trimEnd();
  const kept = merged.filter((r) => r.text !== '');
  const text = kept.map((r) => r.text).join('');
  const plain = kept.every((r) => !r.strong && !r.em && !r.code && !r.strike && !r.href);
  return {
    text,
    ...(text !== source ? { markdown: source } : {}),
    ...(plain ? {} : { runs: kept }),
    ...withId,
  };
}
