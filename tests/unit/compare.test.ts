import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STATUSES,
  type AnswerStatus,
  type Assessment,
  type AssessedItem,
} from '../../src/ladder/assessment.js';
import { compareAssessments, gapBetween, type Comparison } from '../../src/ladder/compare.js';
import {
  nextActionId,
  startOutcome,
  withAction,
  withActionDone,
} from '../../src/ladder/outcome.js';
import { askedAbout } from '../../src/ladder/wording.js';

const NOW = new Date('2026-11-26T10:00:00Z');

function assessment(items: Partial<AssessedItem>[], role: Assessment['role'] = 'self'): Assessment {
  return {
    format: 2,
    level: { id: 'director', title: 'Director' },
    subject: { id: 'alice-martin', name: 'Alice Martin' },
    assessor: { id: 'alice-martin', name: 'Alice Martin' },
    role,
    startedAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    complete: true,
    years: null,
    yearsGuideline: null,
    items: items.map((item, i) => ({
      section: 'checkpoints',
      position: i + 1,
      text: `item ${i + 1}`,
      status: 'met',
      note: '',
      ...item,
    })),
    retired: [],
  };
}

/** An assessment of up to eight items from a pool, some by id, answered at random. */
const anAssessment = fc
  .array(
    fc.record({
      n: fc.integer({ min: 1, max: 8 }),
      byId: fc.boolean(),
      status: fc.constantFrom<AnswerStatus | null>(...STATUSES, null),
      note: fc.constantFrom('', 'a note'),
    }),
    { maxLength: 8 },
  )
  .map((picks) =>
    assessment(
      picks.map(({ n, byId, status, note }) => ({
        text: `item ${n}`,
        ...(byId ? { id: `item-${n}` } : {}),
        status,
        note,
      })),
    ),
  );

/** The comparison seen from the other side. */
function mirror(c: Comparison): Comparison {
  return {
    items: c.items.map((i) => ({
      ...i,
      left: i.right,
      right: i.left,
      at: { left: i.at.right, right: i.at.left },
    })),
    summary: { ...c.summary, onlyLeft: c.summary.onlyRight, onlyRight: c.summary.onlyLeft },
  };
}

const key = (i: Comparison['items'][number]) =>
  JSON.stringify([i.section, i.at, i.gap, i.left, i.right]);

describe('compareAssessments', () => {
  it('counts steps on Not yet, Partly, Met, and Not applicable as one step from anything else', () => {
    expect(gapBetween('met', 'not-yet')).toBe(2);
    expect(gapBetween('met', 'partly')).toBe(1);
    expect(gapBetween('partly', 'not-yet')).toBe(1);
    expect(gapBetween('na', 'met')).toBe(1);
    expect(gapBetween('na', 'not-yet')).toBe(1);
    expect(gapBetween('na', 'na')).toBe(0);
    expect(gapBetween('partly', 'partly')).toBe(0);
  });

  it('finds only agreements when an assessment is compared with itself', () => {
    fc.assert(
      fc.property(anAssessment, (a) => {
        const c = compareAssessments(a, a);
        const answered = a.items.filter((i) => i.status !== null).length;
        expect(c.summary).toEqual({ agree: answered, disagree: 0, onlyLeft: 0, onlyRight: 0 });
        expect(c.items.every((i) => i.gap === 0)).toBe(true);
      }),
    );
  });

  it('mirrors its result when the sides are swapped', () => {
    fc.assert(
      fc.property(anAssessment, anAssessment, (a, b) => {
        const ab = compareAssessments(a, b);
        const ba = mirror(compareAssessments(b, a));
        expect(ab.summary).toEqual(ba.summary);
        expect(ab.items.map(key).sort()).toEqual(ba.items.map(key).sort());
      }),
    );
  });

  it('lists disagreements first, the furthest apart first, then agreements, then one-sided items', () => {
    const left = assessment([
      { status: 'met' },
      { status: 'met' },
      { status: 'partly' },
      { status: 'met', text: 'only on the left' },
    ]);
    const right = assessment(
      [
        { status: 'partly' },
        { status: 'met' },
        { status: 'not-yet' },
        { status: 'met', text: 'only on the right' },
      ],
      'manager',
    );
    const c = compareAssessments(left, right);
    // item 3 is 1 step apart, as is item 1: the left's order keeps them in place.
    expect(c.items.map((i) => [i.text, i.gap])).toEqual([
      ['item 1', 1],
      ['item 3', 1],
      ['item 2', 0],
      ['only on the left', null],
      ['only on the right', null],
    ]);
    expect(c.summary).toEqual({ agree: 1, disagree: 2, onlyLeft: 1, onlyRight: 1 });
    const far = compareAssessments(
      assessment([{ status: 'partly' }, { status: 'met' }]),
      assessment([{ status: 'met' }, { status: 'not-yet' }]),
    );
    expect(far.items.map((i) => i.gap)).toEqual([2, 1]);
  });

  it('matches items by id first, then by exact text, whatever their order', () => {
    const left = assessment([
      { id: 'a', text: 'Old wording', status: 'met' },
      { text: 'Same text', status: 'partly' },
    ]);
    const right = assessment([
      { text: 'Same text', status: 'partly' },
      { id: 'a', text: 'New wording', status: 'not-yet' },
    ]);
    const c = compareAssessments(left, right);
    expect(c.items.map((i) => [i.id, i.text, i.gap])).toEqual([
      ['a', 'Old wording', 2],
      [null, 'Same text', 0],
    ]);
  });

  it('counts an item one side left open as answered by the other side only, and leaves out what neither answered', () => {
    const c = compareAssessments(
      assessment([{ status: null }, { status: 'met' }, { status: null }]),
      assessment([{ status: 'met' }, { status: null }, { status: null }]),
    );
    expect(c.summary).toEqual({ agree: 0, disagree: 0, onlyLeft: 1, onlyRight: 1 });
    expect(c.items).toHaveLength(2);
    expect(c.items[0]!.left).toEqual({ status: null, note: '' });
    expect(c.items[0]!.right).toEqual({ status: 'met', note: '' });
    expect(c.items.map((i) => i.gap)).toEqual([null, null]);
  });
});

