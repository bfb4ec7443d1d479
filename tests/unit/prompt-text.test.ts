import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { guidanceOf } from '../../src/ladder/assessment.js';
import { rateMessage } from '../../src/render/prompt-text.js';
import { mustLoad, ROOT } from '../helpers.js';

const plain = new Chalk({ level: 0 });
const question = {
  section: 'Delivery',
  text: 'Unblocks the team, any one of the following',
  index: 1,
  total: 4,
  current: null,
  canGoBack: true,
};

describe('the rating question', () => {
  it("shows an item's sub-items under it as guidance", () => {
    const message = rateMessage(
      { ...question, guidance: ['Pairs on the hardest change', 'Escalates a dependency early'] },
      60,
      plain,
    );
    expect(message).toContain(
      '  Unblocks the team, any one of the following\n    ◦ Pairs on the hardest change\n    ◦ Escalates a dependency early',
    );
    expect(rateMessage(question, 60, plain)).not.toContain('◦');
  });

  it('says an open action is overdue once its due date has passed', () => {
    const action = {
      id: 'tl-1',
      section: 'delivery',
      item: 1,
      text: 'Pair weekly',
      due: '2026-03-31',
      status: 'open' as const,
    };
    const on = (today: string) => rateMessage({ ...question, actions: [action], today }, 80, plain);
    expect(on('2026-04-01')).toContain('Open action: Pair weekly (due 2026-03-31, overdue)');
    expect(on('2026-03-31')).toContain('Open action: Pair weekly (due 2026-03-31)\n');
  });

  it('finds the guidance of an assessed item in its level, by position and text', () => {
    const ladder = mustLoad(`${ROOT}/tests/fixtures/merged`);
    const level = ladder.levels.find((l) => l.id === 'tech-lead');
    const item = { section: 'delivery', position: 2, text: question.text, status: null, note: '' };
    expect(guidanceOf(level, item)).toEqual([
      'Pairs on the hardest change',
      'Escalates a dependency early',
    ]);
    // An item reworded since: no guidance rather than another item's.
    expect(guidanceOf(level, { ...item, text: 'Something else' })).toEqual([]);
  });
});

describe('the level picker', () => {
  it('says what an assessment of each level asks', async () => {
    const { levelChoiceNote } = await import('../../src/render/prompt-text.js');
    const level = { id: 'l', title: 'L', items: 4 };
    expect(levelChoiceNote({ ...level, basis: 'checkpoints' })).toBe('(4 checkpoints)');
    expect(levelChoiceNote({ ...level, basis: 'expectations' })).toBe('(4 expectations)');
    expect(levelChoiceNote({ ...level, basis: 'fallback' })).toBe(
      '(no checkpoints; 4 expectations)',
    );
  });
});
