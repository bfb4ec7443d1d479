import { describe, expect, it } from 'vitest';
import { lintLadder } from '../../src/ladder/lint.js';
import type { Ladder, Level, SectionValue } from '../../src/ladder/types.js';
import { mustLoad, SHIPPED } from '../helpers.js';

const list = (...items: string[]): SectionValue => ({
  status: 'defined',
  kind: 'list',
  items: items.map((text) => ({ text })),
});
const text = (t: string): SectionValue => ({
  status: 'defined',
  kind: 'text',
  items: [{ text: t }],
});

function ladderOf(levels: Partial<Level>[]): Ladder {
  return {
    dir: '.',
    title: 'T',
    tracks: [{ id: 't', title: 'T' }],
    sections: [
      { id: 'years', title: 'Years', kind: 'text', assessed: false },
      { id: 'skills', title: 'Skills', kind: 'list', assessed: false },
      { id: 'checkpoints', title: 'Checkpoints', kind: 'list', assessed: true },
    ],
    groups: [],
    shared: [],
    levels: levels.map(
      (l) =>
        ({
          aliases: [],
          follows: [],
          track: 't',
          file: `${l.id}.yaml`,
          title: l.id!,
          sections: {},
          ...l,
        }) as Level,
    ),
  };
}

const rules = (ladder: Ladder, minNewItems = 1) =>
  lintLadder(ladder, { minNewItems }).map((f) => `${f.rule}: ${f.message}`);

describe('lint', () => {
  it("finds the shipped ladder's real weak spots", () => {
    expect(rules(mustLoad(SHIPPED), 2)).toEqual([
      'section-unchanged: vp-eng: `years` unchanged from director (15+)',
      'unwritten-level: vp-eng: `checkpoints` is WIP: nobody can assess themselves against this level',
    ]);
  });

  it('years going backwards, repeated checkpoints, duplicates and thin steps', () => {
    const ladder = ladderOf([
      {
        id: 'a',
        sections: {
          years: text('5+'),
          skills: list('Code', 'Review'),
          checkpoints: list('Shipped'),
        },
      },
      {
        id: 'b',
        follows: ['a'],
        sections: {
          years: text('2 to 5'),
          skills: list('Code', 'Review', 'code'),
          checkpoints: list('Shipped', 'Led'),
        },
      },
    ]);
    expect(rules(ladder, 3)).toEqual([
      'duplicate-item: b: "code" appears twice (in skills)',
      'years-backwards: b: years go down along the path, a 5+ → b 2 to 5',
      'repeated-item: b: "Shipped" repeats a\'s `checkpoints` word for word',
      'thin-step: b: adds 1 new item over a (fewer than 3)',
    ]);
  });

  it('does not call a section unchanged when its reference link changed', () => {
    const link = { title: 'Framework', url: 'https://example.com/f' };
    const ladder = ladderOf([
      { id: 'a', sections: { skills: list('Code', 'Review') } },
      { id: 'b', follows: ['a'], sections: { skills: { ...list('Code', 'Review'), link } } },
      { id: 'c', follows: ['b'], sections: { skills: { ...list('Code', 'Review'), link } } },
    ]);
    expect(rules(ladder, 0).filter((r) => r.startsWith('section-unchanged'))).toEqual([
      'section-unchanged: c: `skills` unchanged from b',
    ]);
  });

  it('says nothing of a first level or of a ladder that moves', () => {
    const ladder = ladderOf([
      {
        id: 'a',
        sections: {
          years: text('0-2'),
          skills: list('Code'),
          checkpoints: { status: 'n/a', kind: 'list', items: [] },
        },
      },
      {
        id: 'b',
        follows: ['a'],
        sections: { years: text('2+'), skills: list('Design'), checkpoints: list('Led') },
      },
    ]);
    expect(rules(ladder)).toEqual([]);
  });
});
