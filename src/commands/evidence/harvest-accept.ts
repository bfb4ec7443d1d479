import { UserError } from '../../errors.js';
import { readRegularFile } from '../../io/read-file.js';
import type { EvidenceItem } from '../../ladder/evidence.js';
import { MAX_FILE_BYTES } from '../../ladder/raw-file.js';
import type { Ladder } from '../../ladder/types.js';
import type { Offer } from '../../render/harvest-text.js';
import { resolveItems } from './open.js';

/** What a --json file says to accept: for each work, by its newest commit, the items listed. */
function acceptLists(file: string): Map<string, string[]> {
  let value: unknown;
  try {
    value = JSON.parse(readRegularFile(file, MAX_FILE_BYTES).toString('utf8'));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file} is not JSON: ${(error as Error).message}`, 1, HINT);
  }
  const work = (value as { work?: unknown } | null)?.work;
  if (!Array.isArray(work)) throw new UserError(`${file} has no "work" list`, 1, HINT);
  const lists = new Map<string, string[]>();
  work.forEach((w: { commits?: unknown; accept?: unknown }, n) => {
    const head = Array.isArray(w?.commits) ? w.commits[0] : undefined;
    const accept = w?.accept;
    if (
      typeof head !== 'string' ||
      !Array.isArray(accept) ||
      accept.some((a) => typeof a !== 'string')
    )
      throw new UserError(
        `${file}: work ${n + 1} needs its commits and an accept list of item addresses`,
        1,
        HINT,
      );
    if (accept.length) lists.set(head, accept as string[]);
  });
  return lists;
}

const HINT = 'write the file with ladder evidence harvest --json, then fill in each accept';

/**
 * The offers a --json file accepts, each with its items: work the file names that is no
 * longer on offer (recorded or skipped since) is left out; an unknown item stops it all first.
 */
export function acceptedIn(
  file: string,
  offers: Offer[],
  ladder: Ladder,
): { offer: Offer; items: EvidenceItem[] }[] {
  const lists = acceptLists(file);
  return offers.flatMap((offer) => {
    const list = lists.get(offer.work.commits[0]!);
    return list ? [{ offer, items: resolveItems(ladder, list) }] : [];
  });
}
