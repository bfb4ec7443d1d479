import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile, readUpTo } from '../../src/io/read-file.js';
import { tempDir } from '../helpers.js';

describe('readUpTo', () => {
  const dir = tempDir();
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('reads a file whole, an empty one as nothing', () => {
    expect(readUpTo(file('a.txt', 'hello'), 100).toString()).toBe('hello');
    expect(readUpTo(file('empty.txt', ''), 100).length).toBe(0);
  });

  it('cuts a file over the limit at one byte more, and readRegularFile refuses it', () => {
    const path = file('big.txt', 'x'.repeat(50));
    expect(readUpTo(path, 10).length).toBe(11);
    expect(readUpTo(file('edge.txt', 'x'.repeat(10)), 10).length).toBe(10);
    expect(() => readRegularFile(path, 10)).toThrow(/larger than/);
  });

  it('refuses a folder, a FIFO and a missing file, each in words, without waiting', () => {
    mkdirSync(join(dir, 'folder'));
    expect(() => readUpTo(join(dir, 'folder'), 10)).toThrow(/is a folder/);
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(() => readUpTo(join(dir, 'fifo'), 10)).toThrow(/not a regular file/);
    expect(() => readUpTo(join(dir, 'missing'), 10)).toThrow(/no such file/i);
  });
});
