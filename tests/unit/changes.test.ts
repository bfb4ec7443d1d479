import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affectedAssessments, affectedEvidence } from '../../src/ladder/affected.js';
import { itemsFor, startAssessment, withAnswer } from '../../src/ladder/assessment.js';
import { compareLadders, hasChanges } from '../../src/ladder/ladder-diff.js';
import type { Ladder, Level } from '../../src/ladder/types.js';
import { renderChanges } from '../../src/render/changes-text.js';
import { join } from 'node:path';
import { mustLoad, overflowing, ROOT, SHIPPED, testStyle } from '../helpers.js';
import { ladders } from '../ladder-gen.js';

const shipped = mustLoad(SHIPPED);

/** A copy of a ladder with one level changed. */
function edit(ladder: Ladder, id: string, change: (level: Level) => Level): Ladder {
  return { ...ladder, levels: ladder.levels.map((l) => (l.id === id ? change(l) : l)) };
}

const reword = (level: Level, section: string, index: number, text: string): Level => ({
  ...level,
  sections: {
    ...level.sections,
    [section]: {
      ...level.sections[section]!,
      items: level.sections[section]!.items.map((item, i) =>
        i === index ? { ...item, text } : item,
      ),
    },
  },
});

describe('compareLadders', () => {
  it('finds nothing between a version and itself', () => {
    fc.assert(
      fc.property(ladders, (ladder) => {
        const d = compareLadders(ladder, ladder);
        expect(d.levels).toEqual([]);
        expect(hasChanges(d)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('swaps added and removed when the versions are swapped', () => {
    fc.assert(
      fc.property(ladders, ladders, (a, b) => {
        const ab = compareLadders(a, b).summary;
        const ba = compareLadders(b, a).summary;
        expect(ab.levels.added).toBe(ba.levels.removed);
        expect(ab.levels.removed).toBe(ba.levels.added);
        expect(ab.items.added).toBe(ba.items.removed);
        expect(ab.items.removed).toBe(ba.items.added);
        expect(ab.tracks.added).toBe(ba.tracks.removed);
        expect(ab.sections.added).toBe(ba.sections.removed);
      }),
      { numRuns: 60 },
    );
  });

  it('reports a reworded checkpoint, a renamed title, a moved level, an added section', () => {
    let now = edit(shipped, 'director', (l) =>
      reword(
        l,
        'checkpoints',
        1,
        'Has written regularly for a technical or people management blog',
      ),
    );
    now = edit(now, 'vp-eng', (l) => ({
      ...l,
      title: 'Vice President of Engineering',
      follows: [],
    }));
    now = {
      ...now,
      sections: [...now.sections, { id: 'impact', title: 'Impact', kind: 'list', assessed: false }],
    };
    const d = compareLadders(shipped, now);
    expect(d.levels.map((l) => [l.id, l.change])).toEqual([
      ['director', 'changed'],
      ['vp-eng', 'renamed'],
    ]);
    expect(d.levels[1]!.follows).toEqual({ from: ['director'], to: [] });
    expect(d.summary.items).toEqual({ added: 0, removed: 0, reworded: 1 });
    expect(d.summary.sections).toEqual({ added: 1, removed: 0, renamed: 0 });
  });

  it('reports a level that comes to follow a second level, where paths merge, as moved', () => {
    const merged = mustLoad(join(ROOT, 'tests/fixtures/merged'));
    const now = edit(merged, 'team-manager', (l) => ({ ...l, follows: ['lead-manager'] }));
    const d = compareLadders(merged, now);
    expect(d.levels.map((l) => [l.id, l.change])).toEqual([['team-manager', 'moved']]);
    expect(d.levels[0]!.follows).toEqual({
      from: ['lead-manager', 'tech-lead'],
      to: ['lead-manager'],
    });
    const text = renderChanges(
      {
        diff: d,
        refs: { old: 'HEAD~1', new: 'HEAD' },
        layout: { stacked: false, changedOnly: true },
        affected: { assessments: [], evidence: [] },
      },
      testStyle(80),
    );
    expect(text).toContain('follows: lead-manager, tech-lead → lead-manager');
  });

  it('counts every item of an added or removed level, and knows a level renamed to a new id', () => {
    const vp = shipped.levels.find((l) => l.id === 'vp-eng')!;
    const without = { ...shipped, levels: shipped.levels.filter((l) => l.id !== 'vp-eng') };
    const added = compareLadders(without, shipped);
    expect(added.levels.map((l) => [l.id, l.change])).toEqual([['vp-eng', 'added']]);
    const count = Object.values(vp.sections).reduce((n, v) => n + v.items.length, 0);
    expect(added.summary.items.added).toBe(count);
    const removed = compareLadders(shipped, without);
    expect(removed.summary.items.removed).toBe(count);
    const renamed = compareLadders(
      shipped,
      edit(shipped, 'vp-eng', (l) => ({ ...l, id: 'vp' })),
    );
    expect(renamed.levels.map((l) => [l.id, l.change, l.renamedFrom])).toEqual([
      ['vp', 'renamed', 'vp-eng'],
    ]);
  });
});

describe('whom a change touches', () => {
  const director = shipped.levels.find((l) => l.id === 'director')!;
  const sam = { id: 'sam', name: 'Sam' };
  let a = startAssessment(
    director,
    itemsFor(
      director,
      shipped.sections.filter((s) => s.assessed),
    ),
    { subject: sam, assessor: sam, role: 'self' },
    new Date(),
  );
  a = withAnswer(a, 0, { status: 'met' }, new Date());
  a = withAnswer(a, 1, { status: 'partly' }, new Date());
  const stored = [{ path: 'sam.json', assessment: a }];

  it('lists the answered items a change rewords or removes, and the items it adds', () => {
    const now = edit(shipped, 'director', (l) => {
      const reworded = reword(l, 'checkpoints', 1, 'Has written regularly');
      const items = reworded.sections.checkpoints!.items;
      return {
        ...reworded,
        sections: {
          ...reworded.sections,
          checkpoints: {
            ...reworded.sections.checkpoints!,
            items: [...items.slice(1), { text: 'Mentors other directors' }],
          },
        },
      };
    });
    const [hit] = affectedAssessments(compareLadders(shipped, now), stored);
    expect(hit!.reworded.map((r) => r.now)).toEqual(['Has written regularly']);
    expect(hit!.removed.map((i) => i.id)).toEqual(['directs-promoted']);
    expect(hit!.added).toEqual(['Mentors other directors']);
    const text = renderChanges(
      {
        diff: compareLadders(shipped, now),
        refs: { old: 'HEAD~1', new: 'HEAD' },
        layout: { stacked: false, changedOnly: true },
        affected: { assessments: [hit!], evidence: [] },
      },
      testStyle(80),
    );
    expect(text).toContain(
      '1 item you answered was reworded; 1 item you answered is gone; 1 is new:',
    );
    for (const width of [40, 80, 120])
      expect(
        overflowing(
          renderChanges(
            {
              diff: compareLadders(shipped, now),
              refs: { old: 'HEAD~1', new: 'HEAD' },
              layout: { stacked: false, changedOnly: true },
              affected: { assessments: [hit!], evidence: [] },
            },
            testStyle(width),
          ),
          width,
        ),
      ).toEqual([]);
  });

  it('counts only the latest assessment of each person, role and level: not the ones it supersedes', () => {
    const now = edit(shipped, 'director', (l) =>
      reword(l, 'checkpoints', 1, 'Has written regularly'),
    );
    const later = { ...a, startedAt: '2030-01-01T00:00:00.000Z' };
    const manager = { ...a, role: 'manager' as const };
    const hits = affectedAssessments(compareLadders(shipped, now), [
      ...stored,
      { path: 'sam-2.json', assessment: later },
      { path: 'sam-manager.json', assessment: manager },
    ]);
    expect(hits.map((h) => h.stored.path)).toEqual(['sam-2.json', 'sam-manager.json']);
  });

  it('leaves untouched an assessment whose items did not change', () => {
    const now = edit(shipped, 'director', (l) => reword(l, 'knowledge', 0, 'Managers of managers'));
    expect(affectedAssessments(compareLadders(shipped, now), stored)).toEqual([]);
  });

  it('names the evidence an item without an id loses, and keeps what an id still finds', () => {
    const now = edit(shipped, 'director', (l) =>
      reword(
        reword(l, 'knowledge', 0, 'Managers of managers'),
        'checkpoints',
        2,
        'Speaks at conferences',
      ),
    );
    const entry = (items: { section: string; id?: string; text: string }[]) => ({
      path: 'e.json',
      entry: {
        format: 1 as const,
        id: '2026-10-01-1',
        subject: sam,
        author: sam,
        date: '2026-10-01',
        text: 'Work',
        links: [],
        items: items.map((i) => ({ level: 'director', ...i })),
        createdAt: '2026-10-01T00:00:00Z',
        updatedAt: '2026-10-01T00:00:00Z',
      },
    });
    const d = compareLadders(shipped, now);
    const lost = affectedEvidence(d, [
      entry([{ section: 'knowledge', text: "Advanced managers' management" }]),
      entry([{ section: 'checkpoints', id: 'external-talks', text: 'Has presented on software' }]),
    ]);
    expect(lost.map((e) => e.items.map((i) => i.section))).toEqual([['knowledge']]);
  });
});
