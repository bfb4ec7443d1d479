import { diffWords } from 'diff';

export interface WordPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/**
 * The words that differ between two versions of an item, in reading order. White space at the
 * edge of a changed run is moved out of it, so markers hug the words: "{+and external+} ".
 */
export function wordDiff(from: string, to: string): WordPart[] {
  return diffWords(from, to).flatMap((part): WordPart[] => {
    const kind: WordPart['kind'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    if (kind === 'same') return [{ text: part.value, kind }];
    const [, lead = '', text = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.value) ?? [];
    return [
      ...(lead ? [{ text: lead, kind: 'same' as const }] : []),
      ...(text ? [{ text, kind }] : []),
      ...(trail ? [{ text: trail, kind: 'same' as const }] : []),
    ];
  });
}
