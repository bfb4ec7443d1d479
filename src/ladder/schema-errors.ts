import { positionOf, type SourceDoc } from './source.js';
import type { Problem } from '../errors.js';

/** The part of an ajv error object that the messages below use. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

function decodePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(path: (string | number)[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  return typeof last === 'number' ? `item ${last + 1}` : `"${last}"`;
}

function message(error: SchemaError, path: (string | number)[]): string {
  const what = describe(path);
  const p = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(p.additionalProperty)}"`;
    case 'required':
      return `missing required key "${String(p.missingProperty)}"`;
    case 'type':
      return `${what} must be ${String(p.type).split(',').join(' or ')}`;
    case 'enum':
      return `${what} must be one of: ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      return p.pattern === '^[a-z0-9]+(-[a-z0-9]+)*$'
        ? `${what} must be an id: lowercase letters and digits joined by hyphens, like "vp-eng"`
        : `${what} must match ${String(p.pattern)}`;
    case 'minLength':
      return `${what} must not be empty`;
    case 'minItems':
      return `${what} must have at least ${String(p.limit)} entry`;
    case 'oneOf':
      return `${what} must have exactly one of "text", "items" or "status"`;
    default:
      return `${what} ${error.message ?? 'is invalid'}`;
  }
}

/** Turns a validator's errors into positioned problems, one per place, most specific first. */
export function schemaProblems(source: SourceDoc, errors: readonly SchemaError[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // "if/then" only says that a "then" failed; the "then" error itself is also reported.
    if (error.keyword === 'if') continue;
    const path = decodePointer(error.instancePath);
    const key =
      error.keyword === 'additionalProperties'
        ? String(error.params.additionalProperty)
        : undefined;
    const text = message(error, path);
    const { line, col } = positionOf(source, path, key);
    const id = `${line}:${col}:${text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push({ file: source.path, line, col, message: text });
  }
  return problems;
}
