import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli, tempDir } from './helpers.js';

// What the import tests check of an imported ladder: its levels, its tree, and that no word of
// its sources is lost.

/** The words of a page a reader sees: no front matter but its title, no tags, no marks. */
export function visibleWords(page: string): string[] {
  const text = page
    // What a browser never shows, and what the importer leaves out with it.
    .replace(/<(head|script|style|nav|header|footer)\b[^]*?<\/\1>/gi, ' ')
    .replace(
      /^---\n([^]*?)\n---\n/,
      (_, front: string) => (/^title:\s*(.*)$/m.exec(front)?.[1] ?? '') + '\n',
    );
  return text
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/<![^<>]{0,200}>/g, ' ')
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^[-']+|[-']+$/g, '').toLowerCase())
    .filter(Boolean);
}

/** Each imported level as `show --json` gives it. */
export const showIn = (out: string) => async (id: string) =>
  JSON.parse((await runCli(['show', id, '--json', '--ladder', out])).stdout);

/** The tree as `list --json` gives it: each track's title, and "previous → level" per level. */
export async function edgesIn(out: string) {
  const tree = JSON.parse((await runCli(['list', '--json', '--ladder', out])).stdout);
  return tree.tracks.map(
    (t: { title: string; levels: { id: string; previous: string | null }[] }) => [
      t.title,
      t.levels.map((l) => `${l.previous ?? '·'} → ${l.id}`),
    ],
  );
}

/** The words of the pages that neither the levels' JSON nor (when asked) ladder.yaml holds. */
export async function lostWords(out: string, ids: string[], pages: string[], ladderFile = true) {
  const levels = await Promise.all(ids.map(showIn(out)));
  const imported = [
    ...(ladderFile ? [readFileSync(join(out, 'ladder.yaml'), 'utf8')] : []),
    ...levels.map((l) => JSON.stringify(l)),
  ]
    .join(' ')
    .toLowerCase();
  return pages
    .flatMap((page) => visibleWords(readFileSync(page, 'utf8')))
    .filter((w) => !imported.includes(w));
}

/**
 * A source imported into a new folder, at a width that wraps nothing, as it must: exit 0. The
 * folder and what import printed, for the test to check.
 */
export async function importInto(...args: string[]): Promise<{ out: string; stdout: string }> {
  const out = join(tempDir(), 'out');
  const r = await runCli(['import', ...args, '--out', out], { env: { COLUMNS: '120' } });
  expect(r.code, r.stderr).toBe(0);
  return { out, stdout: r.stdout };
}
