import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parse } from '../helpers.js';

describe('argv → options, for every command', () => {
  it.each([
    ['list', 'list', {}],
    ['list --track ic --json', 'list', { track: 'ic', json: true }],
    ['show vp', 'show', { level: 'vp', format: 'text' }],
    [
      'show vp -s knowledge,scope --section checkpoints',
      'show',
      { level: 'vp', format: 'text', section: ['knowledge', 'scope', 'checkpoints'] },
    ],
    ['show vp --context', 'show', { level: 'vp', format: 'text', context: true }],
    ['show vp --format markdown', 'show', { level: 'vp', format: 'markdown' }],
    [
      'diff director vp --changed-only --stacked -s scope',
      'diff',
      {
        from: 'director',
        to: 'vp',
        format: 'text',
        changedOnly: true,
        stacked: true,
        section: ['scope'],
      },
    ],
    ['diff a b --json', 'diff', { from: 'a', to: 'b', format: 'text', json: true }],
    [
      'search "external communication" --json',
      'search',
      { text: 'external communication', json: true },
    ],
    ['assess', 'assess', { level: undefined }],
    ['assess director --resume', 'assess', { level: 'director', resume: true }],
    [
      'assess vp -s responsibilities,knowledge',
      'assess',
      { level: 'vp', section: ['responsibilities', 'knowledge'] },
    ],
    ['assess --edit', 'assess', { level: undefined, edit: true }],
    ['assess --edit latest', 'assess', { level: undefined, edit: 'latest' }],
    [
      'assess director --answers a.yaml --years 12',
      'assess',
      { level: 'director', answers: 'a.yaml', years: 12 },
    ],
    [
      'assess director --for "Alice Martin" --as Bob --role peer --store s',
      'assess',
      { level: 'director', for: 'Alice Martin', as: 'Bob', role: 'peer', store: 's' },
    ],
    ['report', 'report', { target: 'latest', format: 'text' }],
    ['report director --json', 'report', { target: 'director', format: 'text', json: true }],
    [
      'report latest --format markdown --out - --force',
      'report',
      { target: 'latest', format: 'markdown', out: '-', force: true },
    ],
    [
      'history director --json --for alice',
      'history',
      { level: 'director', json: true, for: 'alice' },
    ],
    ['forget latest --yes', 'forget', { target: 'latest', yes: true }],
    [
      'compare director --for alice --all --allow-unfinished',
      'compare',
      {
        assessments: ['director'],
        for: 'alice',
        all: true,
        allowUnfinished: true,
        format: 'text',
      },
    ],
    [
      'compare a.json b.json --json --store s',
      'compare',
      { assessments: ['a.json', 'b.json'], json: true, format: 'text', store: 's' },
    ],
    [
      'agree director --for "Alice Martin" --as Bob --answers agreed.yaml',
      'agree',
      { assessments: ['director'], for: 'Alice Martin', as: 'Bob', answers: 'agreed.yaml' },
    ],
    [
      'agree director --resume --all',
      'agree',
      { assessments: ['director'], resume: true, all: true },
    ],
    ['agree --actions --json', 'agree', { assessments: [], actions: true, json: true }],
    ['agree --done director-1', 'agree', { assessments: [], done: 'director-1' }],
    [
      'evidence add "Spoke at a meetup" --item director:external-talks --item director:knowledge.2,director:knowledge.3 --link https://a.test --date 2026-10-14 --for alice',
      'evidence add',
      {
        text: 'Spoke at a meetup',
        item: ['director:external-talks', 'director:knowledge.2', 'director:knowledge.3'],
        link: ['https://a.test'],
        date: '2026-10-14',
        for: 'alice',
      },
    ],
    [
      'evidence list --level director --since 2026-01-01 --json',
      'evidence list',
      { level: 'director', since: '2026-01-01', json: true },
    ],
    [
      'evidence edit 2026-10-14-1 --text New --add-item director:knowledge.1',
      'evidence edit',
      { id: '2026-10-14-1', text: 'New', addItem: ['director:knowledge.1'] },
    ],
    ['evidence rm 2026-10-14-1 --yes', 'evidence rm', { id: '2026-10-14-1', yes: true }],
    [
      'team --level director --level vp --as-of 2026-12-01 --ready 0.7 --min-group 5 --anonymous --chart',
      'team',
      {
        level: ['director', 'vp'],
        asOf: '2026-12-01',
        ready: 0.7,
        minGroup: 5,
        anonymous: true,
        chart: true,
        format: 'text',
      },
    ],
    [
      'team --format html --out team.html',
      'team',
      { ready: 0.8, minGroup: 3, format: 'html', out: 'team.html' },
    ],
    ['history director --chart', 'history', { level: 'director', chart: true }],
    ['completion zsh', 'completion', { shell: 'zsh' }],
    [
      'changes HEAD~1',
      'changes',
      { old: 'HEAD~1', new: undefined, changedOnly: true, format: 'text' },
    ],
    [
      'changes v1 v2 --no-changed-only --stacked --exit-code --no-assessments -s checkpoints',
      'changes',
      {
        old: 'v1',
        new: 'v2',
        changedOnly: false,
        stacked: true,
        exitCode: true,
        assessments: false,
        section: ['checkpoints'],
        format: 'text',
      },
    ],
    [
      'changes main --format markdown --assessments',
      'changes',
      { old: 'main', new: undefined, changedOnly: true, format: 'markdown', assessments: true },
    ],
    [
      'packet director --for alice --format html --out p.html --no-notes',
      'packet',
      {
        level: 'director',
        for: 'alice',
        format: 'html',
        out: 'p.html',
        notes: false,
        evidence: true,
      },
    ],
    [
      'import a.md b.md --out dir --force --partial --quiet --title T --track "IC"',
      'import',
      {
        sources: ['a.md', 'b.md'],
        out: 'dir',
        force: true,
        partial: true,
        quiet: true,
        title: 'T',
        track: 'IC',
      },
    ],
    ['export --format csv --out -', 'export', { format: 'csv', out: '-' }],
    ['lint --strict --min-new 3 --json', 'lint', { strict: true, minNew: 3, json: true }],
    ['lint', 'lint', { minNew: 2 }],
    ['validate --json', 'validate', { json: true }],
  ])('ladder %s', async (argv, name, options) => {
    expect(await parse(argv)).toEqual({ name, options });
  });

  it.each([
    ['team --ready 1.5', '--ready must be a readiness from 0 to 1, like 0.8, not "1.5"'],
    ['team --min-group 0', '--min-group must be a whole number of people, not "0"'],
    ['lint --min-new two', '--min-new must be a whole number, not "two"'],
    ['assess director --years 7y', '--years must be a number of years, not "7y"'],
  ])(
    'parses the numbers of ladder %s where they are typed, as a usage error',
    async (argv, message) => {
      const error = await parse(argv).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe(message);
    },
  );

  it.each([
    ['show', 'missing required argument'],
    ['show vp --format html', "argument 'html' is invalid"],
    ['assess --role boss', "argument 'boss' is invalid"],
    ['export --out x', "required option '--format <format>' not specified"],
    ['nope', "unknown command 'nope'"],
    ['list --nope', "unknown option '--nope'"],
  ])('refuses ladder %s as a usage error', async (argv, message) => {
    const error = await parse(argv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).message).toContain(message);
    expect((error as CommanderError).exitCode).not.toBe(0);
  });
});
