// Mutations of the shipped ladder's files, for fuzz tests: changes of structure and type at any
// place in a file, and changes of bytes anywhere.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SHIPPED } from './helpers.js';

const FILES = ['ladder.yaml', 'levels/director.yaml', 'levels/vp-eng.yaml'];
const original = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(SHIPPED, f))]));

/** A value of another type, to put where one was. */
const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    'WIP',
    'N/A',
    '',
    '- x',
    '{:#id} x',
    '[a](javascript:x)',
    '\u001b[2J',
    'a'.repeat(5000),
  ),
);

type Json = unknown;

/** Walks to a random place in a parsed document and changes it: delete, retype, nest, rename. */
export const structural = fc
  .record({
    file: fc.constantFrom(...FILES),
    path: fc.array(fc.nat(), { minLength: 0, maxLength: 5 }),
    action: fc.constantFrom('delete', 'retype', 'nest', 'rename', 'duplicate'),
    value: anyValue,
    key: fc.string({ maxLength: 10 }),
  })
  .map(({ file, path, action, value, key }) => {
    const doc = parse(original[file]!.toString('utf8')) as Json;
    let parent: Record<string, Json> | Json[] | undefined;
    let at: string | number | undefined;
    let node: Json = doc;
    for (const step of path) {
      if (Array.isArray(node) && node.length) {
        parent = node;
        at = step % node.length;
        node = node[at];
      } else if (node && typeof node === 'object') {
        const keys = Object.keys(node);
        if (!keys.length) break;
        parent = node as Record<string, Json>;
        at = keys[step % keys.length]!;
        node = (node as Record<string, Json>)[at];
      } else break;
    }
    if (parent !== undefined && at !== undefined) {
      const p = parent as Record<string | number, Json>;
      if (action === 'delete') {
        if (Array.isArray(parent)) parent.splice(at as number, 1);
        else delete p[at];
      } else if (action === 'retype') p[at] = value;
      else if (action === 'nest') p[at] = { [key || 'x']: node };
      else if (action === 'rename' && !Array.isArray(parent)) {
        p[key] = node;
        delete p[at];
      } else if (action === 'duplicate' && Array.isArray(parent)) parent.push(node);
    }
    return { [file]: Buffer.from(stringify(doc ?? null)) };
  });

/** Bytes flipped, cut or inserted anywhere in one file. */
export const bytes = fc
  .record({
    file: fc.constantFrom(...FILES),
    at: fc.nat(),
    action: fc.constantFrom('flip', 'cut', 'insert'),
    byte: fc.integer({ min: 0, max: 255 }),
    length: fc.integer({ min: 1, max: 200 }),
  })
  .map(({ file, at, action, byte, length }) => {
    const b = Buffer.from(original[file]!);
    const i = at % b.length;
    if (action === 'flip') b[i] = byte;
    const out =
      action === 'cut'
        ? Buffer.concat([b.subarray(0, i), b.subarray(i + length)])
        : action === 'insert'
          ? Buffer.concat([b.subarray(0, i), Buffer.alloc(length, byte), b.subarray(i)])
          : b;
    return { [file]: out };
  });
