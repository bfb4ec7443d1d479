import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { agree } from '../../src/commands/agree/run.js';
import { assess } from '../../src/commands/assess/run.js';
import { evidenceAdd } from '../../src/commands/evidence/add.js';
import { evidenceList } from '../../src/commands/evidence/list.js';
import type { PacketOptions } from '../../src/commands/packet/options.js';
import { packet } from '../../src/commands/packet/run.js';
import { ladderCopy, overflowing, SHIPPED, storeWorkspace } from '../helpers.js';

/** A store about Alice, and the context of a command run by `as` at `when`. */
function setup() {
  const { dir, store, out, err, ctx: contextOf } = storeWorkspace();
  const ctx = (as: string, when = '2026-11-26T10:00:00Z', width = 100) =>
    contextOf(as, when, { width });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const self = () =>
    assess(
      {
        level: 'director',
        years: 16,
        answers: file(
          'self.yaml',
          'checkpoints:\n  directs-promoted: { status: met, note: Four promotions }\n  regular-publication: met\n  external-talks: partly\n',
        ),
      },
      ctx('Alice Martin', '2026-11-20T10:00:00Z'),
    );
  const manager = () =>
    assess(
      {
        level: 'director',
        for: 'Alice Martin',
        answers: file(
          'manager.yaml',
          'checkpoints:\n  directs-promoted: met\n  regular-publication: not-yet\n  external-talks: not-yet\n',
        ),
      },
      ctx('Bob Lee', '2026-11-22T10:00:00Z'),
    );
  const run = async (options: Partial<PacketOptions>, width = 100) => {
    out.length = 0;
    await packet(
      { level: 'director', format: 'text', notes: true, evidence: true, ...options },
      ctx('Bob Lee', '2026-11-26T10:00:00Z', width),
    );
    return out.join('');
  };
  return { dir, store, out, err, ctx, file, self, manager, run };
}

const json = async (t: ReturnType<typeof setup>, options: Partial<PacketOptions> = {}) =>
  JSON.parse(await t.run({ for: 'alice', json: true, ...options }));

