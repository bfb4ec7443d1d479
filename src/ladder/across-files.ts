import { checkDuplicates } from './duplicates.js';
import type { Level } from './types.js';

/** Where in a file: keys and indexes from its top. */
export type Path = (string | number)[];

/** What a level answers to and points at: all that the checks across files read. */
export type LevelNames = Pick<Level, 'id' | 'title' | 'aliases' | 'track' | 'follows' | 'file'>;

/**
 * Every cycle of `follows`, once each: a depth-first walk, kept on a stack of its own so that a
 * chain of ten thousand levels is no deeper for the walk than a short one.
 */
function findCycles(levels: LevelNames[]): LevelNames[][] {
  const byId = new Map(levels.map((l) => [l.id, l]));
  const state = new Map<string, 'walking' | 'done'>();
  const cycles: LevelNames[][] = [];
  for (const start of levels) {
    if (state.has(start.id)) continue;
    const path: { level: LevelNames; next: number }[] = [{ level: start, next: 0 }];
    state.set(start.id, 'walking');
    while (path.length) {
      const top = path.at(-1)!;
      const id = top.level.follows[top.next++];
      if (id === undefined) {
        state.set(top.level.id, 'done');
        path.pop();
        continue;
      }
      const previous = byId.get(id);
      if (!previous || state.get(id) === 'done') continue;
      if (state.get(id) === 'walking') {
        const from = path.findIndex((p) => p.level === previous);
        cycles.push(path.slice(from).map((p) => p.level));
        continue;
      }
      state.set(id, 'walking');
      path.push({ level: previous, next: 0 });
    }
  }
  return cycles;
}

/** Where in its file a problem found across files is: the path to the node to point at. */
export interface CrossProblem {
  level: LevelNames;
  path: Path;
  message: string;
}

/**
 * Everything no one file can check alone: names that point at two levels, unknown tracks and
 * levels followed, and cycles. Each problem names the place in its level's file to point at;
 * the caller finds its line, reading the file again only then. Tracks are checked only where
 * ladder.yaml could be read; a level in a file that could not be read is `unreadable` (known by
 * its file's name), so following it is not called unknown.
 */
export function checkAcrossFiles(
  tracks: readonly string[] | undefined,
  levels: LevelNames[],
  unreadable: ReadonlySet<string> = new Set(),
): CrossProblem[] {
  const problems: CrossProblem[] = [];
  const report = (level: LevelNames, path: Path, message: string) =>
    problems.push({ level, path, message });

  // Every name a level answers to must point at one level only.
  const names = levels.flatMap((level) => [
    { name: level.id, level, path: ['id'] as Path, what: 'id' },
    ...level.aliases.map((alias, i) => ({
      name: alias,
      level,
      path: ['aliases', i] as Path,
      what: 'alias',
    })),
    { name: level.title.toLowerCase(), level, path: ['title'] as Path, what: 'title' },
  ]);
  checkDuplicates(
    names,
    (n) => n.name.toLowerCase(),
    (n, _i, first) => {
      if (first.level === n.level && n.what !== 'title') {
        report(n.level, n.path, `${n.what} "${n.name}" repeats this level's ${first.what}`);
      } else if (first.level !== n.level) {
        report(
          n.level,
          n.path,
          `duplicate ${n.what} "${n.name}": already used by level "${first.level.id}" (${first.level.file})`,
        );
      }
    },
  );

  const trackIds = new Set(tracks);
  const levelIds = new Set([...levels.map((l) => l.id), ...unreadable]);
  for (const level of levels) {
    if (tracks && !trackIds.has(level.track)) {
      report(
        level,
        ['track'],
        `unknown track "${level.track}" (ladder.yaml declares: ${[...trackIds].join(', ')})`,
      );
    }
    level.follows.forEach((id, i) => {
      if (!levelIds.has(id))
        report(
          level,
          level.follows.length > 1 ? ['follows', i] : ['follows'],
          `follows unknown level "${id}"`,
        );
    });
  }
  for (const cycle of findCycles(levels)) {
    const first = cycle[0]!;
    const loop = [...cycle, first].map((l) => l.id).join(' → ');
    report(first, ['follows'], `levels follow each other in a cycle: ${loop}`);
  }
  return problems;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The names of a level file that the schema refused, read as far as they can be: where it has
 * a string id, its other names still take part in the checks across files.
 */
export function namesOf(value: unknown, file: string): LevelNames | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== 'string') return undefined;
  return {
    id: raw.id,
    title: typeof raw.title === 'string' ? raw.title.trim() : '',
    aliases: strings(raw.aliases),
    track: typeof raw.track === 'string' ? raw.track : '',
    follows: typeof raw.follows === 'string' ? [raw.follows] : strings(raw.follows),
    file,
  };
}
