import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { homeFolder, loginName as systemLogin } from '../lib/os.js';
import { checkLimit, LIMITS } from '../ladder/limits.js';

type Env = Record<string, string | undefined>;

/** The `name` of the `[user]` section of a git config file, if it has one. */
function gitUserName(text: string): string | undefined {
  let inUser = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const section = /^\[\s*([^\]\s"]+)(?:\s+"[^"]*")?\s*\]$/.exec(line);
    if (section) {
      inUser = section[1]!.toLowerCase() === 'user';
      continue;
    }
    const pair = /^name\s*=\s*(.*)$/i.exec(line);
    if (inUser && pair) {
      const value = pair[1]!.trim().replace(/^"(.*)"$/, '$1');
      if (value) return value;
    }
  }
  return undefined;
}

const readQuietly = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The name in git's config, read from its files as git would find them (the repository's,
 * then the user's), without starting git: it is asked on a prompt's path.
 */
function fromGit(env: Env, cwd: string): string | undefined {
  const files: string[] = [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    files.push(join(dir, '.git', 'config'));
    if (dirname(dir) === dir) break;
  }
  const home = env.HOME || homeFolder();
  files.push(
    env.GIT_CONFIG_GLOBAL || join(home, '.gitconfig'),
    join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config'),
  );
  for (const file of files) {
    const text = readQuietly(file);
    const name = text && gitUserName(text);
    if (name) return name;
  }
  return undefined;
}

function loginName(env: Env): string {
  try {
    return systemLogin();
  } catch {
    // A container without a password entry for the user.
    return env.USER || env.LOGNAME || 'me';
  }
}

/**
 * Who "me" is: --as, else LADDER_USER, else the user name in git's config, else the login name.
 * Git's files are read only when the name is first asked for.
 */
export function myName(option: string | undefined, env: Env, cwd: string): () => string {
  let name: string | undefined;
  return () => {
    if (name === undefined) {
      name = option?.trim() || env.LADDER_USER?.trim() || fromGit(env, cwd) || loginName(env);
      const from = option?.trim() ? '--as' : env.LADDER_USER?.trim() ? 'LADDER_USER' : 'your name';
      checkLimit(name, LIMITS.name, from);
    }
    return name;
  };
}
