import { describe, expect, it } from 'vitest';
import {
  assessableSections,
  carryOver,
  finish,
  firstUnanswered,
  itemsFor,
  startAssessment,
  withAnswer,
  type Assessment,
} from '../../src/ladder/assessment.js';
import { readiness } from '../../src/ladder/readiness.js';
import { compareYears, parseYears } from '../../src/ladder/years.js';
import { mustLoad, SHIPPED } from '../helpers.js';

const ladder = mustLoad(SHIPPED);
const director = ladder.levels.find((l) => l.id === 'director')!;
const vp = ladder.levels.find((l) => l.id === 'vp-eng')!;
const now = new Date('2026-11-26T10:00:00Z');
const checkpoints = ladder.sections.filter((s) => s.assessed);

const me = { id: 'sam', name: 'Sam' };
const start = (items = itemsFor(director, checkpoints)) =>
  startAssessment(director, items, { subject: me, assessor: me, role: 'self' }, now);

function answered(...statuses: (Parameters<typeof withAnswer>[2]['status'] | null)[]): Assessment {
  let a = start();
  statuses.forEach((status, i) => {
    if (status) a = withAnswer(a, i, { status }, now);
  });
  return a;
}

describe('assessment', () => {
  it('asks the checkpoints of a level, with their ids and positions', () => {
    const a = start();
    expect(a.items.map((i) => [i.section, i.id, i.position, i.status])).toEqual([
      ['checkpoints', 'directs-promoted', 1, null],
      ['checkpoints', 'regular-publication', 2, null],
      ['checkpoints', 'external-talks', 3, null],
    ]);
    expect(a).toMatchObject({
      format: 2,
      level: { id: 'director' },
      subject: me,
      role: 'self',
      startedAt: '2026-11-26T10:00:00.000Z',
      complete: false,
      progress: { item: 0, step: 'rate' },
    });
  });

  it('offers the expectation lists when a level has no checkpoints written', () => {
    const { assessed, fallback } = assessableSections(ladder, vp);
    expect(assessed).toEqual([]);
    expect(fallback.map((s) => s.id)).toEqual([
      'knowledge',
      'responsibilities',
      'communication',
      'competencies',
    ]);
    expect(assessableSections(ladder, director).assessed.map((s) => s.id)).toEqual(['checkpoints']);
  });

  it('is complete only once finished, never by answering the last item', () => {
    expect(firstUnanswered(answered('met', 'partly'))).toBe(2);
    expect(answered('met', 'partly', 'na').complete).toBe(false);
    expect(firstUnanswered(answered('met', 'partly', 'na'))).toBe(-1);
    const done = finish(answered('met', 'partly', 'na'), now);
    expect(done.complete).toBe(true);
    expect(done.progress).toBeUndefined();
  });
});

describe('readiness', () => {
  it('counts Met 1 and Partly ½, and leaves Not applicable out', () => {
    expect(readiness(answered('met', 'partly', 'not-yet')).overall).toBe(0.5);
    expect(readiness(answered('met', 'na', 'not-yet')).overall).toBe(0.5);
    expect(readiness(answered('met', 'partly', null)).sections[0]).toEqual({
      id: 'checkpoints',
      met: 1,
      partly: 1,
      notYet: 0,
      na: 0,
      open: 1,
      total: 3,
      score: 0.75,
    });
  });

  it('is null when nothing counts', () => {
    expect(readiness(answered('na', 'na', 'na')).overall).toBeNull();
    expect(readiness(answered(null, null, null)).sections[0]!.score).toBeNull();
  });
});

describe('years', () => {
  it('parses the guideline forms', () => {
    expect(parseYears('15+')).toEqual({ min: 15 });
    expect(parseYears('8+ years')).toEqual({ min: 8 });
    expect(parseYears('2 to 5')).toEqual({ min: 2, max: 5 });
    expect(parseYears('0-2')).toEqual({ min: 0, max: 2 });
    expect(parseYears('some')).toBeUndefined();
  });

  it('compares in words', () => {
    expect(compareYears(12, '15+')).toBe('12 years against a guideline of 15+: 3 years below it.');
    expect(compareYears(3, '2 to 5')).toBe('3 years against a guideline of 2 to 5: within it.');
    expect(compareYears(9, '2 to 5')).toBe(
      '9 years against a guideline of 2 to 5: more than its range.',
    );
  });
});

describe('carryOver', () => {
  it('matches answers by item id, else by exact text, and keeps the answers of items that are gone', () => {
    const saved = answered('met', 'partly', 'not-yet');
    const current = itemsFor(director, checkpoints).map((item, i) =>
      i === 0
        ? { ...item, text: 'Reworded: 4+ ICs promoted' }
        : i === 2
          ? { ...item, id: undefined, text: 'A new checkpoint' }
          : item,
    );
    const { assessment, changes } = carryOver(saved, current);
    // The reworded item is asked again, its earlier answer kept beside it.
    expect(assessment.items.map((i) => i.status)).toEqual([null, 'partly', null]);
    expect(assessment.items[0]!.before).toEqual({
      text: '4+ directly managed ICs are now Staff Engs or EMs',
      status: 'met',
      note: '',
    });
    expect(changes.edited).toHaveLength(1);
    expect(changes.gone.map((g) => g.id)).toEqual(['external-talks']);
    expect(changes.added.map((a) => a.text)).toEqual(['A new checkpoint']);
    expect(assessment.retired.map((r) => r.status)).toEqual(['not-yet']);
    expect(withAnswer(assessment, 0, { status: 'met' }, now).items[0]!.before).toBeUndefined();
  });

  it('carries each answer once when two items read the same', () => {
    const twin = (position: number) => ({
      section: 'checkpoints',
      position,
      text: 'Same words',
      status: null,
      note: '',
    });
    const saved: Assessment = {
      ...start([]),
      items: [
        { ...twin(1), status: 'met' },
        { ...twin(2), status: 'not-yet' },
      ],
    };
    const { assessment, changes } = carryOver(saved, [twin(1), twin(2)]);
    expect(assessment.items.map((i) => i.status)).toEqual(['met', 'not-yet']);
    expect(changes.gone).toEqual([]);
    expect(assessment.retired).toEqual([]);
  });
});