describe('ladder packet', () => {
  it('with nothing assessed, says so, and calls nothing a gap', async () => {
    const t = setup();
    const text = await t.run({ for: 'Alice Martin' });
    expect(text).toContain(
      'Nothing assessed yet: there is no finished assessment to find gaps in.',
    );
    expect(text).not.toContain('Gaps: None');
    expect((await json(t, { for: 'Alice Martin' })).gaps).toEqual([]);
  });

  it('after the ladder gained a checkpoint, counts it as a gap and warns, in every format', async () => {
    const t = setup();
    await t.self();
    const changed = ladderCopy(SHIPPED);
    const level = join(changed, 'levels/director.yaml');
    writeFileSync(
      level,
      readFileSync(level, 'utf8').replace(
        /^ {2}checkpoints:\n/m,
        '  checkpoints:\n    - id: mentors-directors\n      text: Mentors other directors\n',
      ),
    );
    const inChanged = (format: PacketOptions['format']) => {
      t.out.length = 0;
      t.err.length = 0;
      return packet(
        { level: 'director', format, notes: true, evidence: true, for: 'alice' },
        { ...t.ctx('Bob Lee'), ladderDir: changed },
      ).then(() => t.out.join(''));
    };
    const text = await inChanged('text');
    expect(t.err.join('')).toContain(
      "warning: the ladder's items have changed since the assessments this packet stands on (1 added)",
    );
    expect(text).toContain(
      'The ladder has changed since this was assessed (1 added): an item not assessed counts as a gap.',
    );
    expect(text).toMatch(/• Checkpoints 1: Mentors other directors \(not assessed\)/);
    expect(await inChanged('markdown')).toContain(
      '> The ladder has changed since this was assessed (1 added)',
    );
    expect(await inChanged('html')).toContain(
      '<p class="warning">The ladder has changed since this was assessed (1 added)',
    );
    const data = JSON.parse(await inChanged('json'));
    expect(data.ladderChanged).toEqual(['1 added']);
    expect(data.gaps.map((g: { id: string }) => g.id)).toContain('mentors-directors');
  });

  it('shows the years given against the guideline, and names an assessment newer than its basis', async () => {
    const t = setup();
    await t.self();
    await assess(
      {
        level: 'director',
        answers: t.file('later.yaml', 'checkpoints:\n  directs-promoted: met\n'),
      },
      t.ctx('Alice Martin', '2026-11-25T10:00:00Z'),
    );
    const data = await json(t);
    expect(data.years).toMatch(/^16 years/);
    const newer = data.newer as { role: string; complete: boolean }[];
    expect(newer).toEqual([expect.objectContaining({ role: 'self', complete: false })]);
    expect(await t.run({ for: 'alice' })).toContain(
      'Not counted: a self-assessment started 2026-11-25, after what this stands on (not finished).',
    );
  });

  it('stands on the self-assessment alone, and says so', async () => {
    const t = setup();
    await t.self();
    const p = await json(t);
    expect(p.basis).toBe('self');
    expect(p.sources.map((s: { role: string }) => s.role)).toEqual(['self']);
    expect(p.years).toBe('16 years against a guideline of 15+: within it.');
    expect(p.current).toBeNull();
    expect(p.changes).toBeNull();
    expect(
      p.checkpoints.map((c: { answers: { status: string }[] }) => c.answers.map((a) => a.status)),
    ).toEqual([['met'], ['met'], ['partly']]);
    expect(p.gaps.map((g: { id: string }) => g.id)).toEqual(['external-talks']);
    expect(await t.run({ for: 'alice' })).toContain('From the self-assessment alone.');
  });

  it('sets self and manager side by side, and counts only finished assessments', async () => {
    const t = setup();
    await t.self();
    await t.manager();
    // An unfinished assessment by a peer, later: never counted.
    await assess(
      {
        level: 'director',
        for: 'Alice Martin',
        role: 'peer',
        answers: t.file('peer.yaml', 'checkpoints:\n  directs-promoted: not-yet\n'),
      },
      t.ctx('Chen Li', '2026-11-25T10:00:00Z'),
    );
    const p = await json(t);
    expect(p.basis).toBe('self and manager');
    expect(
      p.sources.map((s: { role: string; assessor: { name: string } }) => [s.role, s.assessor.name]),
    ).toEqual([
      ['self', 'Alice Martin'],
      ['manager', 'Bob Lee'],
    ]);
    expect(p.checkpoints[1].answers.map((a: { status: string }) => a.status)).toEqual([
      'met',
      'not-yet',
    ]);
    expect(p.gaps.map((g: { id: string }) => g.id)).toEqual([
      'regular-publication',
      'external-talks',
    ]);
  });

  it('shows the years the sides gave when it stands on an agreed outcome, which records none', async () => {
    const t = setup();
    await t.self();
    await t.manager();
    await agree(
      {
        assessments: ['director'],
        for: 'alice',
        answers: t.file(
          'agreed.yaml',
          'checkpoints:\n  regular-publication: partly\n  external-talks: not-yet\n',
        ),
      },
      t.ctx('Bob Lee', '2026-11-24T10:00:00Z'),
    );
    const data = await json(t);
    expect(data.basis).toBe('agreed');
    expect(data.years).toMatch(/^16 years/);
  });

  it('stands on the agreed outcome when there is one, with its actions', async () => {
    const t = setup();
    await t.self();
    await t.manager();
    await agree(
      {
        assessments: ['director'],
        for: 'alice',
        answers: t.file(
          'agreed.yaml',
          'checkpoints:\n  regular-publication: { status: partly, action: Write quarterly, due: 2027-03-31 }\n  external-talks: not-yet\n',
        ),
      },
      t.ctx('Bob Lee', '2026-11-24T10:00:00Z'),
    );
    const p = await json(t);
    expect(p.basis).toBe('agreed');
    expect(p.sources).toHaveLength(1);
    expect(p.checkpoints[1].answers).toEqual([
      { role: 'agreed', assessor: { id: 'bob-lee', name: 'Bob Lee' }, status: 'partly', note: '' },
    ]);
    expect(p.checkpoints[1].action).toMatchObject({
      id: 'director-1',
      text: 'Write quarterly',
      due: '2027-03-31',
    });
    expect(p.gaps.map((g: { action: unknown }) => g.action !== null)).toEqual([true, false]);
    const text = await t.run({ for: 'alice' });
    expect(text).toContain('From the agreed outcome of a check-in.');
    expect(text).toContain('→ Action director-1, open, due 2027-03-31: Write quarterly');
  });

  it('cites the evidence of each checkpoint, and leaves notes or evidence out when asked', async () => {
    const t = setup();
    await t.self();
    await evidenceAdd(
      {
        text: 'Spoke at the SRE meetup',
        item: ['director:external-talks'],
        link: ['https://example.com/talk'],
        date: '2026-10-14',
        for: 'Alice Martin',
      },
      t.ctx('Bob Lee'),
    );
    const p = await json(t);
    expect(p.checkpoints[2].evidence).toEqual([
      {
        id: '2026-10-14-1',
        date: '2026-10-14',
        text: 'Spoke at the SRE meetup',
        links: ['https://example.com/talk'],
        // Typed by hand: not harvested from anywhere.
        source: null,
      },
    ]);
    expect(p.checkpoints[0].answers[0].note).toBe('Four promotions');
    const bare = await json(t, { notes: false, evidence: false });
    expect(bare.checkpoints[2].evidence).toEqual([]);
    expect(bare.checkpoints[0].answers[0].note).toBe('');
    const text = await t.run({ for: 'alice', notes: false, evidence: false });
    expect(text).not.toContain('Four promotions');
    expect(text).not.toContain('SRE meetup');
  });

  it('shows what changes from the current level, folded to the changed items', async () => {
    const t = setup();
    const p = await json(t, { level: 'vp-eng' });
    expect(p.current).toEqual({ id: 'director', title: 'Director of Engineering' });
    expect(p.basis).toBe('none');
    const changes = p.changes.sections.flatMap((s: { changes: { type: string }[] }) => s.changes);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c: { type: string }) => c.type !== 'unchanged')).toBe(true);
    expect(p.changes.summary.unchanged).toBe(13);
  });

  it('fits every width, escapes names in HTML and Markdown, and writes no script', async () => {
    const t = setup();
    await t.self();
    await assess(
      {
        level: 'director',
        for: 'Alice Martin',
        answers: t.file(
          'm.yaml',
          'checkpoints:\n  directs-promoted: { status: met, note: "<script>x</script> | *bold*" }\n  regular-publication: met\n  external-talks: met\n',
        ),
      },
      t.ctx('<b>Bob</b>', '2026-11-22T10:00:00Z'),
    );
    for (const width of [40, 80, 120]) {
      const text = await t.run({ for: 'alice' }, width);
      expect(overflowing(text, width)).toEqual([]);
    }
    const html = await t.run({ for: 'alice', format: 'html' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('Manager (&lt;b&gt;Bob&lt;/b&gt;)');
    const root = parse(html);
    expect(root.querySelectorAll('article.item')).toHaveLength(3);
    expect(root.querySelector('h1')!.text).toBe('Alice Martin');
    const markdown = await t.run({ for: 'alice', format: 'markdown' });
    expect(markdown).toContain('\\<script\\>x\\</script\\> \\| \\*bold\\*');
    expect(markdown).toContain('- **Manager (\\<b\\>Bob\\</b\\>):** Met.');
  });

  it('writes to a file, never over one without --force', async () => {
    const t = setup();
    const out = join(t.dir, 'packet.html');
    await t.run({ format: 'html', out });
    await expect(t.run({ format: 'html', out })).rejects.toThrow(/already exists/);
    await t.run({ format: 'html', out, force: true });
    await expect(t.run({ json: true, format: 'markdown' })).rejects.toThrow(/--json and --format/);
  });
});

describe('a store file that is not what it should be', () => {
  it('is skipped with one warning naming it, and the others are read', async () => {
    const t = setup();
    await evidenceAdd(
      { text: 'Work', item: ['director:knowledge.1'], date: '2026-10-01' },
      t.ctx('Alice Martin'),
    );
    mkdirSync(join(t.store, 'evidence'), { recursive: true });
    writeFileSync(join(t.store, 'evidence', 'broken.json'), '{"format": 1, "id": 3');
    writeFileSync(join(t.store, 'evidence', 'newer.json'), '{"format": 9}');
    t.out.length = 0;
    await evidenceList({ json: true }, t.ctx('Alice Martin'));
    expect(JSON.parse(t.out.join('')).evidence).toHaveLength(1);
    expect(t.err).toEqual([
      `warning: skipped ${join(t.store, 'evidence', 'broken.json')}, which is not a readable evidence entry: not JSON\n`,
      `warning: skipped ${join(t.store, 'evidence', 'newer.json')}, which is not a readable evidence entry: written by a newer ladder (format 9); update ladder to read it\n`,
    ]);
  });
});
