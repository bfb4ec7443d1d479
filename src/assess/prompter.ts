import type { AnswerStatus } from '../ladder/assessment.js';
import type { AgreeQuestion, ItemQuestion, LevelChoice, ReviewRow } from '../ladder/questions.js';

/**
 * Everything an assessment session asks. The terminal implementation is terminal-prompter.ts, the
 * only module that imports inquirer; tests hand the session a scripted one.
 */
export interface Prompter {
  pickLevel(tracks: { title: string; levels: LevelChoice[] }[]): Promise<string>;
  pickSections(sections: { id: string; title: string; count: number }[]): Promise<string[]>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** Years of experience, or undefined when skipped. */
  years(): Promise<number | undefined>;
  rate(question: ItemQuestion): Promise<AnswerStatus | 'back'>;
  /** A note, prefilled with the one given before, which can be edited or cleared. */
  note(current: string, choices?: string[]): Promise<string>;
  /** The review screen: an item to change, or "finish". */
  review(rows: ReviewRow[], title: string): Promise<number | 'finish'>;
  /**
   * One item of the ladder, found by typing words of it, its level, its section or its
   * address; the answer is the address (`director:external-talks`). Items come grouped under
   * `group` (their level and section), in the order given.
   */
  pickItem(
    items: { address: string; group: string; label: string }[],
    message: string,
  ): Promise<string>;
  /**
   * A piece of harvested work, under its heading: back one of the items suggested (by its
   * address), pick another, skip it for good, or stop here.
   */
  harvest(
    heading: string[],
    suggestions: { address: string; label: string; why: string }[],
  ): Promise<{ accept: string } | 'pick' | 'skip' | 'stop'>;
  /** The agreed answer to an item of a check-in, after seeing both sides. */
  agree(question: AgreeQuestion): Promise<AnswerStatus>;
  /** A line of free text, prefilled; for actions and their due dates. */
  text(
    message: string,
    current: string,
    validate?: (value: string) => true | string,
  ): Promise<string>;
}
