import { describe, expect, it } from 'vitest';
import { stoppedText, wrapMessages } from '../../src/render/messages.js';

describe('wrapMessages', () => {
  it('hangs a long error, warning or hint under its label and keeps a path whole', () => {
    const path = '/home/someone/.local/share/ladder/sam-lee.director.self.20261203T070000Z.json';
    const text = `warning: skipped ${path}, which is not a readable assessment (not JSON)\n`;
    expect(wrapMessages(text, 40)).toBe(
      [
        'warning: skipped',
        `  ${path},`,
        '  which is not a readable',
        '  assessment (not JSON)',
        '',
      ].join('\n'),
    );
  });

  it('measures a line in columns: a CJK name is twice as wide as it is long', () => {
    const text = `error: no person ${'王'.repeat(20)}\n`;
    // 37 characters, but 57 columns: wrapped, and the long word cut to fit.
    expect(wrapMessages(text, 40)).toBe(
      `error: no person\n  ${'王'.repeat(16)}\n  ${'王'.repeat(4)}\n`,
    );
  });

  it('leaves short lines and lines without a label as they are', () => {
    const text =
      'error: no such level\n  a long indented line that is not a message of ours at all\n';
    expect(wrapMessages(text, 30)).toBe(text);
  });
});

describe('stoppedText', () => {
  it('says what is saved and how to go on, the path and the command each on a line', () => {
    expect(
      stoppedText(
        {
          said: 'your answers so far are saved in',
          path: '/tmp/store/sam.director.self.json',
          next: 'ladder assess director --resume',
        },
        40,
      ),
    ).toBe(
      [
        'Stopped. Your answers so far are saved',
        'in',
        '  /tmp/store/sam.director.self.json',
        'Continue with:',
        '  ladder assess director --resume',
        '',
      ].join('\n'),
    );
  });

  it('ends a sentence with nothing to point at, and keeps escapes out', () => {
    expect(stoppedText({ said: 'nothing was saved yet' }, 80)).toBe(
      'Stopped. Nothing was saved yet.\n',
    );
    expect(stoppedText({ said: 'saved in', path: '/tmp/\u001b[31mx' }, 80)).not.toContain('\u001b');
  });
});
