// Pieces of work from a repository's commits: a pull request's commits are one piece, a
// squashed pull request or a lone commit another; reverts, merges of the main branch into a
// topic branch, and changes only to lock files, generated files or formatting are left out.

export interface Commit {
  hash: string;
  parents: string[];
  author: Readonly<{ name: string; email: string }>;
  /** ISO 8601, as git gives it. */
  date: string;
  subject: string;
  body: string;
  files: readonly string[];
}

export interface Work {
  /** `pr-123` for a pull request, else the commit's short hash. */
  id: string;
  /** Its commits' hashes, newest first; the merge first for a merged pull request. */
  commits: string[];
  subject: string;
  /** The newest commit's day, as YYYY-MM-DD. */
  date: string;
  pr?: number;
  files: string[];
}

/** A piece of work as found, with the words it is matched on (its commits' messages). */
export interface Found {
  work: Work;
  /** Its commits' subjects and bodies: dropped once its items are suggested. */
  text: string;
}

/** Why a commit is not work of its own, in the words `--help` uses; undefined when it is. */
export function skipReason(c: Commit): string | undefined {
  if (/^revert\b/i.test(c.subject)) return 'a revert';
  if (
    c.parents.length > 1 &&
    /^Merge (remote-tracking )?branch '(origin\/)?(main|master|develop|trunk)'/.test(c.subject)
  )
    return 'a merge of the main branch';
  if (
    /^(style|format|fmt|lint)(\(.*\))?:|\b(run|ran|apply|applied) (prettier|black|gofmt|rustfmt|clang-format|eslint --fix)\b|^(re)?format(ted)? (the )?code\b/i.test(
      c.subject,
    )
  )
    return 'formatting';
  if (c.files.length && c.files.every(isLockFile)) return 'only lock files';
  if (c.files.length && c.files.every(isGenerated)) return 'only generated files';
  return undefined;
}

const LOCK_FILE =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|go\.sum|mix\.lock|flake\.lock|uv\.lock)$/;
const isLockFile = (file: string) => LOCK_FILE.test(file);
const isGenerated = (file: string) =>
  /(^|\/)(dist|build|vendor|node_modules|generated|__generated__)\//.test(file) ||
  /\.(min\.js|min\.css|map|snap|pb\.go)$|_pb2\.py$|\.generated\./.test(file);

/** The pull request a commit merged or squashed, from its subject or body. */
export function pullRequestOf(c: Commit): number | undefined {
  const merged = /^Merge pull request #(\d+) /.exec(c.subject);
  const squashed = /\(#(\d+)\)\s*$/.exec(c.subject);
  const gitlab = /See merge request [^\s!]+!(\d+)/.exec(c.body);
  const n = merged?.[1] ?? squashed?.[1] ?? (c.parents.length > 1 ? gitlab?.[1] : undefined);
  return n === undefined ? undefined : Number(n);
}

/** What a pull request is called: the title GitHub puts in its merge's body, else the subject. */
const titleOf = (merge: Commit, n: number | undefined) =>
  (n !== undefined &&
    /^Merge pull request /.test(merge.subject) &&
    merge.body.split('\n')[0]?.trim()) ||
  merge.subject;

/** The first-parent chain from the newest commit: the main branch's own history. */
function mainlineOf(commits: readonly Commit[], byHash: Map<string, Commit>): Set<string> {
  const main = new Set<string>();
  for (let c = commits[0]; c && !main.has(c.hash); c = byHash.get(c.parents[0] ?? ''))
    main.add(c.hash);
  return main;
}

/**
 * The pieces of work in a history (newest first, HEAD first), by whoever `isMine` says: a
 * merged pull request with the commits it brought in (those reachable from its second parent
 * that are not on the main branch nor given to another), a squashed one, or a commit of its own.
 */
export function* worksOf(
  commits: readonly Commit[],
  isMine: (c: Commit) => boolean,
): Generator<Found> {
  const byHash = new Map(commits.map((c) => [c.hash, c]));
  const mainline = mainlineOf(commits, byHash);
  const given = new Set<string>();
  for (const c of commits) {
    if (given.has(c.hash)) continue;
    // The main branch's commits are never given to a pull request: no need to note them.
    if (!mainline.has(c.hash)) given.add(c.hash);
    if (c.parents.length > 1 && !skipReason(c)) {
      const brought: Commit[] = [];
      const stack = [c.parents[1]!];
      while (stack.length) {
        const next = byHash.get(stack.pop()!);
        if (!next || given.has(next.hash) || mainline.has(next.hash)) continue;
        given.add(next.hash);
        if (next.parents.length === 1 && !skipReason(next)) brought.push(next);
        stack.push(...next.parents);
      }
      if (!brought.some(isMine) && !(brought.length === 0 && isMine(c))) continue;
      const pr = pullRequestOf(c);
      yield work(c, brought, pr, titleOf(c, pr));
      continue;
    }
    if (c.parents.length > 1 || skipReason(c) || !isMine(c)) continue;
    const pr = pullRequestOf(c);
    yield work(c, [], pr, c.subject.replace(/\s*\(#\d+\)\s*$/, ''));
  }
}

function work(head: Commit, brought: Commit[], pr: number | undefined, subject: string): Found {
  const all = [head, ...brought];
  return {
    work: {
      id: pr !== undefined ? `pr-${pr}` : head.hash.slice(0, 12),
      commits: all.map((c) => c.hash),
      subject,
      date: head.date.slice(0, 10),
      ...(pr !== undefined ? { pr } : {}),
      files: [...new Set(all.flatMap((c) => c.files))].slice(0, 500),
    },
    text: [subject, ...all.map((c) => `${c.subject}\n${c.body}`)].join('\n'),
  };
}

/** Whether a commit's author is one of these (a name or an address, in any case, in part). */
export const authoredBy =
  (authors: readonly string[]) =>
  (c: Commit): boolean => {
    const who = `${c.author.name} <${c.author.email}>`.toLowerCase();
    return authors.some((a) => who.includes(a.toLowerCase()));
  };

/** A web address for the work where the remote is a code host ladder knows, else none. */
export function webLink(
  remote: string | undefined,
  w: Pick<Work, 'commits' | 'pr'>,
): string | undefined {
  const m =
    remote &&
    /^(?:https:\/\/|ssh:\/\/)?(?:[^@/]+@)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
      remote,
    );
  if (!m) return undefined;
  const [, host, path] = m;
  const base = `https://${host}/${path}`;
  const hash = w.commits[0]!;
  if (host === 'gitlab.com')
    return w.pr !== undefined ? `${base}/-/merge_requests/${w.pr}` : `${base}/-/commit/${hash}`;
  if (host === 'bitbucket.org')
    return w.pr !== undefined ? `${base}/pull-requests/${w.pr}` : `${base}/commits/${hash}`;
  return w.pr !== undefined ? `${base}/pull/${w.pr}` : `${base}/commit/${hash}`;
}

/**
 * Whether a piece of work is not decided on yet: none of its commits accepted, and, unless
 * `again`, not all of them skipped.
 */
export const undecided =
  (seen: Record<string, 'accepted' | 'skipped'>, again: boolean) =>
  (w: Pick<Work, 'commits'>): boolean =>
    !w.commits.some((h) => seen[h] === 'accepted') &&
    (again || !w.commits.every((h) => seen[h] === 'skipped'));
