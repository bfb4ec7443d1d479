import { isDate, isOverdue } from '../ladder/dates.js';
import { LIMITS, overLimit } from '../ladder/limits.js';
import { at, finish, withAnswer, type Assessment } from '../ladder/assessment.js';
import { actionOf, withAction } from '../ladder/outcome.js';
import type { SideView } from '../ladder/questions.js';
import type { Prompter } from './prompter.js';
import { commit, mark, type Saver, type SessionState } from './session.js';
import { localDate } from '../render/time.js';

// The conversation of `ladder agree`: item by item, the agreed answer, then what will be done.

export interface AgreementIo extends Saver {
  prompter: Prompter;
  now: () => Date;
  sectionTitle: (id: string) => string;
  /** Both sides' answers to an item of the outcome, as the prompt shows them. */
  sides: (index: number) => (SideView | null)[];
  /** Runs `use` with an id for a new action; what `use` saves keeps the id from being given twice. */
  withNewActionId: (use: (id: string) => void) => void;
  /** `--allow-past`: a due date gone by is taken, for an action recorded late. */
  allowPast?: boolean;
}

const DUE_HINT = 'A date as YYYY-MM-DD, or nothing';

/** Asks the action agreed on an item, and its due date when there is one; saves each. */
async function askAction(state: SessionState, io: AgreementIo, index: number): Promise<void> {
  const existing = actionOf(state.assessment, index);
  const text = (
    await io.prompter.text(
      'Action agreed (optional, Enter for none):',
      existing?.text ?? '',
      (value) => overLimit(value.trim(), LIMITS.text, 'The action') ?? true,
    )
  ).trim();
  if (!text) {
    if (existing) commit(state, io, withAction(state.assessment, index, undefined, io.now()));
    return;
  }
  const save = (id: string) =>
    commit(
      state,
      io,
      withAction(state.assessment, index, { id, text, due: existing?.due ?? null }, io.now()),
    );
  let id = existing?.id;
  if (id) save(id);
  else
    io.withNewActionId((fresh) => {
      id = fresh;
      save(fresh);
    });
  const due = (
    await io.prompter.text('Due (YYYY-MM-DD, optional):', existing?.due ?? '', (value) => {
      const date = value.trim();
      if (date === '' || date === existing?.due) return true;
      if (!isDate(date)) return DUE_HINT;
      // An action agreed today is due today or later; a date gone by is a typo.
      return !io.allowPast && isOverdue({ due: date }, localDate(io.now().toISOString()))
        ? `${date} has passed: a date from today on, or nothing (or --allow-past)`
        : true;
    })
  ).trim();
  commit(
    state,
    io,
    withAction(state.assessment, index, { id: id!, text, due: due || null }, io.now()),
  );
}

/**
 * Walks the items of `walk` from where the outcome stands: for each, the agreed answer, then an
 * optional action and its due date, saving after each answer, so that Ctrl-C anywhere keeps
 * everything given and `--resume` comes back to exactly that point. Then the outcome is
 * complete.
 */
export async function runAgreement(
  state: SessionState,
  io: AgreementIo,
  walk: number[],
): Promise<Assessment> {
  const progress = state.assessment.progress;
  let from = progress ? Math.max(0, walk.indexOf(progress.item)) : 0;
  if (progress?.step === 'action' && walk.includes(progress.item)) {
    await askAction(state, io, progress.item);
    from++;
  }
  for (let k = from; k < walk.length; k++) {
    const index = walk[k]!;
    mark(state, io, { item: index, step: 'rate' });
    const item = state.assessment.items[index]!;
    const status = await io.prompter.agree({
      section: io.sectionTitle(item.section),
      text: item.text,
      index: k,
      total: walk.length,
      sides: io.sides(index),
      current: item.status,
    });
    commit(
      state,
      io,
      at(withAnswer(state.assessment, index, { status }, io.now()), {
        item: index,
        step: 'action',
      }),
    );
    await askAction(state, io, index);
  }
  commit(state, io, finish(state.assessment, io.now()));
  return state.assessment;
}
