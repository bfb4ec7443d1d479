import { describe, expect, it } from 'vitest';
import { colorLevel, outputWidth } from '../../src/io/terminal.js';

const tty = { isTTY: true, columns: 120 };
const pipe = { isTTY: false };

describe('colorLevel', () => {
  it('is off with --no-color or NO_COLOR, whatever else is set', () => {
    expect(colorLevel(tty, { FORCE_COLOR: '3' }, false)).toBe(0);
    expect(colorLevel(tty, { NO_COLOR: '1', FORCE_COLOR: '3' }, true)).toBe(0);
  });

  it('follows FORCE_COLOR, even into a pipe', () => {
    expect(colorLevel(pipe, { FORCE_COLOR: '1' }, true)).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '3' }, true)).toBe(3);
    expect(colorLevel(tty, { FORCE_COLOR: '0' }, true)).toBe(0);
  });

  it('is off when stdout is not a terminal', () => {
    expect(colorLevel(pipe, {}, true)).toBe(0);
  });
});

describe('outputWidth', () => {
  it('is the terminal width, 80 into a pipe, or COLUMNS', () => {
    expect(outputWidth(tty, {})).toBe(120);
    expect(outputWidth(pipe, {})).toBe(80);
    expect(outputWidth(pipe, { COLUMNS: '100' })).toBe(100);
    expect(outputWidth(pipe, { COLUMNS: 'wide' })).toBe(80);
  });
});
