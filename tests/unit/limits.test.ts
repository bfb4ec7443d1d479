import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEvidence, saveNewEvidence } from '../../src/io/evidence-store.js';
import { openStore } from '../../src/io/store-location.js';
import { readAssessment, saveNewAssessment } from '../../src/io/store.js';
import { startAssessment, withAnswer } from '../../src/ladder/assessment.js';
import type { EvidenceEntry } from '../../src/ladder/evidence.js';
import { LIMITS, overLimit } from '../../src/ladder/limits.js';
import { person } from '../../src/ladder/people.js';
import { withAction } from '../../src/ladder/outcome.js';
import { ROOT, tempDir } from '../helpers.js';

/** Which limit of the table each keyword of a schema is, by the property it limits. */
const LIMIT_OF: Record<string, number> = {
  title: LIMITS.title,
  text: LIMITS.text,
  note: LIMITS.text,
  yearsGuideline: LIMITS.text,
  name: LIMITS.name,
  id: LIMITS.id,
  file: LIMITS.link,
  url: LIMITS.link,
  'links/items': LIMITS.link,
  links: LIMITS.links,
  retired: LIMITS.items,
  keywords: LIMITS.keywords,
  'source/repo': LIMITS.link,
  'source/commits': LIMITS.items,
  'keywords/items': LIMITS.keyword,
  actions: LIMITS.items,
};

/** Every maxLength and maxItems of a schema, with the property it is on. */
function limitsIn(node: unknown, path: string[] = []): { where: string; value: number }[] {
  if (typeof node !== 'object' || node === null) return [];
  const here = Object.entries(node).flatMap(([key, value]) =>
    key === 'maxLength' || key === 'maxItems'
      ? [
          {
            where: path
              .filter(
                (p) =>
                  !['properties', 'definitions', 'oneOf', 'anyOf'].includes(p) && !/^\d+$/.test(p),
              )
              .slice(-2)
              .join('/'),
            value: value as number,
          },
        ]
      : limitsIn(value, [...path, key]),
  );
  return here;
}

describe('the table of limits', () => {
  const schemas = [
    ...readdirSync(join(ROOT, 'schema')).map((n) => join(ROOT, 'schema', n)),
    ...readdirSync(join(ROOT, 'ladder/schema')).map((n) => join(ROOT, 'ladder/schema', n)),
  ];

  it('is what every JSON Schema says: each maxLength and maxItems is the limit of its property', () => {
    for (const file of schemas) {
      const found = limitsIn(JSON.parse(readFileSync(file, 'utf8')));
      for (const { where, value } of found) {
        const key = where in LIMIT_OF ? where : where.split('/').at(-1)!;
        // An evidence entry backs up to `backs` items; an assessment holds up to `items`.
        const expected =
          key === 'items'
            ? file.includes('evidence')
              ? LIMITS.backs
              : LIMITS.items
            : LIMIT_OF[key];
        if (key === 'sources') continue; // two sides, not a limit of what is typed
        expect({ file, where, value }).toEqual({ file, where, value: expected });
      }
    }
  });

  it('whatever a writer accepts, its reader reads back', () => {
    const store = openStore(join(tempDir(), 'store'), {});
    // Text near each limit, in any script, with characters that take two UTF-16 units.
    const near = (limit: number) =>
      fc
        .tuple(
          fc.integer({ min: Math.max(1, limit - 3), max: limit + 3 }),
          fc.constantFrom('a', 'ß', '软', '𝒜', 'é', ' '),
        )
        .map(([n, c]) =>
          c
            .repeat(Math.ceil(n / c.length))
            .slice(0, n)
            .padStart(n, 'x'),
        );
    fc.assert(
      fc.property(
        near(LIMITS.name),
        near(LIMITS.text),
        fc.integer({ min: LIMITS.link - 21, max: LIMITS.link - 15 }),
        (name, text, tail) => {
          const link = `https://x.example/${'a'.repeat(tail)}`;
          const accepted =
            !overLimit(name.trim(), LIMITS.name, 'name') &&
            !overLimit(text, LIMITS.text, 'text') &&
            !overLimit(link, LIMITS.link, 'link') &&
            name.trim() !== '' &&
            text.trim() !== '';
          if (!accepted) return;
          const who = person(name);
          const entry: EvidenceEntry = {
            format: 1,
            id: `2026-11-20-${Math.floor(Math.random() * 1e9)}`,
            subject: who,
            author: who,
            date: '2026-11-20',
            text,
            links: [link],
            items: [{ level: 'director', section: 'checkpoints', id: 'external-talks', text }],
            createdAt: '2026-11-20T10:00:00.000Z',
            updatedAt: '2026-11-20T10:00:00.000Z',
          };
          saveNewEvidence(store, entry);
          const { found, skipped } = listEvidence(store);
          expect(skipped.map((s) => s.message)).toEqual([]);
          expect(found.find((f) => f.entry.id === entry.id)?.entry).toEqual(entry);

          const now = new Date('2026-11-20T10:00:00Z');
          let assessment = startAssessment(
            { id: 'director', title: text.slice(0, LIMITS.title) || 'Director' },
            [{ section: 'checkpoints', id: 'x', position: 1, text, status: null, note: '' }],
            { subject: who, assessor: who, role: 'agreed' },
            now,
          );
          assessment = withAnswer(assessment, 0, { status: 'partly', note: text }, now);
          assessment = withAction(assessment, 0, { id: 'director-1', text, due: null }, now);
          const path = saveNewAssessment(store, assessment);
          expect(readAssessment(path)).toEqual(assessment);
        },
      ),
      { numRuns: 40 },
    );
  });
});
