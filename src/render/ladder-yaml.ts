import { stringify } from 'yaml';
import type { Draft, DraftCell } from '../ladder/pages/assemble.js';
import { fileName } from '../ladder/pages/assemble.js';
import { followsField } from '../ladder/tree.js';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** A cell as a level file writes it: a status, prose, or a list whose items keep their ids. */
function sectionValue(cell: DraftCell): unknown {
  const link = cell.link ? { link: cell.link } : {};
  if ('status' in cell)
    return cell.status === 'wip' && !cell.link ? 'WIP' : { status: cell.status, ...link };
  if (cell.kind === 'text') return cell.link ? { text: cell.source, ...link } : cell.source;
  const items = cell.items.map((i) =>
    i.id || i.items
      ? { ...(i.id ? { id: i.id } : {}), text: i.source, ...(i.items ? { items: i.items } : {}) }
      : i.source,
  );
  const intro = cell.intro === undefined ? {} : { text: cell.intro };
  return cell.link || cell.intro !== undefined ? { ...intro, items, ...link } : items;
}

/** A ladder directory's files, by path relative to it, as `ladder import` writes them. */
export function draftFiles(draft: Draft, title: string): Record<string, string> {
  const files: Record<string, string> = {
    'ladder.yaml':
      '# yaml-language-server: $schema=./schema/ladder.schema.json\n' +
      yaml({
        title,
        tracks: draft.tracks,
        ...(draft.groups.length ? { groups: draft.groups } : {}),
        sections: draft.sections.map((s) => ({
          id: s.id,
          title: s.title,
          kind: s.kind,
          ...(s.assessed ? { assessed: true } : {}),
          ...(s.group ? { group: s.group } : {}),
          ...(s.description ? { description: s.description } : {}),
        })),
        ...(draft.shared.length ? { shared: draft.shared } : {}),
      }),
  };
  for (const level of draft.levels) {
    const source = level.page
      ? `# Imported from ${fileName(level.page)}.\n`
      : `# Imported from a neighbouring column of ${fileName(level.from!)}: this level has no page of its own.\n`;
    files[`levels/${level.id}.yaml`] =
      '# yaml-language-server: $schema=../schema/level.schema.json\n' +
      source +
      yaml({
        id: level.id,
        title: level.title,
        ...(level.summary ? { summary: level.summary } : {}),
        track: level.track,
        ...followsField(level.follows),
        ...(level.aliases.length ? { aliases: level.aliases } : {}),
        ...(level.order !== undefined ? { order: level.order } : {}),
        sections: Object.fromEntries(
          draft.sections.map((s) => [s.id, sectionValue(level.sections[s.id]!)]),
        ),
      });
  }
  return files;
}
