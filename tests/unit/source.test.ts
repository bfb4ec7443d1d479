import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ladder/source.js';

const parse = (text: string | Uint8Array) =>
  parseSource({
    path: 'f.yaml',
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
  });
const problems = (text: string | Uint8Array) => {
  const result = parse(text);
  return result.ok ? [] : result.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
};

describe('parseSource', () => {
  it('parses YAML and keeps positions', () => {
    const result = parse('id: a\ntitle: A\n');
    expect(result.ok && result.source.value).toEqual({ id: 'a', title: 'A' });
  });

  it('reports malformed YAML at its line and column', () => {
    expect(problems('id: a\ntitle: [unclosed\n')).toEqual([expect.stringMatching(/^3:1: /)]);
  });

  it('reports duplicate keys where the second one is', () => {
    expect(problems('id: a\ntitle: A\nid: b\n')).toEqual([
      expect.stringMatching(/^3:1: Map keys must be unique/),
    ]);
  });

  it('reports an empty file', () => {
    expect(problems('')).toEqual(['1:1: file is empty']);
    expect(problems('# only a comment\n')).toEqual(['1:1: file is empty']);
  });

  it('refuses binary and non-UTF-8 files', () => {
    expect(problems(new Uint8Array([0x69, 0x64, 0x00, 0x01]))).toEqual([
      '1:1: binary file (contains NUL bytes), not YAML text',
    ]);
    expect(problems(new Uint8Array([0x69, 0x64, 0x3a, 0x0a, 0x20, 0x20, 0xff, 0xfe]))).toEqual([
      '2:3: not valid UTF-8 text',
    ]);
  });

  it('refuses files over 1 MiB', () => {
    expect(problems('x'.repeat(1024 * 1024 + 1))[0]).toMatch(/larger than 1 MiB/);
  });

  it('bounds alias expansion', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    expect(problems(bomb)[0]).toMatch(/alias/);
  });

  it('accepts a byte-order mark', () => {
    expect(problems('\uFEFFid: a\n')).toEqual([]);
  });
});
