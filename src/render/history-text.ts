import type { HistoryEntry, Movement } from '../ladder/history.js';
import { percent, plural } from '../ladder/words.js';
import { actionCount } from './actions-text.js';
import { sanitizeLine } from './sanitize.js';
import type { Style } from './style.js';
import { localTime } from './time.js';
import { unbroken, wrap } from './wrap.js';

/** The `ladder history --json` contract. */
export const historyListJson = (entries: HistoryEntry[]) => ({
  assessments: entries.map(historyJson),
});

/** One entry as `history --json` gives it. */
function historyJson(e: HistoryEntry) {
  const a = e.stored.assessment;
  const m = e.movement;
  return {
    file: e.stored.path,
    level: a.level,
    subject: a.subject,
    assessor: a.assessor,
    role: a.role,
    startedAt: a.startedAt,
    updatedAt: a.updatedAt,
    complete: a.complete,
    answered: e.answered,
    total: e.total,
    readiness: e.readiness,
    actions: a.actions
      ? {
          open: a.actions.filter((x) => x.status === 'open').length,
          done: a.actions.filter((x) => x.status === 'done').length,
        }
      : null,
    movement:
      m.kind === 'points'
        ? { since: m.since.path, points: m.points }
        : m.kind === 'items-changed'
          ? { since: m.since.path, itemsAdded: m.added, itemsRemoved: m.removed }
          : null,
  };
}

function movementWords(m: Movement): string {
  if (m.kind === 'none') return '';
  const since = unbroken(localTime(m.since.assessment.startedAt));
  if (m.kind === 'points')
    return m.points === 0
      ? `, no change since ${since}`
      : `, ${m.points > 0 ? '+' : ''}${plural(m.points, 'point')} since ${since}`;
  const what = [m.added ? `${m.added} added` : '', m.removed ? `${m.removed} removed` : '']
    .filter(Boolean)
    .join(', ');
  return `; not compared with ${since}: the items differ (${what})`;
}

const ROLE_WORD = { self: 'self', manager: 'manager', peer: 'peer', agreed: 'agreed' } as const;

/** What one entry says: when, whose, how complete, readiness, and how it moved. */
function entryLine(e: HistoryEntry): string {
  const a = e.stored.assessment;
  const when = unbroken(localTime(a.startedAt));
  const by =
    a.role === 'self'
      ? 'self'
      : `${ROLE_WORD[a.role]}${a.assessor ? ` (${sanitizeLine(a.assessor.name)})` : ''}`;
  if (!a.complete) {
    const sofar = e.readiness === null ? 'nothing counted yet' : `so far ${percent(e.readiness)}`;
    return `${when}  ${by}, unfinished: ${e.answered} of ${e.total} answered, ${sofar}`;
  }
  const score = e.readiness === null ? 'nothing to count' : `readiness ${percent(e.readiness)}`;
  const actions = a.actions?.length ? `; ${actionCount(a.actions)}` : '';
  return `${when}  ${by}: ${score}${movementWords(e.movement)}${actions}`;
}

/** `ladder history`: assessments by level and person, oldest first, with how readiness moved. */
export function renderHistory(entries: HistoryEntry[], dir: string, style: Style): string {
  const { color, width } = style;
  const folder = sanitizeLine(dir);
  if (entries.length === 0)
    return `${wrap(`No saved assessments in ${folder}.`, { width, first: '' })}\n${wrap(
      `Start one with: ${unbroken('ladder assess')}`,
      { width, first: '' },
    )}\n`;
  const out = [color.dim(wrap(`Saved assessments in ${folder}`, { width, first: '' }))];
  const groups = new Map<string, HistoryEntry[]>();
  for (const e of entries) {
    const a = e.stored.assessment;
    const k = `${a.level.id}\u0000${a.subject?.id ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  for (const group of groups.values()) {
    const a = group[0]!.stored.assessment;
    const about = a.subject ? ` · ${sanitizeLine(a.subject.name)}` : '';
    out.push(
      '',
      wrap(`${sanitizeLine(a.level.title)} (${sanitizeLine(a.level.id)})${about}`, {
        width,
        first: '',
        paint: color.bold,
      }),
    );
    for (const e of group) {
      const line = entryLine(e);
      out.push(
        wrap(line, {
          width,
          first: '  ',
          rest: '      ',
          ...(e.stored.assessment.complete ? {} : { paint: color.yellow }),
        }),
      );
      out.push(wrap(sanitizeLine(e.stored.path), { width, first: '    ', paint: color.dim }));
    }
  }
  return out.join('\n') + '\n';
}
