// Checkpoints are written about the reader: "Has presented on software or management topics…".
// Asked about someone else, such an item reads as a question about them.

const AUXILIARY = /^(has|have|is|are|was|were|can|does|do|did)\s+(\S[\s\S]*)$/i;

/** The third-person form of an auxiliary: "Have" asked about Alice is "Has Alice". */
const THIRD_PERSON: Record<string, string> = {
  have: 'has',
  are: 'is',
  were: 'was',
  do: 'does',
};

/**
 * An item as a question about someone: "Has presented on …" asked about "Alice Martin" is
 * "Has Alice presented on …?". Undefined when the item does not start with a verb that can
 * take the name (a statement, a noun phrase): it is then asked as written.
 */
export function askedAbout(text: string, name: string): string | undefined {
  const match = AUXILIARY.exec(text.trim());
  const first = name.trim().split(/\s+/)[0];
  if (!match || !first) return undefined;
  const verb = match[1]!;
  const lower = verb.toLowerCase();
  const third = THIRD_PERSON[lower] ?? lower;
  const capital = verb[0] === verb[0]!.toUpperCase();
  const asked = capital ? third[0]!.toUpperCase() + third.slice(1) : third;
  return `${asked} ${first} ${match[2]!.replace(/[.!?]\s*$/, '')}?`;
}
