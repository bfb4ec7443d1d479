import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORK, ladderCopy, load, read, SHIPPED } from '../helpers.js';

const vp = (body: string) =>
  `id: vp-eng\ntitle: VP of Engineering\ntrack: people-manager\nfollows: director\n${body}`;
const allSections = `sections:
  years: 15+
  scope: Organization
  knowledge: [a]
  responsibilities: [b]
  communication: [c]
  competencies: [d]
  job-description: WIP
  checkpoints: { status: wip }
`;

describe('validation with positions', () => {
  it('accepts the shipped ladder and the fork fixture', () => {
    expect(load(SHIPPED).problems).toEqual([]);
    expect(load(FORK).problems).toEqual([]);
  });

  it('reports wrong types and unknown keys where they are written', () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': vp(`order: first\ncolour: red\n${allSections}`),
    });
    expect(load(dir).problems).toEqual([
      'levels/vp-eng.yaml:5:8: "order" must be number',
      'levels/vp-eng.yaml:6:1: unknown key "colour"',
    ]);
  });

  it('reports a missing key, a bad id and a bad status', () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': `id: VP Eng\ntrack: people-manager\n${allSections.replace('{ status: wip }', '{ status: later }')}`,
    });
    expect(load(dir).problems).toEqual([
      'levels/vp-eng.yaml:1:1: missing required key "title"',
      'levels/vp-eng.yaml:1:5: "id" must be an id: lowercase letters and digits joined by hyphens, like "vp-eng"',
      'levels/vp-eng.yaml:11:26: "status" must be one of: wip, n/a',
    ]);
  });

  it('checks across files: duplicates, unknown references, cycles, names', () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': vp(`aliases: [director-eng]\n${allSections}`).replace(
        'follows: director',
        'follows: cto',
      ),
      'levels/cto.yaml': `id: chief\ntitle: CTO\ntrack: exec\nfollows: cto\n${allSections.replace('years: 15+', 'years: 15+\n  hobbies: [golf]')}`,
    });
    expect(load(dir).problems).toEqual([
      'levels/cto.yaml:1:5: file name "cto" does not match the level id "chief"; name the file chief.yaml',
      'levels/cto.yaml:3:8: unknown track "exec" (ladder.yaml declares: people-manager)',
      'levels/cto.yaml:4:10: follows unknown level "cto"',
      'levels/cto.yaml:7:3: unknown section "hobbies" (ladder.yaml declares: years, scope, knowledge, responsibilities, communication, competencies, job-description, checkpoints)',
      'levels/vp-eng.yaml:4:10: follows unknown level "cto"',
      'levels/vp-eng.yaml:5:11: duplicate alias "director-eng": already used by level "director" (' +
        `${dir}/levels/director.yaml)`,
    ]);
  });

  it('finds a cycle of levels', () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/director.yaml': `id: director\ntitle: Director of Engineering\ntrack: people-manager\nfollows: vp-eng\n${allSections}`,
    });
    expect(load(dir).problems).toEqual([
      'levels/director.yaml:4:10: levels follow each other in a cycle: director → vp-eng → director',
    ]);
  });

  it('checks each level against the declared sections, and takes prose or a list in any', () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': vp(
        `sections:\n  years: [15+]\n  scope: Organization\n  knowledge: just text\n`,
      ),
    });
    expect(load(dir).problems).toEqual([
      'levels/vp-eng.yaml:6:3: missing sections "responsibilities", "communication", "competencies", "job-description", "checkpoints" (write { status: wip } for one not written yet)',
    ]);
  });

  it('reports duplicate track and section ids in ladder.yaml', () => {
    const dir = ladderCopy(FORK, {
      'ladder.yaml': read(join(FORK, 'ladder.yaml')).replace('  - id: manager', '  - id: ic'),
    });
    expect(load(dir).problems).toContain('ladder.yaml:5:9: duplicate track id "ic"');
  });

  it('reports every broken file at once', () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/vp-eng.yaml': 'id: [',
      'levels/director.yaml': '',
    });
    expect(load(dir).problems).toEqual([
      'levels/director.yaml:1:1: file is empty',
      expect.stringMatching(/^levels\/vp-eng\.yaml:1:\d+: /),
    ]);
  });

  it('shows syntax, schema and cross-file problems in one run', () => {
    const dir = ladderCopy(SHIPPED, {
      'levels/director.yaml': 'id: [',
      'levels/vp-eng.yaml': vp(`colour: red\n${allSections}`).replace(
        'track: people-manager',
        'track: exec',
      ),
      'levels/vp2.yaml': `id: vp-eng\ntitle: VP 2\ntrack: people-manager\nfollows: director\n${allSections}`,
    });
    expect(load(dir).problems).toEqual([
      expect.stringMatching(/^levels\/director\.yaml:1:\d+: /),
      'levels/vp-eng.yaml:3:8: unknown track "exec" (ladder.yaml declares: people-manager)',
      'levels/vp-eng.yaml:5:1: unknown key "colour"',
      'levels/vp2.yaml:1:5: file name "vp2" does not match the level id "vp-eng"; name the file vp-eng.yaml',
      `levels/vp2.yaml:1:5: duplicate id "vp-eng": already used by level "vp-eng" (${dir}/levels/vp-eng.yaml)`,
    ]);
    // With ladder.yaml unreadable, the levels are still checked against each other.
    writeFileSync(join(dir, 'ladder.yaml'), 'title: [');
    expect(load(dir).problems).toContainEqual(
      `levels/vp2.yaml:1:5: duplicate id "vp-eng": already used by level "vp-eng" (${dir}/levels/vp-eng.yaml)`,
    );
  });
});
