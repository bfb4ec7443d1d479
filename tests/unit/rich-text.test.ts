import { describe, expect, it } from 'vitest';
import { parseRich } from '../../src/ladder/rich-text.js';
import { searchLadder } from '../../src/ladder/search.js';
import { esc, richHtml } from '../../src/render/html.js';
import { mdRich } from '../../src/render/markdown.js';
import { LinkNotes, wrapRich } from '../../src/render/rich.js';
import { testStyle, writeLadder, mustLoad } from '../helpers.js';

describe('inline Markdown, parsed once', () => {
  it('keeps the visible text, the source where it differs, and runs where anything is marked up', () => {
    expect(parseRich('Plain text')).toEqual({ text: 'Plain text' });
    expect(
      parseRich(
        '[Technical Lead\nManager](https://docs.example.com/tlm){:target="_blank"} **now**',
      ),
    ).toEqual({
      text: 'Technical Lead Manager now',
      markdown: '[Technical Lead\nManager](https://docs.example.com/tlm){:target="_blank"} **now**',
      runs: [
        { text: 'Technical Lead Manager', href: 'https://docs.example.com/tlm' },
        { text: ' ' },
        { text: 'now', strong: true },
      ],
    });
    expect(parseRich('`code` and _em_ and <https://a.example/x> {: .note}').runs).toEqual([
      { text: 'code', code: true },
      { text: ' and ' },
      { text: 'em', em: true },
      { text: ' and ' },
      { text: 'https://a.example/x', href: 'https://a.example/x' },
    ]);
    expect(parseRich('a \\* b &amp; c').text).toBe('a * b & c');
  });
});

describe('rendering rich text', () => {
  const item = parseRich(
    'See the [guide](https://example.com/guide) and [this](javascript:alert(1))',
  );

  it('in a terminal: the URL after the text, a note number in a table, OSC 8 where supported', () => {
    expect(wrapRich(item, testStyle(80), { width: 80, first: '' })).toBe(
      'See the guide <https://example.com/guide> and this',
    );
    const notes = new LinkNotes();
    expect(wrapRich(item, testStyle(80), { width: 80, first: '', notes })).toBe(
      'See the guide [1] and this',
    );
    expect(notes.lines()).toEqual(['[1] https://example.com/guide']);
    expect(wrapRich(item, testStyle(80, 0, true), { width: 80, first: '' })).toBe(
      'See the \u001b]8;;https://example.com/guide\u0007guide\u001b]8;;\u0007 and this',
    );
  });

  it('shows a relative link with its target, as text, never as a hyperlink', () => {
    const relative = parseRich('Read [our values](values.html) and [that](//evil.example/x)');
    for (const hyperlinks of [false, true])
      expect(wrapRich(relative, testStyle(80, 0, hyperlinks), { width: 80, first: '' })).toBe(
        'Read our values <values.html> and that',
      );
  });

  it('never breaks a URL across lines', () => {
    const long = parseRich('Read [it](https://example.com/a/very/long/path/that/goes/on/and/on)');
    const lines = wrapRich(long, testStyle(30), { width: 30, first: '  ' }).split('\n');
    expect(lines).toEqual([
      '  Read it',
      '  <https://example.com/a/very/long/path/that/goes/on/and/on>',
    ]);
  });

  it('in HTML: only web links become links; text is escaped', () => {
    expect(richHtml(item)).toBe('See the <a href="https://example.com/guide">guide</a> and this');
    expect(richHtml(parseRich('<b>x</b> & **y**'))).toBe(
      '&lt;b&gt;x&lt;/b&gt; &amp; <strong>y</strong>',
    );
    expect(esc('"\'')).toBe('&quot;&#39;');
  });

  it('in Markdown documents: written anew from the runs, so nothing raw gets through', () => {
    expect(mdRich(item)).toBe('See the [guide](<https://example.com/guide>) and this');
    expect(mdRich(parseRich('<script>x</script> ``a`b`` **c**'))).toBe(
      '\\<script\\>x\\</script\\> ``a`b`` **c**',
    );
  });
});

describe('prose or a list, in any section', () => {
  const ladder = mustLoad(
    writeLadder({
      'ladder.yaml':
        'title: T\ntracks: [{ id: t, title: T }]\nsections:\n  - { id: scope, title: Scope, kind: text }\n  - { id: checkpoints, title: Checkpoints, kind: list, assessed: true }\n',
      'levels/a.yaml':
        'id: a\ntitle: A\ntrack: t\nsections:\n  scope: [Team, "[Two](https://example.com/two) services"]\n  checkpoints: Ships a feature on their own\n',
    }),
  );

  it('loads either shape, and search matches the visible text only', () => {
    const a = ladder.levels[0]!;
    expect(a.sections.scope).toMatchObject({
      kind: 'list',
      items: [{ text: 'Team' }, { text: 'Two services' }],
    });
    expect(a.sections.checkpoints).toMatchObject({
      kind: 'text',
      items: [{ text: 'Ships a feature on their own' }],
    });
    expect(searchLadder(ladder, 'two services').map((m) => m.text)).toEqual(['Two services']);
    expect(searchLadder(ladder, 'example.com')).toEqual([]);
  });
});
