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
