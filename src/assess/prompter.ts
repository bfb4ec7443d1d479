import type { AnswerStatus } from '../ladder/assessment.js';

/** An item as the prompt shows it. */
export interface ItemQuestion {
  section: string;
  text: string;
  /** 0-based. */
  index: number;
  total: number;
  current: AnswerStatus | null;
  canGoBack: boolean;
}

/**
 * Everything the assess flow asks. The terminal implementation is io/prompts.ts, the only
 * module that imports inquirer; tests hand the flow a scripted one.
 */
export interface Prompter {
  pickLevel(levels: { id: string; title: string; track: string }[]): Promise<string>;
  pickSections(sections: { id: string; title: string; count: number }[]): Promise<string[]>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** Years of experience, or undefined when skipped. */
  years(): Promise<number | undefined>;
  rate(question: ItemQuestion): Promise<AnswerStatus | 'back'>;
  note(current: string): Promise<string>;
}
