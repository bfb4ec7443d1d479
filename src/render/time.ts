import { isOverdue } from '../ladder/dates.js';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A stored time (ISO, UTC) in the reader's local time with its offset, to the minute:
 * "2026-11-26 11:05 +01:00". Local time follows TZ, as everywhere in Node.
 */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())} ${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The local date alone: "2026-11-26". */
export const localDate = (iso: string): string => localTime(iso).slice(0, 10);

/** "due 2027-03-31"; "due 2020-01-01, overdue" for an open action past it; nothing undated. */
export const dueWords = (
  action: { status?: 'open' | 'done'; due: string | null },
  today: string,
): string => (action.due ? `due ${action.due}${isOverdue(action, today) ? ', overdue' : ''}` : '');
