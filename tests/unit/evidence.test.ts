import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/commands/assess/run.js';
import { evidenceAdd } from '../../src/commands/evidence/add.js';
import { evidenceEdit } from '../../src/commands/evidence/edit.js';
import { evidenceList } from '../../src/commands/evidence/list.js';
import { evidenceRemove } from '../../src/commands/evidence/rm.js';
import { listEvidence, readEvidence } from '../../src/io/evidence-store.js';
import { openStore } from '../../src/io/store-location.js';
import {
  backs,
  evidenceFor,
  linkedIn,
  itemChoices,
  nextEvidenceId,
  offerOrder,
  resolveItem,
} from '../../src/ladder/evidence.js';
import { ladderCopy, mustLoad, read, SHIPPED, storeWorkspace, withPrompter } from '../helpers.js';
import { scripted } from '../scripted-prompter.js';

const shipped = mustLoad(SHIPPED);

describe('item addresses', () => {
  it('finds an item by level:id, level:section.n, a unique bare id, and any name of the level', () => {
    expect(resolveItem(shipped, 'director:external-talks').item).toMatchObject({
      level: 'director',
      section: 'checkpoints',
      id: 'external-talks',
    });
    expect(resolveItem(shipped, 'director:responsibilities.2').item).toEqual({
      level: 'director',
      section: 'responsibilities',
      text: "Drives EMs' happiness, engagement, and growth",
    });
    expect(resolveItem(shipped, 'director:checkpoints.1').item.id).toBe('directs-promoted');
    expect(resolveItem(shipped, 'regular-publication').item.level).toBe('director');
    expect(resolveItem(shipped, 'Director of Engineering:knowledge.1').item.text).toBe(
      "Advanced managers' management",
    );
  });

  it('says what is wrong with an address that finds nothing', () => {
    expect(() => resolveItem(shipped, 'director:nope')).toThrow('director has no item "nope"');
    expect(() => resolveItem(shipped, 'director:knowledge.40')).toThrow(
      'director has 8 items in knowledge, not 40',
    );
    expect(() => resolveItem(shipped, 'nobody:knowledge.1')).toThrow(
      'unknown level "nobody" in "nobody:knowledge.1"',
    );
    expect(() => resolveItem(shipped, 'no-such-id')).toThrow('no item with the id "no-such-id"');
  });
});

describe('finding evidence', () => {
  const recorded = { level: 'director', section: 'checkpoints', id: 'a', text: 'Old words' };

  it('finds a reworded item by its id, an item without one by its exact text', () => {
    expect(
      backs(recorded, 'director', { section: 'checkpoints', id: 'a', text: 'New words' }),
    ).toBe(true);
    const noId = { level: 'director', section: 'knowledge', text: 'Budgeting' };
    expect(backs(noId, 'director', { section: 'knowledge', text: 'Budgeting' })).toBe(true);
    expect(backs(noId, 'director', { section: 'knowledge', text: 'Budgeting, reworded' })).toBe(
      false,
    );
    expect(backs(noId, 'vp-eng', { section: 'knowledge', text: 'Budgeting' })).toBe(false);
  });

  it('keeps an entry whose item is gone, as unlinked', () => {
    const linked = linkedIn(shipped);
    expect(linked(resolveItem(shipped, 'director:knowledge.1').item)).toBe(true);
    expect(linked({ level: 'director', section: 'knowledge', text: 'Gone since' })).toBe(false);
  });

  it('numbers entries within their date, after every id already given', () => {
    expect(nextEvidenceId('2026-11-20', [])).toBe('2026-11-20-1');
    expect(nextEvidenceId('2026-11-20', ['2026-11-20-1', '2026-11-20-9', '2026-11-21-30'])).toBe(
      '2026-11-20-10',
    );
  });
});

/** A store, and the context of a command run by Alice at `when`. */
function setup(ladderDir = SHIPPED) {
  const { dir, store, out, err, ctx: contextOf } = storeWorkspace(ladderDir);
  const ctx = (interactive = false, when = '2026-11-20T10:00:00Z') =>
    contextOf('Alice Martin', when, { interactive });
  const evidenceDir = join(store, 'evidence');
  const files = () => readdirSync(evidenceDir).sort();
  const entries = () => listEvidence(openStore(store, {})).found.map((s) => s.entry);
  return { dir, store, out, err, ctx, evidenceDir, files, entries };
}

