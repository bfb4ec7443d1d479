import { describe, expect, it } from 'vitest';
import { plural } from '../../src/ladder/words.js';

describe('plural', () => {
  it('counts in words, thousands grouped as people read them', () => {
    expect(plural(1, 'level')).toBe('1 level');
    expect(plural(0, 'level')).toBe('0 levels');
    expect(plural(999, 'entry', 'entries')).toBe('999 entries');
    expect(plural(1000, 'level')).toBe('1,000 levels');
    expect(plural(50000, 'level')).toBe('50,000 levels');
    expect(plural(1234567, 'item')).toBe('1,234,567 items');
  });
});
