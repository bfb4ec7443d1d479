import { checkAcrossFiles, namesOf, type LevelNames } from './across-files.js';
import { buildLadderFile, buildLevelFile } from './build.js';
import { fileIdOf, type LadderFiles } from './raw-file.js';
import { parseSource, positionOf, type SourceDoc } from './source.js';
import type { Problem } from '../errors.js';
import type { Ladder, Level } from './types.js';

export interface BuildResult {
  ladder?: Ladder;
  problems: Problem[];
}

/**
 * Parses and builds the ladder, collecting all problems rather than stopping at one. Level files
 * are read, parsed and built one at a time, each file and its parsed document let go before the
 * next is read: a ladder of ten thousand levels never holds ten thousand of them.
 */
export function loadLadder(dir: string, files: LadderFiles): BuildResult {
  const problems: Problem[] = [];
  const parsedLadder = parseSource(files.ladderFile);
  if (!parsedLadder.ok) problems.push(...parsedLadder.problems);
  const ladderFile = parsedLadder.ok ? buildLadderFile(parsedLadder.source) : undefined;
  if (ladderFile) problems.push(...ladderFile.problems);
  const defs = ladderFile?.defs;

  const levels: Level[] = [];
  // What every file that could be parsed answers to, for the checks across files: a file the
  // schema refused takes part with what it names, so one run shows every problem.
  const names: LevelNames[] = [];
  const unreadable = new Set<string>();
  const fileProblems: Problem[] = [];
  for (const file of files.levelFiles) {
    const parsed = parseSource(file.read());
    if (!parsed.ok) {
      fileProblems.push(...parsed.problems);
      unreadable.add(fileIdOf(file.path));
      continue;
    }
    // Without a valid ladder.yaml, level files are still checked against the schema.
    const result = buildLevelFile(parsed.source, defs?.sections ?? []);
    if (result.level) {
      names.push(result.level);
      if (defs) levels.push(result.level);
    } else {
      const named = namesOf(parsed.source.value, file.path);
      if (named) names.push(named);
    }
    if (defs || !result.level) fileProblems.push(...result.problems);
  }

  // A problem across files points into a level's file: that file alone is read again to say
  // where, and only when there is such a problem.
  const lazy = new Map(files.levelFiles.map((f) => [f.path, f]));
  const reread = new Map<string, SourceDoc | undefined>();
  const sourceOf = (file: string) => {
    if (!reread.has(file)) {
      const parsed = parseSource(lazy.get(file)!.read());
      reread.set(file, parsed.ok ? parsed.source : undefined);
    }
    return reread.get(file);
  };
  const tracks = defs?.tracks.map((t) => t.id);
  const across = checkAcrossFiles(tracks, names, unreadable).map(({ level, path, message }) => {
    const source = sourceOf(level.file);
    const { line, col } = source ? positionOf(source, path) : { line: 1, col: 1 };
    return { file: level.file, line, col, message };
  });
  // Each file's problems together, in the order of the files, and down each file.
  const order = new Map(files.levelFiles.map((f, i) => [f.path, i]));
  const byFile = [...fileProblems, ...across].sort(
    (a, b) =>
      (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col,
  );
  const all = [...problems, ...byFile];
  return defs ? { ladder: { dir, ...defs, levels }, problems: all } : { problems: all };
}
