import { describe, expect, it } from 'vitest';
import { requireLevel, requireSections, resolveLevel } from '../../src/ladder/resolve.js';
import { FORK, mustLoad, SHIPPED } from '../helpers.js';

const shipped = mustLoad(SHIPPED);
const fork = mustLoad(FORK);
const found = (query: string, ladder = shipped) => {
  const r = resolveLevel(ladder, query);
  return r.kind === 'found' ? r.level.id : r;
};

describe('resolveLevel', () => {
  it('matches an id, an alias or a title, ignoring case and spacing', () => {
    expect(found('vp-eng')).toBe('vp-eng');
    expect(found('VP')).toBe('vp-eng');
    expect(found('vp-of-engineering')).toBe('vp-eng');
    expect(found('VP of Engineering')).toBe('vp-eng');
    expect(found('  director   of engineering ')).toBe('director');
    expect(found('Director-Eng')).toBe('director');
  });

  it('matches a unique prefix', () => {
    expect(found('dir')).toBe('director');
    expect(found('vp-e')).toBe('vp-eng');
    expect(found('sta', fork)).toBe('staff');
  });

  it('says when a prefix is ambiguous', () => {
    expect(resolveLevel(fork, 's')).toMatchObject({ kind: 'ambiguous' });
    expect(() => requireLevel(fork, 's')).toThrow('level "s" is ambiguous: it could be');
  });

  it('suggests the closest names on a miss', () => {
    expect(resolveLevel(shipped, 'vp-egn')).toEqual({ kind: 'unknown', suggestions: ['vp-eng'] });
    expect(resolveLevel(shipped, 'directr')).toEqual({
      kind: 'unknown',
      suggestions: ['director'],
    });
    expect(resolveLevel(shipped, 'intern')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('turns a miss into a usage error with a hint', () => {
    expect(() => requireLevel(shipped, 'vp-egn')).toThrow(
      expect.objectContaining({
        message: 'unknown level "vp-egn"',
        exitCode: 2,
        hint: 'did you mean vp-eng?',
      }),
    );
    expect(() => requireLevel(shipped, 'intern')).toThrow(
      expect.objectContaining({ hint: 'run "ladder list" to see the levels' }),
    );
  });
});

describe('requireSections', () => {
  it('keeps ladder order and rejects unknown ids with a suggestion', () => {
    expect(requireSections(shipped, ['checkpoints', 'years']).map((s) => s.id)).toEqual([
      'years',
      'checkpoints',
    ]);
    expect(requireSections(shipped, [])).toHaveLength(8);
    expect(() => requireSections(shipped, ['knowlege'])).toThrow(
      expect.objectContaining({
        message: 'unknown section "knowlege"',
        hint: 'did you mean knowledge?',
      }),
    );
  });
});
