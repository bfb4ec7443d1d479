import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, optionsReference } from '../readme-reference.js';

const README = new URL('../../README.md', import.meta.url);

describe("the README's options reference", () => {
  it('is what the registry declares', async () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END) + END.length;
    expect(start, 'the README has the reference markers').toBeGreaterThan(0);
    const generated = await optionsReference(fileURLToPath(README));
    // `npm run readme` rewrites it after a declaration changes.
    if (process.env.UPDATE_README === '1')
      writeFileSync(README, readme.slice(0, start) + generated + readme.slice(end));
    else expect(readme.slice(start, end)).toBe(generated);
  });
});
