import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Person } from '../ladder/people.js';
import {
  BadStoreFile,
  fileLabel,
  prepareStoreFolder,
  readStoreJson,
  updateStoreFile,
} from './store.js';
import type { Store } from './store-location.js';
import { writeFileAtomic } from './write-file.js';

// What harvest has offered a person: each commit accepted or skipped, never offered again,
// and when they last harvested. One private file a person, in the store's harvest/ folder.

export type Verdict = 'accepted' | 'skipped';

export interface Ledger {
  format: 1;
  person: Person;
  /** When the last harvest ran, by ladder's clock: the next one starts there. */
  last?: string;
  seen: Record<string, Verdict>;
}

const WHAT = 'harvest record';

export const ledgerPath = (store: Store, person: Person): string =>
  join(store.dir, 'harvest', `${fileLabel(person.id)}.json`);

/** The person's record, or an empty one before their first harvest. */
export function readLedger(path: string, person: Person): Ledger {
  if (!existsSync(path)) return { format: 1, person, seen: {} };
  const value = readStoreJson(path, WHAT) as Partial<Ledger> | null;
  const seen = value?.seen;
  if (
    value?.format !== 1 ||
    typeof seen !== 'object' ||
    seen === null ||
    Object.entries(seen).some(
      ([hash, v]) => !/^[0-9a-f]{40,64}$/.test(hash) || (v !== 'accepted' && v !== 'skipped'),
    ) ||
    (value.last !== undefined && typeof value.last !== 'string')
  )
    throw new BadStoreFile(path, 'not a record of harvested commits', WHAT);
  return value as Ledger;
}

/** Records verdicts on commits (and the harvest's time) under the file's lock, atomically. */
export function recordVerdicts(
  path: string,
  person: Person,
  change: { verdicts?: Record<string, Verdict>; last?: string },
): void {
  prepareStoreFolder(join(path, '..'));
  updateStoreFile(
    path,
    (p) => readLedger(p, person),
    (ledger) => ({
      ...ledger,
      ...(change.last ? { last: change.last } : {}),
      seen: { ...ledger.seen, ...change.verdicts },
    }),
    (p, ledger) =>
      writeFileAtomic(p, `${JSON.stringify(ledger, null, 2)}\n`, { force: true, mode: 0o600 }),
  );
}
