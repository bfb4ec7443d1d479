import { UsageError } from '../errors.js';
import { closest } from '../lib/edit-distance.js';
import type { Ladder, Level, SectionDef } from './types.js';

export type Resolution =
  | { kind: 'found'; level: Level }
  | { kind: 'ambiguous'; candidates: Level[] }
  | { kind: 'unknown' };

const normalize = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

function namesOf(level: Level): string[] {
  return [level.id, ...level.aliases, level.title].map(normalize);
}

/**
 * Finds a level by id, alias or title, ignoring case; failing that, by a prefix that only one
 * level's names start with.
 */
export function resolveLevel(ladder: Ladder, query: string): Resolution {
  const q = normalize(query);
  const exact = ladder.levels.find((level) => namesOf(level).includes(q));
  if (exact) return { kind: 'found', level: exact };
  const prefixed =
    q === '' ? [] : ladder.levels.filter((level) => namesOf(level).some((n) => n.startsWith(q)));
  if (prefixed.length === 1) return { kind: 'found', level: prefixed[0]! };
  if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed };
  return { kind: 'unknown' };
}

/** Quotes what the user typed in a message, cut short: a message is one line. */
export function quoted(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/** The level the user named, or a usage error that says what was meant. */
export async function requireLevel(ladder: Ladder, query: string): Promise<Level> {
  const result = resolveLevel(ladder, query);
  if (result.kind === 'found') return result.level;
  if (result.kind === 'ambiguous') {
    const names = result.candidates.map((l) => l.id).join(', ');
    throw new UsageError(
      `level ${quoted(query)} is ambiguous: it could be ${names}`,
      'type more of the name',
    );
  }
  const q = normalize(query);
  // One suggestion per level: the name of it that is closest to what was typed.
  const suggestions = [
    ...new Set(ladder.levels.flatMap((level) => closest(q, [level.id, ...level.aliases], 1))),
  ];
  const best = closest(q, suggestions, 3);
  const hint = best.length
    ? `did you mean ${best.join(' or ')}?`
    : 'run "ladder list" to see the levels';
  throw new UsageError(`unknown level ${quoted(query)}`, hint);
}

/** The sections named with --section (all of them when none is named), in ladder order. */
export async function requireSections(
  ladder: Ladder,
  ids: readonly string[],
): Promise<SectionDef[]> {
  if (ids.length === 0) return ladder.sections;
  const known = ladder.sections.map((s) => s.id);
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined) {
    const close = closest(unknown.toLowerCase(), known, 1);
    throw new UsageError(
      `unknown section ${quoted(unknown)}`,
      close.length ? `did you mean ${close[0]}?` : `sections: ${known.join(', ')}`,
    );
  }
  return ladder.sections.filter((s) => ids.includes(s.id));
}
