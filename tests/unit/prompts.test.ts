import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
// After @inquirer/testing/vitest, which replaces the prompts with ones it can drive.
import { terminalPrompter as prompterFor } from '../../src/assess/terminal-prompter.js';
import { testStyle } from '../helpers.js';

// ladder's own prompt, driven on the same test screen.
vi.mock('../../src/assess/editable-input.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/assess/editable-input.js')>();
  return { editableInput: wrapPrompt(actual.editableInput) };
});

const terminalPrompter = prompterFor(testStyle(80));

describe('the terminal prompts', () => {
  it('asks about an item with its section, progress and the four answers', async () => {
    const answer = terminalPrompter.rate({
      section: 'Checkpoints',
      text: 'Has presented to external audiences',
      index: 1,
      total: 3,
      current: null,
      canGoBack: true,
    });
    const shown = screen.getScreen();
    expect(shown).toContain('[2/3] Checkpoints');
    expect(shown).toContain('Has presented to external audiences');
    for (const label of ['Met', 'Partly', 'Not yet', 'Not applicable', '← Back'])
      expect(shown).toContain(label);
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('partly');
  });

  it('wraps the question, its section and whom it is about, to a narrow terminal', async () => {
    const answer = prompterFor(testStyle(40)).rate({
      section: 'Scope of knowledge (Breadth and Depth)',
      about: 'Ana Lima-Fernandes',
      text: 'Has presented on software or management topics to external audiences',
      index: 0,
      total: 12,
      current: null,
      canGoBack: false,
    });
    const shown = screen.getScreen();
    expect(shown).toContain('[1/12] Scope of knowledge (Breadth');
    expect(shown).toContain('Ana Lima-Fernandes');
    for (const line of shown.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    screen.keypress('enter');
    await answer;
  });

  it('offers Back only after the first item, and goes back with it', async () => {
    const first = terminalPrompter.rate({
      section: 'S',
      text: 'T',
      index: 0,
      total: 2,
      current: null,
      canGoBack: false,
    });
    expect(screen.getScreen()).not.toContain('Back');
    screen.keypress('enter');
    await expect(first).resolves.toBe('met');

    const second = terminalPrompter.rate({
      section: 'S',
      text: 'T',
      index: 1,
      total: 2,
      current: null,
      canGoBack: true,
    });
    for (let i = 0; i < 4; i++) screen.keypress('down');
    screen.keypress('enter');
    await expect(second).resolves.toBe('back');
  });

  it('starts on the answer already given', async () => {
    const again = terminalPrompter.rate({
      section: 'S',
      text: 'T',
      index: 0,
      total: 1,
      current: 'not-yet',
      canGoBack: false,
    });
    screen.keypress('enter');
    await expect(again).resolves.toBe('not-yet');
  });

  it('takes a note, prefilled with the earlier one to edit or clear, and years', async () => {
    const note = terminalPrompter.note('');
    screen.type('https://blog.example.com/post');
    screen.keypress('enter');
    await expect(note).resolves.toBe('https://blog.example.com/post');

    const edited = terminalPrompter.note('two posts');
    expect(screen.getScreen()).toContain('two posts');
    screen.type(', one talk');
    screen.keypress('enter');
    await expect(edited).resolves.toBe('two posts, one talk');

    const cleared = terminalPrompter.note('wrong');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    screen.keypress('enter');
    await expect(cleared).resolves.toBe('');

    const years = terminalPrompter.years();
    screen.type('many');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('A number of years, or nothing');
    for (let i = 0; i < 4; i++) screen.keypress('backspace');
    screen.type('12');
    screen.keypress('enter');
    await expect(years).resolves.toBe(12);

    const skipped = terminalPrompter.years();
    screen.keypress('enter');
    await expect(skipped).resolves.toBeUndefined();
  });

  it('reviews every answer: finish, or pick an item to change', async () => {
    const rows = [
      {
        index: 0,
        section: 'Checkpoints',
        position: 1,
        text: 'Promoted four ICs',
        status: 'met' as const,
        note: 'see doc',
      },
      {
        index: 1,
        section: 'Checkpoints',
        position: 2,
        text: 'Wrote posts',
        status: 'partly' as const,
        note: '',
      },
    ];
    const finish = terminalPrompter.review(rows, '2 of 2 answered');
    const shown = screen.getScreen();
    expect(shown).toContain('Review your answers (2 of 2 answered)');
    expect(shown).toContain('✓ Finish and save');
    expect(shown).toContain('Met             1. Promoted four ICs');
    expect(shown).toContain('Partly          2. Wrote posts');
    screen.keypress('enter');
    await expect(finish).resolves.toBe('finish');

    const change = terminalPrompter.review(rows, '2 of 2 answered');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(change).resolves.toBe(1);
  });

  it('reviews long items with a hanging indent: answers in a column, or under each item when narrow', async () => {
    const rows = [
      {
        index: 0,
        section: 'Checkpoints',
        position: 1,
        text: '4+ directly managed ICs are now Staff Engs or EMs, over two or more years',
        status: 'partly' as const,
        note: '',
      },
    ];
    const wide = prompterFor(testStyle(60)).review(rows, '1 of 1 answered');
    expect(screen.getScreen()).toContain(
      [
        '  Partly          1. 4+ directly managed ICs are now Staff',
        '                  Engs or EMs, over two or more years',
      ].join('\n'),
    );
    screen.keypress('enter');
    await wide;

    const narrow = prompterFor(testStyle(40)).review(rows, '1 of 1 answered');
    const shown = screen.getScreen();
    expect(shown).toContain(
      [
        '  1. 4+ directly managed ICs are',
        '     now Staff Engs or EMs, over two',
        '     or more years',
        '     Partly',
      ].join('\n'),
    );
    for (const line of shown.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    screen.keypress('enter');
    await narrow;
  });

  it('picks a level by track, saying what each asks, and never a level with nothing to ask', async () => {
    const pick = terminalPrompter.pickLevel([
      {
        title: 'People Manager',
        levels: [
          { id: 'director', title: 'Director of Engineering', items: 3, basis: 'checkpoints' },
          { id: 'vp-eng', title: 'VP of Engineering', items: 25, basis: 'fallback' },
        ],
      },
    ]);
    const shown = screen.getScreen();
    expect(shown).toContain('People Manager');
    expect(shown).toContain('Director of Engineering (3 checkpoints)');
    expect(shown).toContain('VP of Engineering (no checkpoints; 25 expectations)');
    expect(shown).not.toContain('people-manager');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(pick).resolves.toBe('vp-eng');
    expect(screen.getScreen()).toContain(
      'Which level do you want to assess against? VP of Engineering',
    );
  });

  it('wraps long choices under their first line, in a narrow terminal', async () => {
    const narrow = prompterFor(testStyle(40));
    const pick = narrow.pickLevel([
      {
        title: 'People Manager',
        levels: [{ id: 'vp-eng', title: 'VP of Engineering', items: 20, basis: 'fallback' }],
      },
    ]);
    expect(screen.getScreen()).toContain(
      '❯ VP of Engineering (no checkpoints;\n  20 expectations)',
    );
    screen.keypress('enter');
    await pick;
    const sections = narrow.pickSections([
      { id: 'knowledge', title: 'Scope of knowledge (Breadth and Depth)', count: 9 },
    ]);
    expect(screen.getScreen()).toContain('❯◉ Scope of knowledge (Breadth and\n   Depth) (9 items)');
    screen.keypress('enter');
    await expect(sections).resolves.toEqual(['knowledge']);
  });
});