describe('an agreed outcome', () => {
  const left = {
    path: 'self.json',
    assessment: assessment([{ status: 'met' }, { status: 'met' }, { status: 'partly' }]),
  };
  const right = {
    path: 'manager.json',
    assessment: assessment(
      [{ status: 'met' }, { status: 'not-yet' }, { status: 'partly' }],
      'manager',
    ),
  };
  const who = {
    subject: left.assessment.subject,
    assessor: { id: 'bob', name: 'Bob' },
    role: 'agreed' as const,
  };

  it('takes the agreements as agreed, in the ladder order, and asks the rest', () => {
    const c = compareAssessments(left.assessment, right.assessment);
    const { outcome, walk } = startOutcome({ left, right }, c, who, NOW, {
      all: false,
      refer: (p) => p,
    });
    expect(outcome.items.map((i) => [i.text, i.status, i.position])).toEqual([
      ['item 1', 'met', 1],
      ['item 2', null, 2],
      ['item 3', 'partly', 3],
    ]);
    expect(walk).toEqual([1]);
    expect(outcome.role).toBe('agreed');
    expect(outcome.sources).toEqual([
      { file: 'self.json', role: 'self', assessor: left.assessment.assessor },
      { file: 'manager.json', role: 'manager', assessor: right.assessment.assessor },
    ]);
    const all = startOutcome({ left, right }, c, who, NOW, { all: true, refer: (p) => `/s/${p}` });
    expect(all.walk).toEqual([0, 1, 2]);
    expect(all.outcome.sources![0]!.file).toBe('/s/self.json');
  });

  it('keeps one action per item, replaced or removed, and closes one by id', () => {
    const { outcome } = startOutcome(
      { left, right },
      compareAssessments(left.assessment, right.assessment),
      who,
      NOW,
      {
        all: false,
        refer: (p) => p,
      },
    );
    let o = withAction(outcome, 1, { id: 'director-1', text: 'Write', due: null }, NOW);
    o = withAction(o, 0, { id: 'director-2', text: 'Keep', due: '2027-01-31' }, NOW);
    o = withAction(o, 1, { id: 'director-1', text: 'Write more', due: '2027-03-31' }, NOW);
    expect(o.actions!.map((a) => [a.id, a.item, a.text, a.status])).toEqual([
      ['director-2', 0, 'Keep', 'open'],
      ['director-1', 1, 'Write more', 'open'],
    ]);
    expect(withActionDone(o, 'director-1').actions!.map((a) => a.status)).toEqual(['open', 'done']);
    expect(withAction(o, 0, undefined, NOW).actions!.map((a) => a.id)).toEqual(['director-1']);
  });

  it('numbers actions after every id already given for the level', () => {
    expect(nextActionId('director', [])).toBe('director-1');
    expect(nextActionId('director', ['director-2', 'vp-eng-7', 'director-10', 'director-x'])).toBe(
      'director-11',
    );
  });
});

describe('askedAbout', () => {
  it('puts the first name after the verb and makes a question', () => {
    expect(askedAbout('Has presented on software topics.', 'Alice Martin')).toBe(
      'Has Alice presented on software topics?',
    );
    expect(askedAbout('Have delivered a migration', 'Bob')).toBe('Has Bob delivered a migration?');
    expect(askedAbout('Is trusted by peers', 'Chen Li')).toBe('Is Chen trusted by peers?');
    expect(askedAbout('Are sought out for advice', 'Ana')).toBe('Is Ana sought out for advice?');
  });

  it('leaves an item that is not a question about someone as it is', () => {
    expect(
      askedAbout('4+ directly managed ICs are now Staff Engs or EMs', 'Alice'),
    ).toBeUndefined();
    expect(askedAbout('Hash out the budget', 'Alice')).toBeUndefined();
    expect(askedAbout('Has', 'Alice')).toBeUndefined();
  });
});
