import type { Action, AnswerStatus } from './assessment.js';

// What a question of an assessment or a check-in shows: the data its wording is made from.

/** An item as the prompt shows it. */
export interface ItemQuestion {
  section: string;
  text: string;
  /** 0-based. */
  index: number;
  total: number;
  current: AnswerStatus | null;
  canGoBack: boolean;
  /** The person the question is about, when it is not the one answering. */
  about?: string;
  /** The item was reworded since it was answered: the old wording and answer. */
  before?: { text: string; status: AnswerStatus; note: string };
  /** Evidence recorded against the item: how many entries, and the latest few. */
  evidence?: { count: number; latest: string[] };
  /** Actions a check-in agreed on the item that are not done yet, and today, to tell overdue. */
  actions?: Action[];
  today?: string;
  /** Its sub-items: examples or alternatives, shown as guidance, never rated. */
  guidance?: string[];
}

/** One side of a check-in, as the agree prompt shows it. */
export interface SideView {
  /** "Alice Martin (self)". */
  label: string;
  status: AnswerStatus | null;
  note: string;
}

/** An item of a check-in to settle: both answers, and the agreed one so far. */
export interface AgreeQuestion {
  section: string;
  text: string;
  /** 0-based, among the items this check-in asks. */
  index: number;
  total: number;
  /** Each side's answer; null for a side that does not have the item. */
  sides: (SideView | null)[];
  current: AnswerStatus | null;
}

/** A level the picker offers, grouped by track. */
export interface LevelChoice {
  id: string;
  title: string;
  /** How many items an assessment of it asks. */
  items: number;
  /**
   * What those items are: the sections the ladder marks assessed (its checkpoints), its
   * expectations where the ladder marks none, or its expectations standing in for checkpoints
   * not written yet.
   */
  basis: 'checkpoints' | 'expectations' | 'fallback';
}

/** One line of the review screen. */
export interface ReviewRow {
  index: number;
  section: string;
  position: number;
  text: string;
  status: AnswerStatus | null;
  note: string;
}
