import { buildLadder, type BuildResult } from './build.js';
import type { RawFile } from './raw-file.js';
import { parseSource, type SourceDoc } from './source.js';
import type { Problem } from './types.js';

/** Parses every file and builds the ladder, collecting all problems rather than stopping at one. */
export function loadLadder(
  dir: string,
  files: { ladderFile: RawFile; levelFiles: RawFile[] },
): BuildResult {
  const problems: Problem[] = [];
  const parse = (file: RawFile): SourceDoc | undefined => {
    const result = parseSource(file);
    if (result.ok) return result.source;
    problems.push(...result.problems);
    return undefined;
  };
  const ladderSource = parse(files.ladderFile);
  const levelSources = files.levelFiles.map(parse).filter((s): s is SourceDoc => s !== undefined);
  if (!ladderSource) return { problems };
  const built = buildLadder(dir, ladderSource, levelSources);
  return { ladder: built.ladder, problems: [...problems, ...built.problems] };
}
