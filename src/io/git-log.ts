import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import type { Commit } from '../ladder/harvest-work.js';
import { LIMITS } from '../ladder/limits.js';
import { GIT_ENV } from './git.js';

// A repository's history, read through the git program (never a shell) and streamed: a
// history of any length is read a record at a time, and each message is capped as it comes.

/** A message's body is matched on, never stored whole: this much of it is kept. */
const BODY_KEPT = 4000;
/** No more than this many commits are read from one repository in one harvest. */
export const MAX_COMMITS = 200_000;

/** What git prints for a short question about the repository `dir` is in. */
const ask = (dir: string, args: string[]): string =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...GIT_ENV },
  }).trim();

/** git's `user.email` for the repository `dir` is in; empty when it has none. */
export function configuredEmail(dir: string): string {
  try {
    return ask(dir, ['config', 'user.email']);
  } catch {
    return '';
  }
}

/** The repository's top folder and its origin's address, if it has one. */
export function repositoryOf(dir: string): { top: string; remote?: string } {
  const run = (args: string[]) => ask(dir, args);
  let top: string;
  try {
    top = run(['rev-parse', '--show-toplevel']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError('git is not installed: harvesting work from a repository needs it');
    throw new UserError(
      `${dir} is not in a git repository`,
      1,
      'name a repository: ladder evidence harvest <repo>',
    );
  }
  try {
    const remote = run(['remote', 'get-url', 'origin']);
    return remote ? { top, remote } : { top };
  } catch {
    return { top };
  }
}

type Author = Commit['author'];

/**
 * One copy of each author, path and hash, however many commits name them: a long history
 * repeats a few authors and paths thousands of times, and names each commit as its child's
 * parent before it names it itself.
 */
function sharing() {
  const authors = new Map<string, Author>();
  const strings = new Map<string, string>();
  return {
    author(name: string, email: string): Author {
      const key = `${name}\0${email}`;
      const known = authors.get(key);
      if (known) return known;
      const made = Object.freeze({ name, email });
      authors.set(key, made);
      return made;
    },
    one(text: string): string {
      const known = strings.get(text);
      if (known !== undefined) return known;
      strings.set(text, text);
      return text;
    },
  };
}

/**
 * One record of `git log` as the format below writes it: fields, then the files touched. Each
 * field is decoded from its own bytes (invalid UTF-8 becoming U+FFFD), so that no string kept
 * holds on to a long message it was cut from; a body is decoded only as far as it is kept.
 */
function parseRecord(
  record: Buffer,
  decoder: TextDecoder,
  shared: ReturnType<typeof sharing>,
): Commit | undefined {
  const fields: string[] = [];
  for (let at = 0; at <= record.length;) {
    const end = record.indexOf(0, at);
    const stop = end === -1 ? record.length : end;
    const cap =
      fields.length === 6 ? BODY_KEPT * 4 : fields.length === 5 ? LIMITS.title * 4 : Infinity;
    fields.push(decoder.decode(record.subarray(at, Math.min(stop, at + cap))));
    at = stop + 1;
  }
  const [hash, parents, name, email, date, subject, body, ...files] = fields;
  if (!hash || !/^[0-9a-f]{40,64}$/.test(hash) || !date) return undefined;
  return {
    hash: shared.one(hash),
    parents: parents ? parents.split(' ').map(shared.one) : [],
    author: shared.author(name ?? '', email ?? ''),
    date,
    subject: (subject ?? '').slice(0, LIMITS.title),
    body: (body ?? '').slice(0, BODY_KEPT),
    files: files.map((f) => shared.one(f.replace(/^\n/, ''))).filter(Boolean),
  };
}

const NOBODY = Object.freeze({ name: '', email: '' });
const NO_FILES: readonly string[] = Object.freeze([]);

/**
 * The commits of HEAD's history since a day, newest first, as they stream from git; only the
 * merges and those `keep` says are kept whole. Each
 * record starts with a marker no commit message can hold (a random token after a NUL, which
 * git refuses in a message), so a message cannot fake a record's start.
 */
export function readCommits(
  top: string,
  since: string,
  keep: (c: Commit) => boolean = () => true,
): Promise<Commit[]> {
  const token = randomBytes(8).toString('hex');
  const marker = Buffer.from(`\0${token}`);
  const format = `%x00${token}%H%x00%P%x00%an%x00%ae%x00%aI%x00%s%x00%b%x00`;
  const child = spawn(
    'git',
    [
      '-C',
      top,
      'log',
      '-z',
      '--name-only',
      `--max-count=${MAX_COMMITS}`,
      `--since=${since}`,
      `--format=${format}`,
      'HEAD',
      '--',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...GIT_ENV } },
  );
  const decoder = new TextDecoder('utf-8');
  const shared = sharing();
  const commits: Commit[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let stderr = '';
  // A commit nobody asked about is kept for the shape of the history alone (a merge's
  // commits are found through it), its words dropped as it comes.
  const take = (record: Buffer) => {
    const commit = parseRecord(record, decoder, shared);
    if (!commit) return;
    commits.push(
      commit.parents.length > 1 || keep(commit)
        ? commit
        : { ...commit, author: NOBODY, date: '', subject: '', body: '', files: NO_FILES },
    );
  };
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (let at = pending.indexOf(marker, 1); at !== -1; at = pending.indexOf(marker, 1)) {
        take(pending.subarray(marker.length, at));
        pending = pending.subarray(at);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr = `${stderr}${chunk}`.slice(0, 2000)));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new UserError('git is not installed: harvesting work from a repository needs it')
          : error,
      ),
    );
    child.on('close', (code) => {
      if (pending.length > marker.length) take(pending.subarray(marker.length));
      // The caller goes on from here on the finished child's stack: its listeners, which
      // hold the whole history, let go of it so that it is freed once the caller is done.
      for (const emitter of [child, child.stdout, child.stderr]) emitter.removeAllListeners();
      // A repository with no commit yet has no history to harvest: nothing, not a failure.
      if (
        code !== 0 &&
        !/does not have any commits|unknown revision|bad revision 'HEAD'/.test(stderr)
      )
        return reject(new UserError(`git log failed in ${top}: ${stderr.split('\n')[0]}`));
      resolve(commits);
    });
  });
}
