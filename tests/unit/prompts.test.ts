import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
// After @inquirer/testing/vitest, which replaces the prompts with ones it can drive.
import { terminalPrompter } from '../../src/io/prompts.js';

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

  it('takes a note, and years as a number or nothing', async () => {
    const note = terminalPrompter.note('');
    screen.type('https://blog.example.com/post');
    screen.keypress('enter');
    await expect(note).resolves.toBe('https://blog.example.com/post');

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
});
