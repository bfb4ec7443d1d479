import { join } from 'node:path';
import { UsageError, UserError } from '../../errors.js';
import { readSource, type Source } from '../../io/import-sources.js';
import { loadLadder } from '../../ladder/load.js';
import { withAssessed, type Draft } from '../../ladder/pages/assemble.js';
import type { HeadingOptions } from '../../ladder/pages/heading-page.js';
import type { Page, PageError } from '../../ladder/pages/page.js';
import { inMemory, MAX_FILE_BYTES } from '../../ladder/raw-file.js';
import type { Skipped } from '../../render/import-summary.js';

// What import reads and checks before it writes anything.

/** A folder's name as a track's title: "people-managers" is "People managers". */
const folderTitle = (name: string) => {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * Every source read: its pages, or why it could not be, or that it is not a level's page. A
 * page in a sub-folder of one named is on the folder's track, unless it names its own.
 */
export function readAll(given: Source[], options: HeadingOptions = {}) {
  const pages: Page[] = [];
  const failed: string[] = [];
  const skipped: Skipped[] = [];
  const inFolders = new Set<Page>();
  for (const source of given) {
    try {
      const read = readSource(source, options);
      if (read === 'not a level page') {
        skipped.push({ source: source.path, why: 'no level' });
        continue;
      }
      pages.push(...read);
      for (const p of read) {
        if (source.folder) p.track ??= folderTitle(source.folder);
        if (source.inFolder) inFolders.add(p);
      }
    } catch (error) {
      const e = error as PageError;
      failed.push(`${e.path}: ${e.message}`);
    }
  }
  // A site whose level pages hold tables is one shape: its pages of headings alone, in its
  // folders, are its index, about and notes pages.
  const notes = pages.some((p) => !p.headings)
    ? new Set(pages.filter((p) => p.headings && inFolders.has(p)))
    : new Set<Page>();
  skipped.push(...[...notes].map((p) => ({ source: p.path, why: 'no table' as const })));
  return { pages: pages.filter((p) => !notes.has(p)), failed, skipped };
}

/** The ladder is checked as `ladder validate` would check it, before a byte is written. */
export function checkDraft(out: string, files: Record<string, string>): void {
  // A file the reader would refuse for its size is refused now, before it is checked.
  for (const [name, text] of Object.entries(files)) {
    const size = Buffer.byteLength(text);
    if (size > MAX_FILE_BYTES)
      throw new UserError(
        `the imported ladder's ${name} would be ${size} bytes, over the ${MAX_FILE_BYTES / 2 ** 20} MiB a ladder file may be; nothing was written`,
        1,
        'import fewer sections or levels at a time',
      );
  }
  const bytes = (name: string) => ({ path: join(out, name), bytes: Buffer.from(files[name]!) });
  const { problems } = loadLadder(out, {
    ladderFile: bytes('ladder.yaml'),
    levelFiles: Object.keys(files)
      .filter((n) => n.startsWith('levels/'))
      .sort()
      .map((n) => inMemory(bytes(n))),
  });
  if (problems.length) {
    const p = problems[0]!;
    throw new UserError(
      `the imported ladder would not be valid, so nothing was written: ${p.file}:${p.line}:${p.col}: ${p.message}`,
    );
  }
}

/** The draft with the sections --assessed names marked, or as assembled without it. */
export function chooseAssessed(draft: Draft, ids: string[] | undefined): Draft {
  if (!ids) return draft;
  const chosen = withAssessed(draft, ids);
  if (chosen.unknown.length)
    throw new UsageError(
      `--assessed names no section of this ladder: ${chosen.unknown.join(', ')}`,
      `sections: ${draft.sections.map((s) => s.id).join(', ')}`,
    );
  return chosen.draft;
}
