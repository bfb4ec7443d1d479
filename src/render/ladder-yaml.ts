import { stringify } from 'yaml';
import type { Draft, DraftLevel } from '../ladder/pages/assemble.js';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

function sectionValue(cell: DraftLevel['sections'][string] | undefined): unknown {
  if (!cell) return { status: 'wip' };
  const link = cell.link ? { link: cell.link } : {};
  if ('status' in cell) return { status: cell.status, ...link };
  if ('items' in cell) return cell.link ? { items: cell.items, ...link } : cell.items;
  return cell.link ? { text: cell.text, ...link } : cell.text;
}

/** A ladder directory's files, by path relative to it, as `ladder import` writes them. */
export function draftFiles(draft: Draft, title: string): Record<string, string> {
  const files: Record<string, string> = {
    'ladder.yaml':
      '# yaml-language-server: $schema=./schema/ladder.schema.json\n' +
      yaml({
        title,
        tracks: draft.tracks,
        sections: draft.sections.map((s) => ({
          id: s.id,
          title: s.title,
          kind: s.kind,
          ...(s.assessed ? { assessed: true } : {}),
        })),
      }),
  };
  for (const level of draft.levels) {
    const source = level.page
      ? `# Imported from ${level.page.replace(/^.*[\\/]/, '')}.\n`
      : `# Imported from a neighbouring column of ${level.from!.replace(/^.*[\\/]/, '')}: this level has no page of its own.\n`;
    files[`levels/${level.id}.yaml`] =
      '# yaml-language-server: $schema=../schema/level.schema.json\n' +
      source +
      yaml({
        id: level.id,
        title: level.title,
        track: level.track,
        ...(level.follows ? { follows: level.follows } : {}),
        ...(level.aliases.length ? { aliases: level.aliases } : {}),
        ...(level.order !== undefined ? { order: level.order } : {}),
        sections: Object.fromEntries(
          draft.sections.map((s) => [s.id, sectionValue(level.sections[s.id])]),
        ),
      });
  }
  return files;
}