describe('ladder evidence (commands)', () => {
  it('records an entry backing several items, in a private file of its own, and lists it', async () => {
    const t = setup();
    await evidenceAdd(
      {
        text: 'Spoke at the SRE meetup',
        item: ['director:external-talks', 'director:responsibilities.2'],
        link: ['https://example.com/talk'],
        date: '2026-10-14',
      },
      t.ctx(),
    );
    expect(t.files()).toEqual(['alice-martin.2026-10-14-1.json']);
    const path = join(t.evidenceDir, t.files()[0]!);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(t.evidenceDir).mode & 0o777).toBe(0o700);
    const entry = readEvidence(path);
    expect(entry).toMatchObject({
      id: '2026-10-14-1',
      date: '2026-10-14',
      subject: { id: 'alice-martin', name: 'Alice Martin' },
      links: ['https://example.com/talk'],
    });
    expect(entry.items.map((i) => [i.level, i.section, i.id ?? null])).toEqual([
      ['director', 'checkpoints', 'external-talks'],
      ['director', 'responsibilities', null],
    ]);
    // Today, by the clock, when no date is given; the next id of that date.
    await evidenceAdd({ text: 'Second', item: ['director:knowledge.1'] }, t.ctx());
    await evidenceAdd({ text: 'Third', item: ['director:knowledge.1'] }, t.ctx());
    expect(t.files()).toEqual([
      'alice-martin.2026-10-14-1.json',
      'alice-martin.2026-11-20-1.json',
      'alice-martin.2026-11-20-2.json',
    ]);
    t.out.length = 0;
    await evidenceList({ json: true }, t.ctx());
    const listed = JSON.parse(t.out.join('')).evidence;
    expect(listed.map((e: { id: string }) => e.id)).toEqual([
      '2026-11-20-2',
      '2026-11-20-1',
      '2026-10-14-1',
    ]);
    t.out.length = 0;
    await evidenceList({ item: ['director:responsibilities.2'], json: true }, t.ctx());
    expect(JSON.parse(t.out.join('')).evidence.map((e: { id: string }) => e.id)).toEqual([
      '2026-10-14-1',
    ]);
    t.out.length = 0;
    await evidenceList({ since: '2026-11-01', json: true }, t.ctx());
    expect(JSON.parse(t.out.join('')).evidence).toHaveLength(2);
    // No temporary file is left anywhere.
    expect(t.files().every((f) => !f.startsWith('.'))).toBe(true);
  });

  it('finds the evidence of an item reworded since, and lists the entry of a removed item as unlinked', async () => {
    const ladder = ladderCopy(SHIPPED);
    const t = setup(ladder);
    await evidenceAdd(
      {
        text: 'Published twice',
        item: ['director:regular-publication', 'director:knowledge.1'],
        date: '2026-10-01',
      },
      t.ctx(),
    );
    const file = join(ladder, 'levels/director.yaml');
    writeFileSync(
      file,
      read(file)
        .replace('Has regularly contributed to a technical', 'Has often written for a technical')
        .replace("    - Advanced managers' management\n", ''),
    );
    t.out.length = 0;
    await evidenceList({ item: ['director:regular-publication'] }, t.ctx());
    const text = t.out.join('');
    expect(text).toContain('Checkpoints 2: Has often written for a technical');
    expect(text).toContain(
      "unlinked, no longer in the ladder: director · Advanced managers' management",
    );
    t.out.length = 0;
    await evidenceList({ json: true }, t.ctx());
    expect(
      JSON.parse(t.out.join('')).evidence[0].items.map((i: { linked: boolean }) => i.linked),
    ).toEqual([true, false]);
  });

  it('needs --item without a terminal, and picks the items from a list in one', async () => {
    const t = setup();
    await expect(evidenceAdd({ text: 'Work' }, t.ctx())).rejects.toThrow(
      /name the items it backs with --item/,
    );
    const s = scripted([], [], {
      items: ['director:external-talks', 'director:knowledge.3'],
      confirms: [true, false],
    });
    await evidenceAdd({ text: 'Work' }, withPrompter(t.ctx(true), s.prompter));
    expect(t.entries()[0]!.items.map((i) => i.id ?? i.text)).toEqual([
      'external-talks',
      'SaaS strategy',
    ]);
    // The second list leaves out what was picked already.
    expect(s.offered[1]!.some((c) => c.address === 'director:external-talks')).toBe(false);
    expect(s.offered[0]!.find((c) => c.address === 'director:knowledge.3')).toEqual({
      address: 'director:knowledge.3',
      group: 'Director of Engineering · Scope of knowledge (Breadth and Depth)',
      label: '3. SaaS strategy',
    });
  });

  it('edits fields from flags: --item replaces, --add-item adds, --link and --date change', async () => {
    const t = setup();
    await evidenceAdd(
      { text: 'Work', item: ['director:knowledge.1'], date: '2026-10-01' },
      t.ctx(),
    );
    await evidenceEdit(
      { id: '2026-10-01-1', addItem: ['director:knowledge.2'], text: 'Better words' },
      t.ctx(),
    );
    expect(t.entries()[0]).toMatchObject({ text: 'Better words', date: '2026-10-01' });
    expect(t.entries()[0]!.items.map((i) => i.text)).toEqual([
      "Advanced managers' management",
      'Culture leadership',
    ]);
    await evidenceEdit(
      {
        id: '2026-10-01-1',
        item: ['director:external-talks'],
        link: ['https://x.example'],
        date: '2026-10-02',
      },
      t.ctx(),
    );
    expect(t.entries()[0]).toMatchObject({ date: '2026-10-02', links: ['https://x.example'] });
    expect(t.entries()[0]!.items.map((i) => i.id)).toEqual(['external-talks']);
    await expect(evidenceEdit({ id: '2026-10-01-1' }, t.ctx())).rejects.toThrow(
      /say what to change/,
    );
    await expect(evidenceEdit({ id: 'nope', text: 'x' }, t.ctx())).rejects.toThrow(
      'no evidence nope of yours',
    );
    await expect(
      evidenceEdit({ id: '2026-10-01-1', link: ['javascript:alert(1)'] }, t.ctx()),
    ).rejects.toThrow(/--link must be a web address/);
  });

  it('edits in a terminal from prompts prefilled with the entry', async () => {
    const t = setup();
    await evidenceAdd(
      { text: 'Work', item: ['director:knowledge.1'], date: '2026-10-01' },
      t.ctx(),
    );
    const s = scripted([], [], {
      texts: ['Work, in more words', '2026-10-03', 'https://a.example'],
      confirms: [false],
    });
    await evidenceEdit({ id: '2026-10-01-1' }, withPrompter(t.ctx(true), s.prompter));
    expect(t.entries()[0]).toMatchObject({
      text: 'Work, in more words',
      date: '2026-10-03',
      links: ['https://a.example'],
    });
  });

  it('deletes with --yes, asks in a terminal, and refuses without either', async () => {
    const t = setup();
    await evidenceAdd(
      { text: 'Work', item: ['director:knowledge.1'], date: '2026-10-01' },
      t.ctx(),
    );
    await expect(evidenceRemove({ id: '2026-10-01-1' }, t.ctx())).rejects.toThrow(
      /no terminal to ask in/,
    );
    const no = scripted([], [], { confirms: [false] });
    await evidenceRemove({ id: '2026-10-01-1' }, withPrompter(t.ctx(true), no.prompter));
    expect(t.files()).toHaveLength(1);
    await evidenceRemove({ id: '2026-10-01-1', yes: true }, t.ctx());
    expect(t.files()).toEqual([]);
  });
});

