import {
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/io/write-file.js';
import { writeFolder } from '../../src/io/write-folder.js';
import { tempDir } from '../helpers.js';

describe('the one writer', () => {
  it('writes a new file, and refuses an existing one without force (exit 1, with a hint)', () => {
    const dir = tempDir();
    const path = join(dir, 'out.md');
    writeFileAtomic(path, 'one', { mode: 0o600 });
    expect(readFileSync(path, 'utf8')).toBe('one');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(() => writeFileAtomic(path, 'two')).toThrow(
      expect.objectContaining({ message: `${path} already exists`, exitCode: 1 }),
    );
    writeFileAtomic(path, 'two', { force: true });
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('leaves the old file whole and no temporary file when a write fails', () => {
    const dir = tempDir();
    const path = join(dir, 'out.md');
    writeFileSync(path, 'old');
    expect(() =>
      writeFileAtomic(path, 'new', {
        force: true,
        beforeRename: () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      }),
    ).toThrow(new UserError(`cannot write ${path}: the disk is full`));
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('says in words why a file cannot be written, never a raw error code', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    expect(() => writeFileAtomic(join(dir, 'taken'), 'x', { force: true })).toThrow(
      `cannot write ${join(dir, 'taken')}: is a folder`,
    );
    expect(() => writeFileAtomic(join(dir, 'none', 'x.md'), 'x')).toThrow(
      `cannot write ${join(dir, 'none', 'x.md')}: no such file or folder`,
    );
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('never follows a link planted at the target when it must not overwrite', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret'), 'keep');
    symlinkSync(join(dir, 'secret'), join(dir, 'out.md'));
    expect(() => writeFileAtomic(join(dir, 'out.md'), 'x')).toThrow('already exists');
    expect(readFileSync(join(dir, 'secret'), 'utf8')).toBe('keep');
  });
});

describe('writeFolder', () => {
  it('writes a new folder in one move, and replaces only what it owns', () => {
    const parent = tempDir();
    const out = join(parent, 'ladder');
    writeFolder(out, {
      files: { 'a.yaml': 'a', 'levels/x.yaml': 'x' },
      owned: ['a.yaml', 'levels'],
    });
    expect(readdirSync(parent)).toEqual(['ladder']);
    writeFileSync(join(out, 'README.md'), 'mine');
    expect(() =>
      writeFolder(out, { files: { 'a.yaml': 'b' }, owned: ['a.yaml', 'levels'] }),
    ).toThrow(`${out} is not empty`);
    writeFolder(out, {
      files: { 'a.yaml': 'b', 'levels/y.yaml': 'y' },
      owned: ['a.yaml', 'levels'],
      force: true,
    });
    expect(readdirSync(out).sort()).toEqual(['README.md', 'a.yaml', 'levels']);
    expect(readdirSync(join(out, 'levels'))).toEqual(['y.yaml']);
    expect(readFileSync(join(out, 'a.yaml'), 'utf8')).toBe('b');
    expect(readdirSync(parent)).toEqual(['ladder']);
  });

  it('leaves the folder as it was, and no debris, when a file cannot be written', () => {
    const parent = tempDir();
    const out = join(parent, 'ladder');
    writeFolder(out, { files: { 'a.yaml': 'a' }, owned: ['a.yaml'] });
    // "b" cannot be both a file and a folder.
    expect(() =>
      writeFolder(out, { files: { b: 'b', 'b/c': 'c' }, owned: ['a.yaml', 'b'], force: true }),
    ).toThrow(UserError);
    expect(readdirSync(parent)).toEqual(['ladder']);
    expect(readdirSync(out)).toEqual(['a.yaml']);
  });
});
