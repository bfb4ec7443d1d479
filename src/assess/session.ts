import {
  answeredCount,
  at,
  finish,
  withAnswer,
  type Assessment,
  type Progress,
} from '../ladder/assessment.js';
import { askedAbout } from '../ladder/wording.js';
import type { ActionEntry } from '../ladder/outcome.js';
import type { Prompter } from './prompter.js';
import { dueWords, localDate } from '../render/time.js';

/**
 * Where the session's answers go: the file, once there is one. A session starts with no file;
 * the first answer (or the years) creates it, so there is never an empty one.
 */
export interface SessionState {
  path?: string;
  assessment: Assessment;
}

/** Where a session's assessment is saved: over its file, or in a new one the first time. */
export interface Saver {
  save: (path: string, assessment: Assessment) => void;
  create: (assessment: Assessment) => string;
}

export interface SessionIo extends Saver {
  prompter: Prompter;
  now: () => Date;
  /** Section titles by id, for the prompts. */
  sectionTitle: (id: string) => string;
  /** The person the questions are about, when it is not the one answering. */
  about?: string;
  /** Each item's sub-items, shown with it as guidance. */
  guidanceFor?: (index: number) => string[];
  /** Evidence recorded against each item, for the prompt. */
  evidenceFor?: (index: number) => { count: number; latest: string[] } | undefined;
  /** Open actions a check-in agreed on each item: shown with it, and asked whether done. */
  openActions?: (index: number) => ActionEntry[];
  /** Marks an action done, in the outcome that holds it. */
  closeAction?: (entry: ActionEntry) => void;
}

/** Saves the assessment at once, creating its file on the first save. */
export function commit(state: SessionState, io: Saver, assessment: Assessment): void {
  state.assessment = assessment;
  if (state.path) io.save(state.path, assessment);
  else state.path = io.create(assessment);
}

/**
 * Saves where the session stands, as long as there is a file to save it in. A finished
 * assessment being edited has no place to resume: each change is saved as it is made.
 */
export function mark(state: SessionState, io: Saver, progress: Progress): void {
  if (state.assessment.complete) return;
  const a = at(state.assessment, progress);
  if (state.path) commit(state, io, a);
  else state.assessment = a;
}

/** The note of an item, with its latest evidence offered to cite. */
const askNote = (io: SessionIo, current: string, index: number) =>
  io.prompter.note(current, io.evidenceFor?.(index)?.latest ?? []);

/** Asks one item's answer, then its note; "back" when the user goes back instead. */
async function askItem(
  state: SessionState,
  io: SessionIo,
  index: number,
  canGoBack: boolean,
): Promise<'back' | 'done'> {
  mark(state, io, { item: index, step: 'rate' });
  const item = state.assessment.items[index]!;
  const actions = io.openActions?.(index) ?? [];
  const answer = await io.prompter.rate({
    section: io.sectionTitle(item.section),
    text: (io.about && askedAbout(item.text, io.about)) || item.text,
    index,
    total: state.assessment.items.length,
    current: item.status ?? item.before?.status ?? null,
    canGoBack,
    ...(io.about ? { about: io.about } : {}),
    ...(item.before ? { before: item.before } : {}),
    ...(io.evidenceFor?.(index) ? { evidence: io.evidenceFor(index)! } : {}),
    ...(actions.length ? { actions: actions.map((e) => e.action), today: today(io) } : {}),
    ...(io.guidanceFor?.(index).length ? { guidance: io.guidanceFor(index) } : {}),
  });
  if (answer === 'back') return 'back';
  commit(
    state,
    io,
    at(withAnswer(state.assessment, index, { status: answer }, io.now()), {
      item: index,
      step: 'note',
    }),
  );
  const note = await askNote(io, state.assessment.items[index]!.note, index);
  if (note !== state.assessment.items[index]!.note)
    commit(state, io, withAnswer(state.assessment, index, { note }, io.now()));
  for (const entry of actions) {
    const words = dueWords(entry.action, today(io));
    const due = words ? ` (${words})` : '';
    if (await io.prompter.confirm(`Is the action "${entry.action.text}"${due} done?`, false))
      io.closeAction?.(entry);
  }
  return 'done';
}

/** Today by the session's clock, in the reader's time zone, as due dates are written. */
const today = (io: SessionIo): string => localDate(io.now().toISOString());

/**
 * Walks the items from where the session stands, asking each one's answer and then its note,
 * and saving after each, so that Ctrl-C anywhere keeps everything given and `--resume` comes
 * back to exactly that point. Items already answered are skipped, unless the user goes back to
 * them. Then the review screen, where any answer and note can be changed; only finishing there
 * completes the assessment.
 */
export async function runSession(state: SessionState, io: SessionIo): Promise<Assessment> {
  const items = state.assessment.items;
  let index = state.assessment.progress?.item ?? 0;
  let step = state.assessment.progress?.step ?? 'rate';
  if (step === 'note') {
    const note = await askNote(io, items[index]!.note, index);
    if (note !== items[index]!.note)
      commit(state, io, withAnswer(state.assessment, index, { note }, io.now()));
    index++;
    step = 'rate';
  }
  if (step === 'rate') {
    // Only what is still open is asked; "← Back" reaches answered items too.
    const open = (i: number) => state.assessment.items[i]!.status === null;
    const nextOpen = (from: number) => {
      let i = from;
      while (i < items.length && !open(i)) i++;
      return i;
    };
    for (let position = nextOpen(index); position < items.length;) {
      const result = await askItem(state, io, position, position > 0);
      position = result === 'back' ? position - 1 : nextOpen(position + 1);
    }
  }
  await review(state, io);
  commit(state, io, finish(state.assessment, io.now()));
  return state.assessment;
}

/** The review screen, until the user finishes: every answer, any of them to change. */
export async function review(state: SessionState, io: SessionIo): Promise<void> {
  for (;;) {
    mark(state, io, { item: 0, step: 'review' });
    const a = state.assessment;
    const choice = await io.prompter.review(
      a.items.map((item, index) => ({
        index,
        section: io.sectionTitle(item.section),
        position: item.position,
        text: item.text,
        status: item.status,
        note: item.note,
      })),
      `${answeredCount(a)} of ${a.items.length} answered`,
    );
    if (choice === 'finish') return;
    await askItem(state, io, choice, false);
  }
}
