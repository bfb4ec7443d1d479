import { isAbout } from '../../assess/pick.js';
import type { Prompter } from '../../assess/prompter.js';
import type { SessionIo, SessionState } from '../../assess/session.js';
import { UserError } from '../../errors.js';
import { listEvidence } from '../../io/evidence-store.js';
import { readAssessment, saveAssessment, saveNewAssessment } from '../../io/store.js';
import { guidanceOf } from '../../ladder/assessment.js';
import { evidenceFor } from '../../ladder/evidence.js';
import { levelById } from '../../ladder/tree.js';
import { actionIsAbout, actionsIn, withActionDone } from '../../ladder/outcome.js';
import type { Taking } from './taking.js';

/** A failed save says truthfully what is kept: everything before it, or nothing yet. */
function withHint<T>(save: () => T, hint: string): T {
  try {
    return save();
  } catch (error) {
    if (error instanceof UserError)
      throw new UserError(
        error.message,
        error.exitCode,
        error.hint ? `${hint}; ${error.hint}` : hint,
      );
    throw error;
  }
}

/**
 * What a session asks and saves through: the store, and beside each item what is known about
 * it (the actions check-ins agreed on it, the evidence recorded against it).
 */
export function sessionIo(taking: Taking, state: SessionState, prompter: Prompter): SessionIo {
  const { ctx, found, store, who } = taking;
  // What check-ins agreed to do about the person's items: asked whether done, item by item.
  const outcomes = found.filter(
    (s) => s.assessment.role === 'agreed' && isAbout(s.assessment, who, store),
  );
  const closed = new Set<string>();
  // What was recorded about the person: shown with each item, and offered as its note.
  const evidence = listEvidence(store).found.filter((s) => s.entry.subject?.id === who.person.id);
  return {
    prompter,
    save: (path, a) =>
      withHint(() => saveAssessment(path, a), `the answers before this one are kept in ${path}`),
    create: (a) => withHint(() => saveNewAssessment(store, a), 'nothing was saved'),
    now: ctx.now,
    sectionTitle: taking.titleOf,
    ...(who.me ? {} : { about: who.person.name }),
    openActions: (index) => {
      const item = state.assessment.items[index]!;
      const level = state.assessment.level.id;
      return actionsIn(outcomes.filter((s) => s.assessment.level.id === level)).filter(
        (e) => e.action.status === 'open' && !closed.has(e.action.id) && actionIsAbout(e, item),
      );
    },
    guidanceFor: (index) =>
      guidanceOf(
        levelById(taking.ladder, state.assessment.level.id),
        state.assessment.items[index]!,
      ),
    evidenceFor: (index) => {
      const item = state.assessment.items[index]!;
      const backing = evidenceFor(evidence, state.assessment.level.id, item);
      if (!backing.length) return undefined;
      return {
        count: backing.length,
        latest: backing.slice(0, 3).map((s) => `${s.entry.date}: ${s.entry.text}`),
      };
    },
    closeAction: (entry) => {
      // Read again: the outcome may have changed since this session began.
      const outcome = readAssessment(entry.stored.path);
      saveAssessment(entry.stored.path, withActionDone(outcome, entry.action.id));
      closed.add(entry.action.id);
    },
  };
}
