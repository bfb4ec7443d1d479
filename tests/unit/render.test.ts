import { describe, expect, it } from 'vitest';
import { levelJson } from '../../src/render/json.js';
import { renderLevelContext } from '../../src/render/level-context.js';
import { renderLevel } from '../../src/render/level-text.js';
import { renderList } from '../../src/render/list-text.js';
import { levelMarkdown } from '../../src/render/markdown.js';
import { renderSearch } from '../../src/render/search-text.js';
import { searchLadder } from '../../src/ladder/search.js';
import { FORK, ladderCopy, mustLoad, SHIPPED, testStyle } from '../helpers.js';

const shipped = mustLoad(SHIPPED);
const fork = mustLoad(FORK);
const level = (ladder: typeof shipped, id: string) => ladder.levels.find((l) => l.id === id)!;
const vp = level(shipped, 'vp-eng');

describe('show', () => {
  it('renders a level at 80 columns without color', () => {
    expect(renderLevel(shipped, vp, shipped.sections, testStyle(80))).toMatchSnapshot();
  });

  it('renders a level at 60 columns, every line within the width', () => {
    const out = renderLevel(shipped, level(shipped, 'director'), shipped.sections, testStyle(60));
    expect(out.split('\n').every((l) => l.length <= 60)).toBe(true);
    expect(out).toMatchSnapshot();
  });

  it('shows WIP and N/A as labels, and the next levels of a fork', () => {
    const out = renderLevel(fork, level(fork, 'senior'), fork.sections, testStyle(80));
    expect(out).toContain('Next: Staff Engineer (staff), Engineering Manager (em)');
    const head = renderLevel(fork, level(fork, 'head'), fork.sections, testStyle(80));
    expect(head).toContain('N/A (not at this level)');
    expect(head).toContain('→ Manager handbook <https://example.com/handbook>');
    const em = renderLevel(fork, level(fork, 'em'), fork.sections, testStyle(80));
    expect(em).toContain('Checkpoints\n  WIP (not written yet)');
  });

  it('writes links as OSC 8 hyperlinks where the terminal supports them', () => {
    const out = renderLevel(shipped, vp, shipped.sections, testStyle(120, 0, true));
    expect(out).toContain(
      '\u001b]8;;https://app.tettra.co/teams/beyondpricing/pages/people-managers\u0007People manager competencies (internal link)\u001b]8;;\u0007',
    );
  });

  it('colors only with color on', () => {
    expect(renderLevel(shipped, vp, shipped.sections, testStyle(80))).not.toContain('\u001b[');
    expect(renderLevel(shipped, vp, shipped.sections, testStyle(80, 1))).toContain(
      '\u001b[1mVP of Engineering\u001b[22m',
    );
  });

  it('renders the page view: previous | this | next, side by side', () => {
    const out = renderLevelContext(shipped, vp, shipped.sections.slice(0, 3), testStyle(80));
    expect(out.split('\n').every((l) => l.length <= 80)).toBe(true);
    expect(out).toMatchSnapshot();
  });

  it('strips escape sequences that a ladder file carries', () => {
    const dir = ladderCopy(SHIPPED, {});
    const evil = mustLoad(dir);
    const v = level(evil, 'vp-eng');
    v.title = 'VP\u001b]0;pwned\u0007 of \u001b[2JEngineering';
    v.sections.scope = {
      status: 'defined',
      kind: 'text',
      items: [{ text: 'Org\u001b[8mhidden\u001b[28m\u0007' }],
    };
    const out = renderLevel(evil, v, evil.sections, testStyle(80));
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('VP of Engineering');
    expect(out).toContain('Orghidden');
  });

  it('renders Markdown', () => {
    expect(levelMarkdown(shipped, vp, shipped.sections)).toMatchSnapshot();
  });
});

describe('show --json', () => {
  it('follows the contract', () => {
    const json = levelJson(shipped, vp, shipped.sections);
    expect(Object.keys(json)).toEqual([
      'id',
      'title',
      'track',
      'previous',
      'previousAll',
      'next',
      'sections',
    ]);
    expect(json).toMatchObject({
      id: 'vp-eng',
      title: 'VP of Engineering',
      track: 'people-manager',
      previous: 'director',
      next: [],
    });
    expect(json.sections.map((s) => s.status)).toEqual([
      'defined',
      'defined',
      'defined',
      'defined',
      'defined',
      'defined',
      'wip',
      'wip',
    ]);
    expect(json.sections[0]).toEqual({
      id: 'years',
      title: 'Years of xp (guideline)',
      status: 'defined',
      text: '15+',
    });
    expect(json.sections[5]).toEqual({
      id: 'competencies',
      title: 'Competencies focus',
      status: 'defined',
      items: ['Deliver results', 'Stretegic thinking'],
      link: {
        title: 'People manager competencies (internal link)',
        url: 'https://app.tettra.co/teams/beyondpricing/pages/people-managers',
      },
    });
    expect(json.sections[7]).toEqual({ id: 'checkpoints', title: 'Checkpoints', status: 'wip' });
  });
});

describe('list', () => {
  it('draws the tracks as trees', () => {
    expect(renderList(fork, fork.tracks, testStyle(80))).toMatchSnapshot();
    expect(renderList(shipped, shipped.tracks, testStyle(80))).toMatchSnapshot();
  });
});

describe('search', () => {
  it('finds items, text and titles, ignoring case, across white space', () => {
    const matches = searchLadder(shipped, 'EXTERNAL   communication');
    expect(matches.map((m) => [m.level.id, m.section?.id, m.item])).toEqual([
      ['vp-eng', 'knowledge', 6],
      ['vp-eng', 'responsibilities', 2],
    ]);
    expect(matches[0]!.ranges).toEqual([[21, 43]]);
    expect(searchLadder(shipped, 'vp of').map((m) => m.section)).toEqual([undefined]);
    expect(searchLadder(shipped, '   ')).toEqual([]);
    expect(searchLadder(shipped, 'a.b(')).toEqual([]);
  });

  it('renders matches grouped by level and section, highlighted with color', () => {
    expect(
      renderSearch('strategy', searchLadder(shipped, 'strategy'), testStyle(80)),
    ).toMatchSnapshot();
    const colored = testStyle(80, 1);
    expect(renderSearch('saas', searchLadder(shipped, 'saas'), colored)).toContain(
      colored.color.bold.yellow('SaaS'),
    );
    expect(renderSearch('zzz', [], testStyle(80))).toBe('No matches for "zzz".\n');
  });
});
