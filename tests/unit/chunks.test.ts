import { describe, expect, it } from 'vitest';
import { inChunks } from '../../src/render/chunks.js';

describe('inChunks', () => {
  it('joins parts into chunks of about 64 KiB, losing and reordering nothing', () => {
    const parts = Array.from({ length: 5000 }, (_, i) => `<p>${i}</p>`.repeat(i % 7));
    const chunks = [...inChunks(parts)];
    expect(chunks.join('')).toBe(parts.join(''));
    expect(chunks.length).toBeGreaterThan(1);
    expect(
      chunks.slice(0, -1).every((c) => c.length >= 1 << 16 && c.length < (1 << 16) + 100),
    ).toBe(true);
  });

  it('gives nothing for nothing, and one chunk for a short text', () => {
    expect([...inChunks([])]).toEqual([]);
    expect([...inChunks(['a', 'b'])]).toEqual(['ab']);
  });
});
