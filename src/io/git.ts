import { execFileSync } from 'node:child_process';
import { UserError } from '../errors.js';
import { inMemory, MAX_FILE_BYTES, type LadderFiles, type RawFile } from '../ladder/raw-file.js';
import { compareText } from '../ladder/words.js';

// A ladder as it was at a git revision, read through the git program (never a shell), so that
// `ladder changes` can compare it with another version.

/** Whatever the user's settings: plain output, and no pager or prompt. */
export const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };

/** Git's answers are short, but a big ladder's files come through cat-file at once. */
const MAX_BUFFER = 1024 * 1024 * 1024;

interface Run {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[], input?: string): Run {
  try {
    const stdout = execFileSync('git', args, {
      cwd,
      input,
      maxBuffer: MAX_BUFFER,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...GIT_ENV },
    });
    return { ok: true, stdout, stderr: '' };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: Buffer; stderr?: Buffer };
    if (e.code === 'ENOENT')
      throw new UserError(
        'git is not installed: reading a revision of the ladder needs it',
        1,
        'install git, or compare two ladder folders: ladder changes <old-folder> <new-folder>',
      );
    return { ok: false, stdout: e.stdout ?? Buffer.alloc(0), stderr: String(e.stderr ?? '') };
  }
}

const isHash = (line: string | undefined) => line !== undefined && /^[0-9a-f]{40,64}$/.test(line);

/**
 * The tree of the ladder folder at a revision, with the label its files are named under
 * (`HEAD~1:ladder/`), in one call of git; each way it can fail is one line in words. `dir` is
 * the ladder folder on disk, which says which folder of the repository the ladder is.
 */
export function treeAtRevision(dir: string, rev: string): { tree: string; label: string } {
  // A revision is never read as an option, whatever it starts with.
  const run = rev.startsWith('-')
    ? undefined
    : git(dir, ['rev-parse', '--show-prefix', `${rev}^{commit}`, `${rev}:./`]);
  if (run && !run.ok && /not a git repository/.test(run.stderr))
    throw new UserError(
      `${dir} is not in a git repository`,
      1,
      'compare two ladder folders instead: ladder changes <old-folder> <new-folder>',
    );
  const [prefix = '', commit, tree] = run ? run.stdout.toString('utf8').split('\n') : [];
  if (!run || !isHash(commit))
    throw new UserError(
      `unknown revision "${rev}"`,
      1,
      'name a commit, a branch or a tag, as git log shows them',
    );
  if (!isHash(tree))
    throw new UserError(
      `the ladder folder ${prefix.replace(/\/$/, '') || '.'} is not there at ${rev}`,
      1,
      'name a revision that has it',
    );
  return { tree: tree!, label: `${rev}:${prefix}` };
}

/**
 * The ladder files of a tree, named under `label` for messages: ladder.yaml and the YAML files
 * directly in levels/, as the loader reads a folder. Two calls of git: one to list, one to read.
 */
export function filesOfTree(dir: string, tree: string, label: string): LadderFiles {
  // Blobs are read by their hash, which ls-tree gives: naming them `tree:path` makes git walk
  // the tree again for each file, six times slower on a ladder of a thousand levels.
  // --long gives each blob's size, so that one over the limit is refused without being read.
  const entries = git(dir, ['ls-tree', '-r', '-z', '-l', '--full-tree', tree])
    .stdout.toString('utf8')
    .split('\0')
    .map((line) => /^\d+ blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, blob, size, name]) => ({ blob: blob!, size: Number(size), name: name! }))
    .filter(({ name }) => name === 'ladder.yaml' || /^levels\/[^/]+\.ya?ml$/i.test(name))
    .sort((a, b) => compareText(a.name, b.name));
  const names = entries.map((e) => e.name);
  if (!names.includes('ladder.yaml'))
    throw new UserError(`${label}ladder.yaml does not exist: not a ladder folder there`);
  const small = entries.filter((e) => e.size <= MAX_FILE_BYTES);
  const blobs = new Map(
    catFiles(
      dir,
      small.map((e) => e.blob),
    ).map((bytes, i) => [small[i]!.blob, bytes]),
  );
  const raw = entries.map(({ name, blob, size }): RawFile => ({
    path: `${label}${name}`,
    ...(size <= MAX_FILE_BYTES ? { bytes: blobs.get(blob)! } : { bytes: new Uint8Array(0), size }),
  }));
  const ladderFile = raw[names.indexOf('ladder.yaml')]!;
  return { ladderFile, levelFiles: raw.filter((f) => f !== ladderFile).map(inMemory) };
}

/** The contents of several objects, through one `git cat-file --batch`. */
function catFiles(dir: string, objects: string[]): Buffer[] {
  const out = git(dir, ['cat-file', '--batch'], objects.map((o) => `${o}\n`).join('')).stdout;
  const blobs: Buffer[] = [];
  let at = 0;
  for (const object of objects) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end).toString('utf8');
    const size = Number(/ blob (\d+)$/.exec(header)?.[1]);
    if (!Number.isInteger(size)) throw new UserError(`git could not read ${object}: ${header}`);
    blobs.push(out.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1;
  }
  return blobs;
}
