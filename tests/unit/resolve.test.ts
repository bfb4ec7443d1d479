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

  it('says when a prefix is ambiguous', async () => {
    expect(resolveLevel(fork, 's')).toMatchObject({ kind: 'ambiguous' });
    await expect(requireLevel(fork, 's')).rejects.toThrow('level "s" is ambiguous: it could be');
  });

  it('turns a miss into a usage error that suggests the closest names', async () => {
    expect(resolveLevel(shipped, 'vp-egn')).toEqual({ kind: 'unknown' });
    await expect(requireLevel(shipped, 'vp-egn')).rejects.toMatchObject({
      message: 'unknown level "vp-egn"',
      exitCode: 2,
      hint: 'did you mean vp-eng?',
    });
    await expect(requireLevel(shipped, 'directr')).rejects.toMatchObject({
      hint: 'did you mean director?',
    });
    await expect(requireLevel(shipped, 'intern')).rejects.toMatchObject({
      hint: 'run "ladder list" to see the levels',
    });
  });

  it('suggests a section only where what was typed is close to it', async () => {
    await expect(requireSections(shipped, ['knowldge'])).rejects.toMatchObject({
      hint: 'did you mean knowledge?',
    });
    // "nope" is two edits from "scope", but half of a short word is not a typo.
    await expect(requireSections(shipped, ['nope'])).rejects.toMatchObject({
      hint: expect.stringMatching(/^sections: years, scope, /),
    });
  });

  it('quotes no more than a line of what was typed', async () => {
    await expect(requireLevel(shipped, 'x'.repeat(20_000))).rejects.toMatchObject({
      message: `unknown level "${'x'.repeat(59)}…"`,
    });
  });
});

describe('requireSections', () => {
  it('keeps ladder order and rejects unknown ids with a suggestion', async () => {
    expect((await requireSections(shipped, ['checkpoints', 'years'])).map((s) => s.id)).toEqual([
      'years',
      'checkpoints',
    ]);
    expect(await requireSections(shipped, [])).toHaveLength(8);
    await expect(requireSections(shipped, ['knowlege'])).rejects.toMatchObject({
      message: 'unknown section "knowlege"',
      hint: 'did you mean knowledge?',
    });
  });
});
