import { describe, expect, it } from 'vitest';
import { diffLevels } from '../../src/ladder/level-diff.js';
import { diffSectionsHtml } from '../../src/render/diff-html.js';
import { diffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiff } from '../../src/render/diff-text.js';
import { mustLoad, overflowing, SHIPPED, testStyle } from '../helpers.js';

const ladder = mustLoad(SHIPPED);
const [director, vp] = ['director', 'vp-eng'].map((id) => ladder.levels.find((l) => l.id === id)!);
const diff = diffLevels(director!, vp!, ladder.sections);
const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

describe('renderDiff', () => {
  it('at 120 columns without color: two columns, markers and brackets', () => {
    const out = renderDiff(diff, testStyle(120), { stacked: false, changedOnly: false });
    expect(widest(out)).toBeLessThanOrEqual(120);
    expect(out).toContain('Cross-functional {+and external+}');
    expect(out).toMatchSnapshot();
  });

  it('at 120 columns with color: changes in color, no brackets', () => {
    const style = testStyle(120, 1);
    const out = renderDiff(diff, style, { stacked: false, changedOnly: true });
    expect(out).not.toContain('{+');
    expect(out).toContain(style.color.green.bold('and external'));
    expect(out).toMatchSnapshot();
  });

  it('at 60 columns: stacked, one line per change', () => {
    const out = renderDiff(diff, testStyle(60), { stacked: false, changedOnly: false });
    expect(out).not.toContain('┌');
    expect(overflowing(out, 60)).toEqual([]);
    expect(out).toMatchSnapshot();
  });

  it('at 60 columns with color', () => {
    expect(
      renderDiff(diff, testStyle(60, 1), { stacked: true, changedOnly: true }),
    ).toMatchSnapshot();
  });

  it('says so in one line when a level is compared with itself', () => {
    const same = renderDiff(diffLevels(director!, director!, ladder.sections), testStyle(80), {
      stacked: false,
      changedOnly: false,
    });
    expect(same).toContain('0 added, 0 removed, 0 reworded, 25 unchanged');
    expect(same).toContain('Scope of action: 4-6 teams / 3-4 directs, 15-20 total at both levels');
    expect(same).toContain('Checkpoints: unchanged, 3 items at both levels');
    expect(same).not.toContain('┌');
  });
});

describe('diffMarkdown', () => {
  it('renders a document with tables', () => {
    const md = diffMarkdown(diff, { stacked: false, changedOnly: false });
    expect(md).toContain(
      '| ~ | Cross-functional communication | Cross-functional **and external** communication |',
    );
    expect(md).toContain('## Checkpoints\n\n3 items → WIP.');
    expect(md).toMatchSnapshot();
  });
});

describe('diffSectionsHtml', () => {
  it('marks a prose change with the word its count uses: reworded', () => {
    const html = diffSectionsHtml(diff, 'h3').join('\n');
    expect(html).toContain(
      '<li class="reworded"><span class="mark">Reworded</span><span><del>4-6 teams',
    );
    expect(html).not.toContain('Rewritten');
  });
});
