import { describe, expect, it } from 'vitest';
import {
  finish,
  itemsFor,
  startAssessment,
  withAnswer,
  type StoredAssessment,
} from '../../src/ladder/assessment.js';
import { diffLevels } from '../../src/ladder/level-diff.js';
import { historyOf } from '../../src/ladder/history.js';
import { searchLadder } from '../../src/ladder/search.js';
import { sectionTitle } from '../../src/ladder/tree.js';
import { compareAssessments } from '../../src/ladder/compare.js';
import { actionsIn, startOutcome, withAction } from '../../src/ladder/outcome.js';
import { renderActions } from '../../src/render/actions-text.js';
import { renderAssessment } from '../../src/render/assessment-text.js';
import { renderComparison } from '../../src/render/compare-text.js';
import { renderDiff } from '../../src/render/diff-text.js';
import { renderHistory } from '../../src/render/history-text.js';
import { renderLevelContext } from '../../src/render/level-context.js';
import { renderLevel } from '../../src/render/level-text.js';
import { renderList } from '../../src/render/list-text.js';
import { renderSearch } from '../../src/render/search-text.js';
import { FORK, mustLoad, overflowing, SHIPPED, testStyle } from '../helpers.js';

const shipped = mustLoad(SHIPPED);
const fork = mustLoad(FORK);
const level = (id: string, ladder = shipped) => ladder.levels.find((l) => l.id === id)!;
const at = new Date('2026-11-26T10:00:00Z');
const me = { id: 'sam-lee', name: 'Sam Lee' };

function assessment() {
  const director = level('director');
  let a = startAssessment(
    director,
    itemsFor(
      director,
      shipped.sections.filter((s) => s.assessed),
    ),
    { subject: me, assessor: me, role: 'self' },
    at,
  );
  a = withAnswer(
    a,
    0,
    { status: 'met', note: 'Four promotions: https://example.com/promotions/2026/q3/summary' },
    at,
  );
  a = withAnswer(a, 1, { status: 'partly', note: 'Two posts on the engineering blog' }, at);
  a = withAnswer(a, 2, { status: 'not-yet' }, at);
  return { ...finish(a, at), years: 12, yearsGuideline: '15+' };
}

const stored: StoredAssessment[] = [
  {
    path: '/home/sam/.local/share/ladder/assessments/sam-lee.director.self.20261120T100000Z-1a2b.json',
    assessment: { ...assessment(), startedAt: '2026-11-20T10:00:00.000Z' },
  },
  {
    path: '/home/sam/.local/share/ladder/assessments/sam-lee.director.self.20261126T100000Z-3c4d.json',
    assessment: assessment(),
  },
];

/** Sam's manager's view of the same checkpoints, and the outcome the two agreed. */
const manager = {
  ...assessment(),
  role: 'manager' as const,
  assessor: { id: 'ana-lopez', name: 'Ana López' },
  items: assessment().items.map((item, i) => ({
    ...item,
    status: (['met', 'not-yet', 'not-yet'] as const)[i]!,
    note: i === 1 ? 'The posts are older than twelve months' : '',
  })),
};
const comparison = compareAssessments(assessment(), manager);
const outcome = withAction(
  startOutcome(
    { left: stored[1]!, right: { path: '/store/manager.json', assessment: manager } },
    comparison,
    { subject: me, assessor: manager.assessor, role: 'agreed' },
    at,
    { all: false, refer: (p) => p },
  ).outcome,
  1,
  {
    id: 'director-1',
    text: 'Publish one post a quarter on the engineering blog',
    due: '2027-03-31',
  },
  at,
);

const screens: [string, (width: number) => string][] = [
  ['show', (w) => renderLevel(shipped, level('vp-eng'), shipped.sections, testStyle(w))],
  [
    'show --context',
    (w) => renderLevelContext(shipped, level('vp-eng'), shipped.sections, testStyle(w)),
  ],
  [
    'show --context at a fork',
    (w) => renderLevelContext(fork, level('senior', fork), fork.sections, testStyle(w)),
  ],
  [
    'diff',
    (w) =>
      renderDiff(diffLevels(level('director'), level('vp-eng'), shipped.sections), testStyle(w), {
        stacked: false,
        changedOnly: true,
      }),
  ],
  ['list', (w) => renderList(fork, fork.tracks, testStyle(w))],
  ['search', (w) => renderSearch('strategy', searchLadder(shipped, 'strategy'), testStyle(w))],
  [
    'assessment',
    (w) => renderAssessment(assessment(), (id) => sectionTitle(shipped, id), testStyle(w)),
  ],
  [
    'history',
    (w) =>
      renderHistory(historyOf(stored), '/home/sam/.local/share/ladder/assessments', testStyle(w)),
  ],
  [
    'history with none saved',
    (w) => renderHistory([], '/home/sam/.local/share/ladder/assessments', testStyle(w)),
  ],
  [
    'compare --all',
    (w) =>
      renderComparison(
        {
          left: assessment(),
          right: manager,
          comparison,
          title: (id) => sectionTitle(shipped, id),
          all: true,
          overdue: [
            {
              action: {
                id: 'director-1',
                section: 'checkpoints',
                item: 1,
                text: 'Publish one post a quarter on the engineering blog, with a review by a peer',
                due: '2026-01-31',
                status: 'open',
              },
              stored: { path: '/tmp/outcome.json', assessment: manager },
              item: undefined,
            },
          ],
          today: '2026-11-24',
        },
        testStyle(w),
      ),
  ],
  [
    'agreed outcome',
    (w) => renderAssessment(outcome, (id) => sectionTitle(shipped, id), testStyle(w)),
  ],
  [
    'agree --actions',
    (w) =>
      renderActions(
        actionsIn([{ path: '/store/outcome.json', assessment: outcome }]),
        { name: 'Sam Lee', me: false, person: { id: 'sam-lee' } },
        (id) => sectionTitle(shipped, id),
        testStyle(w),
        '2026-12-03',
      ),
  ],
];

describe('every screen fits the terminal', () => {
  for (const [name, render] of screens) {
    for (const width of [40, 60, 80, 120]) {
      it(`${name} at ${width} columns`, () => {
        const out = render(width);
        expect(overflowing(out, width)).toEqual([]);
        expect(out).toMatchSnapshot();
      });
    }
  }
});
