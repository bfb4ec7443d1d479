import { distance } from 'fastest-levenshtein';
import { UsageError } from '../errors.js';
import type { Ladder, Level, SectionDef } from './types.js';

export type Resolution =
  | { kind: 'found'; level: Level }
  | { kind: 'ambiguous'; candidates: Level[] }
  | { kind: 'unknown'; suggestions: string[] };

const normalize = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

function namesOf(level: Level): string[] {
  return [level.id, ...level.aliases, level.title].map(normalize);
}

/**
 * Finds a level by id, alias or title, ignoring case; failing that, by a prefix that only one
 * level's names start with. A miss comes back with the closest names by edit distance.
 */
export function resolveLevel(ladder: Ladder, query: string): Resolution {
  const q = normalize(query);
  const exact = ladder.levels.find((level) => namesOf(level).includes(q));
  if (exact) return { kind: 'found', level: exact };

  const prefixed =
    q === '' ? [] : ladder.levels.filter((level) => namesOf(level).some((n) => n.startsWith(q)));
  if (prefixed.length === 1) return { kind: 'found', level: prefixed[0]! };
  if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed };

  // One suggestion per level: the name of it that is closest to what was typed.
  const suggestions = ladder.levels
    .map(
      (level) =>
        [level.id, ...level.aliases]
          .map((name) => ({ name, d: distance(q, name) }))
          .sort((a, b) => a.d - b.d)[0]!,
    )
    .filter(({ name, d }) => d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((s) => s.name);
  return { kind: 'unknown', suggestions };
}

/** The level the user named, or a usage error that says what was meant. */
export function requireLevel(ladder: Ladder, query: string): Level {
  const result = resolveLevel(ladder, query);
  if (result.kind === 'found') return result.level;
  if (result.kind === 'ambiguous') {
    const names = result.candidates.map((l) => l.id).join(', ');
    throw new UsageError(
      `level "${query}" is ambiguous: it could be ${names}`,
      'type more of the name',
    );
  }
  const hint = result.suggestions.length
    ? `did you mean ${result.suggestions.join(' or ')}?`
    : 'run "ladder list" to see the levels';
  throw new UsageError(`unknown level "${query}"`, hint);
}

/** The sections named with --section (all of them when none is named), in ladder order. */
export function requireSections(ladder: Ladder, ids: readonly string[]): SectionDef[] {
  if (ids.length === 0) return ladder.sections;
  const known = new Set(ladder.sections.map((s) => s.id));
  for (const id of ids) {
    if (known.has(id)) continue;
    const close = ladder.sections
      .map((s) => ({ id: s.id, d: distance(id.toLowerCase(), s.id) }))
      .sort((a, b) => a.d - b.d)
      .filter((s) => s.d <= 3);
    throw new UsageError(
      `unknown section "${id}"`,
      close.length ? `did you mean ${close[0]!.id}?` : `sections: ${[...known].join(', ')}`,
    );
  }
  return ladder.sections.filter((s) => ids.includes(s.id));
}
