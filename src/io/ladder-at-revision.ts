import { UserError } from '../errors.js';
import type { Ladder } from '../ladder/types.js';
import { BUILD_ID } from '../version.js';
import { ladderCommand } from '../render/command-line.js';
import { filesOfTree, treeAtRevision } from './git.js';
import { cacheDir, readCachedTree, writeCachedTree } from './ladder-cache.js';

type Env = Record<string, string | undefined>;

/**
 * The ladder folder as it was at a git revision, checked as any ladder is; problems name the
 * files `rev:path`. A tree once checked comes from the cache: it cannot change.
 */
export async function openLadderAtRevision(dir: string, rev: string, env: Env): Promise<Ladder> {
  const { tree, label } = treeAtRevision(dir, rev);
  const cache = cacheDir(env);
  const cached = cache && readCachedTree(cache, tree, BUILD_ID, label);
  if (cached) return cached;
  const { loadLadder } = await import('../ladder/parsing.js');
  const result = loadLadder(label, filesOfTree(dir, tree, label));
  if (!result.ladder || result.problems.length) {
    const first = result.problems[0]!;
    throw new UserError(
      `the ladder at ${rev} is not valid: ${first.file}:${first.line}:${first.col}: ${first.message}`,
      1,
      `${result.problems.length > 1 ? `${result.problems.length} problems in all; ` : ''}check out ${rev} and run ${ladderCommand('validate', '--ladder', dir)}`,
    );
  }
  if (cache) writeCachedTree(cache, tree, BUILD_ID, label, result.ladder);
  return result.ladder;
}
