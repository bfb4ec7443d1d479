import { join } from 'node:path';
import {
  newestFirst,
  nextEvidenceId,
  type EvidenceEntry,
  type StoredEvidence,
} from '../ladder/evidence.js';
import { evidenceProblem } from '../ladder/store-schemas.js';
import {
  BadStoreFile,
  fileLabel,
  prepareStoreFolder,
  readStoreFolder,
  readStoreJson,
  updateStoreFile,
  withFolderLock,
} from './store.js';
import type { Store } from './store-location.js';
import { AlreadyExists, writeFileAtomic } from './write-file.js';

// The store's evidence/ folder: one small private file per entry, written as assessments are.

const WHAT = 'evidence entry';

/** Reads and checks one evidence file against its JSON Schema. */
export function readEvidence(path: string): EvidenceEntry {
  const value = readStoreJson(path, WHAT);
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > 2)
    throw new BadStoreFile(
      path,
      `written by a newer ladder (format ${format}); update ladder to read it`,
      WHAT,
    );
  const problem = evidenceProblem(value);
  if (problem !== undefined) throw new BadStoreFile(path, problem, WHAT);
  return value as EvidenceEntry;
}

/** Every readable entry, newest first; the others are named with why. */
export function listEvidence(store: Store): {
  found: StoredEvidence[];
  skipped: BadStoreFile[];
} {
  const { found, skipped } = readStoreFolder(store.evidence, readEvidence);
  return {
    found: found.map(({ path, value }) => ({ path, entry: value })).sort(newestFirst),
    skipped,
  };
}

const json = (entry: EvidenceEntry) => `${JSON.stringify(entry, null, 2)}\n`;

/**
 * Saves a new entry in a file of its own, `alice-martin.2026-11-20-1.json`. The name is taken
 * by creating the file, so an id another process took a moment ago is refused, never
 * overwritten: the caller asks for the next id.
 */
export function saveNewEvidence(store: Store, entry: EvidenceEntry): string {
  prepareStoreFolder(store.evidence);
  const path = join(store.evidence, `${fileLabel(entry.subject?.id ?? 'me')}.${entry.id}.json`);
  writeFileAtomic(path, json(entry), { mode: 0o600 });
  return path;
}

/** Saves an entry over its file, atomically. */
export function saveEvidence(path: string, entry: EvidenceEntry): void {
  writeFileAtomic(path, json(entry), { force: true, mode: 0o600 });
}

/** An entry changed under its lock, from what the file holds now. */
export const updateEvidence = (
  path: string,
  change: (entry: EvidenceEntry) => EvidenceEntry,
): EvidenceEntry => updateStoreFile(path, readEvidence, change, saveEvidence);

/**
 * Records a new entry with the next free id of its day. The id is chosen and the entry saved
 * under the evidence folder's lock, from the ids the store holds now, so parallel writers
 * never share one; a file already at that name (one nobody could read) takes the one after.
 */
export function recordEvidence(
  store: Store,
  date: string,
  entryWith: (id: string) => EvidenceEntry,
): StoredEvidence {
  return withFolderLock(store.evidence, () => {
    const taken = listEvidence(store).found.map((s) => s.entry.id);
    for (;;) {
      const entry = entryWith(nextEvidenceId(date, taken));
      try {
        return { path: saveNewEvidence(store, entry), entry };
      } catch (error) {
        if (!(error instanceof AlreadyExists)) throw error;
        taken.push(entry.id);
      }
    }
  });
}