describe('evidence during an assessment', () => {
  it('shows the count and latest entries with the item, and offers them as the note', async () => {
    const t = setup();
    for (const [text, date] of [
      ['Wrote on the blog', '2026-09-01'],
      ['Wrote again', '2026-10-01'],
    ])
      await evidenceAdd({ text: text!, item: ['director:regular-publication'], date }, t.ctx());
    const s = scripted(['met', 'met', 'met'], ['', '2026-10-01: Wrote again', '']);
    await assess({ level: 'director' }, withPrompter(t.ctx(true), s.prompter));
    expect(s.asked[1]!.evidence).toEqual({
      count: 2,
      latest: ['2026-10-01: Wrote again', '2026-09-01: Wrote on the blog'],
    });
    expect(s.asked[0]!.evidence).toBeUndefined();
    const saved = JSON.parse(
      readFileSync(
        join(t.store, 'assessments', readdirSync(join(t.store, 'assessments'))[0]!),
        'utf8',
      ),
    );
    expect(saved.items[1].note).toBe('2026-10-01: Wrote again');
    expect(
      evidenceFor(listEvidence(openStore(t.store, {})).found, 'director', saved.items[1]),
    ).toHaveLength(2);
  });
});

describe('the order the evidence picker offers items in', () => {
  const ladder = shipped;
  const choices = itemChoices(ladder);
  const at = (
    level: string,
    items: { section: string; id?: string; text: string }[],
    day: string,
  ) => ({
    level: { id: level },
    updatedAt: `${day}T10:00:00Z`,
    items,
  });

  it('offers the items of the latest assessment first, then older ones, then the rest', () => {
    const director = choices.filter(
      (c) => c.item.level === 'director' && c.item.section === 'checkpoints',
    );
    const em = choices.find((c) => c.item.level === 'vp-eng' && c.item.section === 'knowledge')!;
    const order = offerOrder(choices, ladder, [
      at('vp-eng', [em.item], '2026-01-01'),
      at(
        'director',
        director.map((c) => c.item),
        '2026-06-01',
      ),
    ]);
    expect(order.slice(0, director.length)).toEqual(director);
    expect(order[director.length]).toBe(em);
    expect(order).toHaveLength(choices.length);
  });

  it('puts prose sections (years, scope) after the lists when nothing was assessed', () => {
    const order = offerOrder(choices, ladder, []);
    const prose = new Set(ladder.sections.filter((s) => s.kind === 'text').map((s) => s.id));
    const firstProse = order.findIndex((c) => prose.has(c.item.section));
    expect(firstProse).toBeGreaterThan(0);
    expect(order.slice(firstProse).every((c) => prose.has(c.item.section))).toBe(true);
  });
});
