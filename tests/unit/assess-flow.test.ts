import { describe, expect, it } from 'vitest';
import { runItems } from '../../src/assess/flow.js';
import { startAssessment, type Assessment } from '../../src/ladder/assessment.js';
import { mustLoad, SHIPPED } from '../helpers.js';
import { scripted } from '../scripted-prompter.js';

const ladder = mustLoad(SHIPPED);
const director = ladder.levels.find((l) => l.id === 'director')!;

describe('runItems', () => {
  it('asks each item with its progress, saving after every answer and note', async () => {
    const { prompter, asked } = scripted(['met', 'partly', 'not-yet'], ['', 'two posts', '']);
    const saved: Assessment[] = [];
    const a = startAssessment(
      director,
      ladder.sections.filter((s) => s.assessed),
      new Date(),
    );
    const done = await runItems(a, 0, {
      prompter,
      save: (x) => saved.push(x),
      now: () => new Date(),
      sectionTitle: () => 'Checkpoints',
    });
    expect(done.items.map((i) => [i.status, i.note])).toEqual([
      ['met', ''],
      ['partly', 'two posts'],
      ['not-yet', ''],
    ]);
    expect(asked.map((q) => `${q.index + 1}/${q.total} ${q.section} back:${q.canGoBack}`)).toEqual([
      '1/3 Checkpoints back:false',
      '2/3 Checkpoints back:true',
      '3/3 Checkpoints back:true',
    ]);
    // One save per answer, and one more where a note was added.
    expect(saved.map((s) => s.items.filter((i) => i.status).length)).toEqual([1, 2, 2, 3]);
  });

  it('goes back to the previous item, showing its answer', async () => {
    const { prompter, asked } = scripted(['met', 'back', 'na', 'partly', 'met']);
    const a = startAssessment(
      director,
      ladder.sections.filter((s) => s.assessed),
      new Date(),
    );
    const done = await runItems(a, 0, {
      prompter,
      save: () => {},
      now: () => new Date(),
      sectionTitle: (id) => id,
    });
    expect(asked.map((q) => [q.index, q.current])).toEqual([
      [0, null],
      [1, null],
      [0, 'met'],
      [1, null],
      [2, null],
    ]);
    expect(done.items.map((i) => i.status)).toEqual(['na', 'partly', 'met']);
  });
});
