/** Calls `onDuplicate` for each entry whose key an earlier entry already had. */
export function checkDuplicates<T>(
  entries: T[],
  key: (entry: T) => string,
  onDuplicate: (entry: T, index: number, first: T) => void,
): void {
  const seen = new Map<string, T>();
  entries.forEach((entry, index) => {
    const k = key(entry);
    const first = seen.get(k);
    if (first !== undefined) onDuplicate(entry, index, first);
    else seen.set(k, entry);
  });
}
