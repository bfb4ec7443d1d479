import { grouped } from './words.js';
import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import { MAX_FILE_BYTES, type RawFile } from './raw-file.js';
import type { Problem } from '../errors.js';

/** Bounds YAML alias expansion ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** A YAML file parsed far enough to point at its lines. */
export interface SourceDoc {
  path: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  value: unknown;
}

export type ParseResult = { ok: true; source: SourceDoc } | { ok: false; problems: Problem[] };

const at = (file: string, line: number, col: number, message: string): Problem => ({
  file,
  line,
  col,
  message,
});

function positionOfOffset(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

function decode(file: RawFile): { text: string } | { problem: Problem } {
  const size = file.size ?? file.bytes.length;
  if (size > MAX_FILE_BYTES) {
    return {
      problem: at(file.path, 1, 1, `file is larger than 1 MiB (${grouped(size)} bytes); refused`),
    };
  }
  const nul = file.bytes.indexOf(0);
  if (nul !== -1) {
    return { problem: at(file.path, 1, 1, 'binary file (contains NUL bytes), not YAML text') };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes) };
  } catch {
    // Point at the first byte that is not UTF-8: the lenient decoding puts U+FFFD there.
    const lenient = new TextDecoder('utf-8').decode(file.bytes);
    const { line, col } = positionOfOffset(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
    return { problem: at(file.path, line, col, 'not valid UTF-8 text') };
  }
}

/** Decodes and parses one YAML file, turning every way it can be unreadable into a Problem. */
export function parseSource(file: RawFile): ParseResult {
  const decoded = decode(file);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  // A file with old Mac line ends (CR alone) is read as lines, not as one.
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n');

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const problems = [...doc.errors, ...doc.warnings].map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return at(file.path, line, col, error.message.split('\n')[0] ?? error.message);
  });
  const repeated = problems.length ? undefined : repeatedKey(doc);
  if (repeated !== undefined) {
    const { line, col } = lineCounter.linePos(repeated);
    problems.push(at(file.path, line, col, 'Map keys must be unique'));
  }
  if (problems.length > 0) return { ok: false, problems };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, problems: [at(file.path, 1, 1, 'file is empty')] };
  }
  const tagged = unsupportedTag(doc);
  if (tagged) {
    const { line, col } = lineCounter.linePos(tagged.offset);
    return {
      ok: false,
      problems: [
        at(
          file.path,
          line,
          col,
          `unsupported YAML tag ${tagged.tag}: ladder files hold text, numbers, lists and maps`,
        ),
      ],
    };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, source: { path: file.path, doc, lineCounter, value } };
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `too many YAML alias expansions (more than ${MAX_ALIAS_COUNT}); refused`
        : `cannot read YAML: ${(error as Error).message}`;
    return { ok: false, problems: [at(file.path, 1, 1, message)] };
  }
}

// The tags of plain YAML data; anything else (!!binary, !!timestamp, !!set, custom tags) is not
// what a ladder file holds, and would come back as an object no check expects.
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * Where the first key that a map repeats is written. The parser's own check compares each key
 * with every key before it; a set of the keys seen reads a map of thousands in one pass.
 */
function repeatedKey(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        const key = `${typeof value}:${String(value)}`;
        if (seen.has(key)) {
          found = pair.key.range?.[0] ?? 0;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** The first node whose tag is not plain data, with where it is. */
function unsupportedTag(doc: Document.Parsed): { tag: string; offset: number } | undefined {
  let found: { tag: string; offset: number } | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.tag || PLAIN_TAGS.has(node.tag)) return undefined;
    found = { tag: node.tag.replace('tag:yaml.org,2002:', '!!'), offset: node.range?.[0] ?? 0 };
    return visit.BREAK;
  });
  return found;
}

type Ranged = { range?: [number, number, number] | null };

/** The pair of a map whose key reads as `key` ("1" finds the key 1 too). */
function pairOf(node: unknown, key: string | number) {
  if (!isMap(node)) return undefined;
  return node.items.find(
    (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key),
  );
}

/**
 * The 1-based line of each key of the map at `path`, read in one pass: a level of thousands of
 * sections would otherwise search its map once per section.
 */
export function keyLines(source: SourceDoc, path: readonly string[]): Map<string, number> {
  let node: unknown = source.doc.contents;
  for (const segment of path) node = pairOf(node, segment)?.value;
  const lines = new Map<string, number>();
  if (!isMap(node)) return lines;
  for (const p of node.items)
    if (isPair(p) && isScalar(p.key) && p.key.range && !lines.has(String(p.key.value)))
      lines.set(String(p.key.value), source.lineCounter.linePos(p.key.range[0]).line);
  return lines;
}

/**
 * The 1-based position of the value at `path` in the document, or of the key `key` inside it
 * when given (an unknown key is reported where the key is written). A path that goes further
 * than the document points at the deepest node that exists.
 */
export function positionOf(
  source: SourceDoc,
  path: readonly (string | number)[],
  key?: string,
): { line: number; col: number } {
  let node: unknown = source.doc.contents;
  let at: Ranged | undefined = node as Ranged;
  let complete = true;
  for (const segment of path) {
    const next =
      isSeq(node) && typeof segment === 'number'
        ? node.items[segment]
        : pairOf(node, segment)?.value;
    if (!next) {
      complete = false;
      break;
    }
    node = next;
    if ((next as Ranged).range) at = next as Ranged;
  }
  if (complete && key !== undefined) {
    const pair = pairOf(node, key);
    if (pair && isScalar(pair.key) && pair.key.range)
      return source.lineCounter.linePos(pair.key.range[0]);
  }
  return at?.range ? source.lineCounter.linePos(at.range[0]) : { line: 1, col: 1 };
}
