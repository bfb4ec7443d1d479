import { describe, expect, it } from 'vitest';
import { FORK, runCli } from '../helpers.js';

describe('ladder diff', () => {
  it('shows the worked example, director → vp', async () => {
    const r = await runCli(['diff', 'director', 'vp']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(
      out.startsWith(
        'Director of Engineering → VP of Engineering\n5 added, 5 removed, 4 reworded, 13 unchanged\n',
      ),
    ).toBe(true);
    expect(out).toContain('Years of xp (guideline): 15+ at both levels');
    expect(out).toContain(
      'Scope of knowledge (Breadth and Depth) (7 unchanged, 1 reworded, 1 added)',
    );
    expect(out).toContain('Responsibilities (3 unchanged, 2 reworded, 2 removed)');
    expect(out).toContain('Communication and leadership (4 added, 3 removed)');
    expect(out).toContain('Competencies focus: unchanged, 2 items at both levels');
    expect(out).toContain('Job Description (Internal links): WIP at both levels');
    expect(out).toContain('Checkpoints: 3 items → WIP');
    expect(out).toContain('│ ~ Cross-functional communication');
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('mirrors, and finds no change between a level and itself', async () => {
    const back = await runCli(['diff', 'vp', 'director', '--stacked']);
    expect(back.stdout).toContain('Checkpoints: WIP → 3 items');
    expect(back.stdout).toContain('  - Organizational design');
    const same = await runCli(['diff', 'director', 'director-eng']);
    expect(same.stdout).toContain('0 added, 0 removed, 0 reworded, 25 unchanged');
  });

  it('stacks below 80 columns, and folds unchanged items', async () => {
    const r = await runCli(['diff', 'director', 'vp', '--changed-only', '--section', 'knowledge'], {
      env: { COLUMNS: '70' },
    });
    expect(r.stdout).toContain(
      'Scope of knowledge (Breadth and Depth) (7 unchanged, 1 reworded, 1\nadded)\n    … 7 unchanged items\n  ~ Cross-functional {+and external+} communication\n  + Organizational design\n',
    );
  });

  it('prints the JSON contract', async () => {
    const r = await runCli(['diff', 'director', 'vp', '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.from).toEqual({ id: 'director', title: 'Director of Engineering' });
    expect(json.to).toEqual({ id: 'vp-eng', title: 'VP of Engineering' });
    expect(json.summary).toEqual({ added: 5, removed: 5, reworded: 4, relinked: 0, unchanged: 13 });
    expect(json.sections.map((s: { id: string }) => s.id)).toHaveLength(8);
    const knowledge = json.sections.find((s: { id: string }) => s.id === 'knowledge');
    expect(Object.keys(knowledge)).toEqual(['id', 'title', 'status', 'changes']);
    expect(knowledge.status).toEqual({ from: 'defined', to: 'defined' });
    expect(knowledge.changes).toContainEqual({ type: 'added', to: 'Organizational design' });
    expect(knowledge.changes).toContainEqual({
      type: 'reworded',
      from: 'Cross-functional communication',
      to: 'Cross-functional and external communication',
    });
    const scope = json.sections.find((s: { id: string }) => s.id === 'scope');
    expect(scope.changes).toEqual([
      { type: 'reworded', from: '4-6 teams / 3-4 directs, 15-20 total', to: 'Organization' },
    ]);
    // VP adds a reference link to its competencies: the section says so.
    const competencies = json.sections.find((s: { id: string }) => s.id === 'competencies');
    expect(competencies.link).toEqual({
      from: null,
      to: {
        title: 'People manager competencies (internal link)',
        url: 'https://app.tettra.co/teams/beyondpricing/pages/people-managers',
      },
    });
    const checkpoints = json.sections.find((s: { id: string }) => s.id === 'checkpoints');
    expect(checkpoints).toMatchObject({ status: { from: 'defined', to: 'wip' }, changes: [] });
  });

  it('prints Markdown', async () => {
    const r = await runCli(['diff', 'director', 'vp', '--format', 'markdown']);
    expect(
      r.stdout.startsWith(
        '# Director of Engineering → VP of Engineering\n\n**5 added, 5 removed, 4 reworded, 13 unchanged**\n',
      ),
    ).toBe(true);
    expect(r.stdout).toContain('| + |  | Organizational design |');
  });

  it('compares across tracks', async () => {
    const r = await runCli(['diff', 'staff', 'manager', '--ladder', FORK, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).to.id).toBe('em');
  });

  it('exits 2 on an unknown level, with suggestions', async () => {
    const r = await runCli(['diff', 'directr', 'vp']);
    expect(r).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: unknown level "directr"\nhint: did you mean director?\n',
    });
    expect((await runCli(['diff', 'vp'])).code).toBe(2);
  });
});
