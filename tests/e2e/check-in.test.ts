import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { overflowing, ROOT, runCli, tempDir } from '../helpers.js';
import { hasTmux, Terminal } from '../tmux.js';

const EXAMPLES = join(ROOT, 'examples/check-in');

/** A store shared by Alice and Bob, and the three steps' commands run in it. */
function setup() {
  const store = join(tempDir(), 'store');
  const env = (as: string, now: string) => ({
    LADDER_STORE: store,
    LADDER_USER: as,
    LADDER_NOW: now,
    TZ: 'UTC',
  });
  const dir = join(store, 'assessments');
  const saved = (part: string) => {
    const name = readdirSync(dir).find((n) => n.includes(part))!;
    return JSON.parse(readFileSync(join(dir, name), 'utf8'));
  };
  const bothSides = async () => {
    const self = await runCli(['assess', 'director', '--answers', join(EXAMPLES, 'alice.yaml')], {
      env: env('Alice Martin', '2026-11-20T10:00:00Z'),
    });
    const manager = await runCli(
      ['assess', 'director', '--for', 'Alice Martin', '--answers', join(EXAMPLES, 'bob.yaml')],
      { env: env('Bob Lee', '2026-11-22T10:00:00Z') },
    );
    expect([self.code, manager.code]).toEqual([0, 0]);
  };
  return { store, env, dir, saved, bothSides };
}

