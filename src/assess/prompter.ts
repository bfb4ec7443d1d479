import { hasBrand } from '../errors.js';
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

const INTERRUPTED = Symbol.for('ladder.PromptInterrupted');

/**
 * Ctrl-C at a prompt. Thrown by the prompter, which is loaded lazily with its own copy of this
 * class (hence the brand); the assess command turns it into exit 130.
 */
export class PromptInterrupted extends Error {
  private readonly [INTERRUPTED] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, INTERRUPTED);
  }

  constructor() {
    super('interrupted');
    this.name = 'PromptInterrupted';
  }
}
