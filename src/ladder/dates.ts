/** A real calendar date written as YYYY-MM-DD: 2027-02-30 is not one. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** An action still open after its due date (YYYY-MM-DD dates compare as text). */
export const isOverdue = (
  action: { status?: 'open' | 'done'; due: string | null },
  today: string,
): boolean => action.status !== 'done' && action.due !== null && action.due < today;

/**
 * The first day of a window, as YYYY-MM-DD: a date as it is, or a duration (90d, 12w, 6m, 1y)
 * back from `today`; undefined for anything else.
 */
export function windowStart(value: string, today: string): string | undefined {
  const text = value.trim();
  if (isDate(text)) return text;
  const m = /^(\d{1,5})([dwmy])$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const day = new Date(`${today}T00:00:00Z`);
  if (m[2] === 'd') day.setUTCDate(day.getUTCDate() - n);
  if (m[2] === 'w') day.setUTCDate(day.getUTCDate() - 7 * n);
  if (m[2] === 'm') day.setUTCMonth(day.getUTCMonth() - n);
  if (m[2] === 'y') day.setUTCFullYear(day.getUTCFullYear() - n);
  return Number.isNaN(day.getTime()) || day.getUTCFullYear() < 1970
    ? undefined
    : day.toISOString().slice(0, 10);
}