describe('a check-in, with answers files for both sides and the outcome', () => {
  it('compares, agrees, and shows the outcome in report, history and the actions', async () => {
    const { env, saved, bothSides } = setup();
    await bothSides();
    const bob = env('Bob Lee', '2026-11-24T10:00:00Z');

    const compared = await runCli(['compare', 'director', '--for', 'alice', '--json'], {
      env: bob,
    });
    expect(compared.code).toBe(0);
    expect(JSON.parse(compared.stdout).summary).toEqual({
      agree: 1,
      disagree: 2,
      onlyLeft: 0,
      onlyRight: 0,
    });
    const markdown = await runCli(
      ['compare', 'director', '--for', 'alice', '--format', 'markdown', '--all'],
      { env: bob },
    );
    expect(markdown.stdout).toContain('## Disagreements');
    expect(markdown.stdout).toContain('## Agreed');
    expect(markdown.stdout).toContain('| Readiness | 83% | 33% |');

    const agreed = await runCli(
      ['agree', 'director', '--for', 'alice', '--answers', join(EXAMPLES, 'agreed.yaml')],
      { env: bob },
    );
    expect(agreed.code).toBe(0);
    expect(agreed.stdout).toContain('Agreed outcome for Alice Martin');
    expect(saved('agreed')).toMatchObject({ role: 'agreed', complete: true });

    const report = await runCli(['report', 'director', '--for', 'alice', '--format', 'markdown'], {
      env: bob,
    });
    expect(report.stdout).toContain('## Actions');
    expect(report.stdout).toContain(
      '| Has regularly contributed to a technical or people management blog or publication over the past 12 months | Publish one post a quarter on the engineering blog | 2027-03-31 | open |',
    );
    const history = await runCli(['history', '--for', 'alice'], { env: bob });
    expect(history.stdout).toContain('agreed (Bob Lee): readiness 50%; 2 actions, 2 open');
    expect(history.stdout).toContain('self: readiness 83%');

    const done = await runCli(['agree', '--done', 'director-1', '--for', 'alice'], { env: bob });
    expect(done).toMatchObject({ code: 0, stdout: expect.stringContaining('Done: director-1') });
    const actions = await runCli(['agree', '--actions', '--for', 'alice'], { env: bob });
    expect(actions.stdout).toContain('Actions agreed with Alice Martin: 1 open, 1 done');
    expect(actions.stdout).toContain('director-2  open, due 2027-06-30');
    // Past its due date, an open action says so; a done one stays done.
    const later = await runCli(['agree', '--actions', '--for', 'alice'], {
      env: env('Bob Lee', '2027-07-01T10:00:00Z'),
    });
    expect(later.stdout).toContain('director-2  overdue, due 2027-06-30');
    expect(later.stdout).toContain('director-1  done, due 2027-03-31');
  });

  it('refuses a due date gone by unless --allow-past, and flags overdue actions everywhere', async () => {
    const { env, dir, bothSides } = setup();
    await bothSides();
    const late = env('Bob Lee', '2027-05-01T10:00:00Z');
    const file = join(EXAMPLES, 'agreed.yaml');
    const refused = await runCli(['agree', 'director', '--for', 'alice', '--answers', file], {
      env: late,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('gives a due date that has passed (today is 2027-05-01)');
    expect(refused.stderr).toContain('checkpoints regular-publication, due 2027-03-31');
    expect(refused.stderr).toContain('hint: give a date from today on, or add --allow-past');
    expect(readdirSync(dir).filter((n) => n.includes('agreed'))).toEqual([]);
    const taken = await runCli(
      ['agree', 'director', '--for', 'alice', '--answers', file, '--allow-past'],
      { env: late },
    );
    expect(taken.code).toBe(0);

    const json = await runCli(['agree', '--actions', '--for', 'alice', '--json'], { env: late });
    expect(
      JSON.parse(json.stdout).actions.map((a: { id: string; overdue: boolean }) => [
        a.id,
        a.overdue,
      ]),
    ).toEqual([
      ['director-1', true],
      ['director-2', false],
    ]);
    const compared = await runCli(['compare', 'director', '--for', 'alice'], { env: late });
    expect(compared.stdout).toMatch(
      /Overdue actions\n {2}director-1, open, due 2027-03-31, overdue: Publish one post/,
    );
    expect(compared.stdout).not.toContain('director-2,');
    const comparedJson = await runCli(['compare', 'director', '--for', 'alice', '--json'], {
      env: late,
    });
    expect(JSON.parse(comparedJson.stdout).overdue).toEqual([
      expect.objectContaining({ id: 'director-1', due: '2027-03-31' }),
    ]);
    const packet = await runCli(['packet', 'director', '--for', 'alice'], { env: late });
    expect(packet.stdout).toContain('director-1, open, due 2027-03-31, overdue:');
    const packetJson = await runCli(['packet', 'director', '--for', 'alice', '--json'], {
      env: late,
    });
    const actions = JSON.parse(packetJson.stdout)
      .checkpoints.filter((c: { action: unknown }) => c.action)
      .map((c: { action: { id: string; overdue: boolean } }) => [c.action.id, c.action.overdue]);
    expect(actions).toEqual([
      ['director-1', true],
      ['director-2', false],
    ]);
    const team = await runCli(['team'], { env: late });
    expect(team.stdout).toMatch(
      /Overdue actions\n {2}• Alice Martin, Director of Engineering: director-1, open, due 2027-03-31,\n {4}overdue:/,
    );
    const teamMd = await runCli(['team', '--format', 'markdown'], { env: late });
    expect(teamMd.stdout).toContain('## Overdue actions');
    const teamJson = await runCli(['team', '--json'], { env: late });
    expect(JSON.parse(teamJson.stdout).overdue).toEqual([
      expect.objectContaining({ action: expect.objectContaining({ id: 'director-1' }) }),
    ]);
    // Before its date, nothing is overdue anywhere.
    const early = env('Bob Lee', '2027-01-01T10:00:00Z');
    expect((await runCli(['team'], { env: early })).stdout).not.toContain('Overdue');
    expect(
      (await runCli(['compare', 'director', '--for', 'alice'], { env: early })).stdout,
    ).not.toContain('Overdue');
  });

  it('refuses an agreement that leaves a disagreement out, naming it, and writes nothing', async () => {
    const { env, dir, bothSides } = setup();
    await bothSides();
    const file = join(tempDir(), 'half.yaml');
    writeFileSync(file, 'checkpoints:\n  regular-publication: partly\n');
    const r = await runCli(['agree', 'director', '--for', 'alice', '--answers', file], {
      env: env('Bob Lee', '2026-11-24T10:00:00Z'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/leaves 1 disagreement unsettled: checkpoints external-talks\n/);
    expect(readdirSync(dir).filter((n) => n.includes('agreed'))).toEqual([]);
  });
});

describe.runIf(hasTmux || process.env.CI)('ladder agree in a real terminal (tmux)', () => {
  let terminal: Terminal | undefined;
  afterEach(() => terminal?.kill());

  it('is stopped by Ctrl-C at an action, and --resume asks for that action again', async () => {
    const { env, saved, bothSides } = setup();
    await bothSides();
    const columns = 80;
    terminal = new Terminal(env('Bob Lee', '2026-11-24T10:00:00Z'), { columns, rows: 60 });
    terminal.run('agree director --for alice');
    await terminal.waitFor('[1/2] Checkpoints');
    await terminal.waitFor('Alice Martin (self): Met');
    terminal.keys('Down', 'Enter'); // Partly
    await terminal.waitForPrompt(/^\? Action agreed \(optional, Enter for none\):$/);
    terminal.type('Publish one post a quarter');
    terminal.keys('C-c');
    expect(await terminal.exitCode()).toBe(130);
    await terminal.waitFor('ladder agree director --for alice-martin --resume');
    const stopped = terminal.screen({ join: true });
    expect(stopped).toMatch(
      /Stopped\. What was settled so far is saved in\n {2}\S+agreed\S+\.json\nContinue with:\n {2}ladder agree director --for alice-martin --resume\n/,
    );
    expect(saved('agreed')).toMatchObject({
      complete: false,
      progress: { item: 1, step: 'action' },
    });

    terminal.run('agree director --for alice --resume');
    await terminal.waitForPrompt(/^\? Action agreed \(optional, Enter for none\):$/);
    expect(terminal.screen({ join: true })).toMatch(
      /Resuming\n {2}\S+\.json\n\n\[1\/2\] Checkpoints\n {2}\S[^]*?\n {2}Answered: Partly\n\n\? Action agreed/,
    );
    terminal.type('Publish one post a quarter');
    terminal.keys('Enter');
    await terminal.waitForPrompt(/^\? Due \(YYYY-MM-DD, optional\):$/);
    terminal.type('2027-02-30');
    terminal.keys('Enter');
    await terminal.waitFor('A date as YYYY-MM-DD, or nothing');
    terminal.keys(...Array.from({ length: 10 }, () => 'BSpace'));
    // A date gone by (the clock says 2026-11-24) is refused, saying why.
    terminal.type('2020-01-01');
    terminal.keys('Enter');
    await terminal.waitFor('2020-01-01 has passed: a date from today on, or nothing');
    terminal.keys(...Array.from({ length: 10 }, () => 'BSpace'));
    terminal.type('2027-03-31');
    terminal.keys('Enter');
    await terminal.waitFor('[2/2] Checkpoints');
    terminal.keys('Down', 'Down', 'Enter'); // Not yet
    await terminal.waitForPrompt(/^\? Action agreed \(optional, Enter for none\):$/);
    terminal.keys('Enter');
    expect(await terminal.exitCode()).toBe(0);
    const shown = terminal.screen({ join: true });
    expect(shown).toContain('director-1, open, due 2027-03-31: Publish one post a quarter');
    expect(overflowing(shown.replace(/\n+$/, ''), columns)).toEqual([]);
    const outcome = saved('agreed');
    expect(outcome.items.map((i: { status: string }) => i.status)).toEqual([
      'met',
      'partly',
      'not-yet',
    ]);
    expect(outcome.actions).toHaveLength(1);
  }, 60_000);
});
