import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../src/render/sanitize.js';
import { toJson } from '../../src/render/json.js';

describe('sanitize', () => {
  it('removes escape sequences and control characters', () => {
    expect(sanitize('a\u001b[2J\u001b[Hb')).toBe('ab');
    expect(sanitize('title\u001b]0;pwned\u0007 end')).toBe('title end');
    expect(sanitize('bell\u0007 back\bspace\rcr')).toBe('bell backspacecr');
    expect(sanitize('c1 \u009b31m csi')).toBe('c1  csi');
    expect(sanitize('bidi \u202eevil\u202c')).toBe('bidi evil');
  });

  it('keeps newlines, turns tabs into spaces, and leaves ordinary text alone', () => {
    expect(sanitize('a\tb\nc')).toBe('a b\nc');
    expect(sanitize("Managers' café — 15+ 日本")).toBe("Managers' café — 15+ 日本");
    expect(sanitizeLine('a\n  b')).toBe('a b');
  });
});

describe('toJson', () => {
  it('escapes the control characters JSON.stringify leaves raw', () => {
    expect(toJson({ t: 'x\u009b\u202e\u001by' })).toBe('{\n  "t": "x\\u009b\\u202e\\u001by"\n}\n');
  });
});
