import { statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { homeFolder } from '../lib/os.js';

type Env = Record<string, string | undefined>;

// Where the store is, apart from reading its files: every command that names a store asks this,
// and the schemas of its files load only when one is read.

/**
 * A store: a folder of small private files, `assessments/` and `evidence/`. It is --store, else
 * LADDER_STORE, else $XDG_DATA_HOME/ladder (~/.local/share/ladder).
 */
export interface Store {
  dir: string;
  /** The store nobody chose: where format-1 assessments, which name nobody, are "me". */
  isDefault: boolean;
  assessments: string;
  evidence: string;
}

export function openStore(option: string | undefined, env: Env): Store {
  // An empty --store would be the folder you are in; a store that is a file would hold nothing.
  if (option !== undefined && option.trim() === '')
    throw new UsageError('--store needs a folder, not an empty value');
  const chosen = option ?? (env.LADDER_STORE || undefined);
  const named = option !== undefined ? '--store' : 'LADDER_STORE';
  if (chosen !== undefined && statSync(chosen, { throwIfNoEntry: false })?.isFile())
    throw new UsageError(`${named} names a file, not a folder: ${chosen}`);
  // A store given as a relative path is shown as given: its files are named from where you are.
  const dir =
    chosen !== undefined
      ? normalize(chosen)
      : resolve(join(env.XDG_DATA_HOME || join(homeFolder(), '.local', 'share'), 'ladder'));
  return {
    dir,
    isDefault: chosen === undefined,
    assessments: join(dir, 'assessments'),
    evidence: join(dir, 'evidence'),
  };
}
