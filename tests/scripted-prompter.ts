import type { Prompter } from '../src/assess/prompter.js';
import type { AgreeQuestion, ItemQuestion, ReviewRow } from '../src/ladder/questions.js';
import { PromptInterrupted } from '../src/errors.js';
import type { AnswerStatus } from '../src/ladder/assessment.js';

type Scripted<T> = T | 'interrupt';

const next = <T>(queue: Scripted<T>[], what: string): T => {
  if (queue.length === 0) throw new Error(`no more scripted ${what}`);
  const value = queue.shift()!;
  if (value === 'interrupt') throw new PromptInterrupted();
  return value;
};

/**
 * A prompter that answers from scripts, one queue for each kind of question, and records what
 * it was asked. Reviews finish when their script runs out; "interrupt" stands for Ctrl-C.
 */
export function scripted(
  rates: Scripted<AnswerStatus | 'back'>[],
  notes: Scripted<string>[] = [],
  options: {
    years?: Scripted<number | undefined>;
    confirm?: boolean;
    sections?: string[];
    reviews?: Scripted<number | 'finish'>[];
    level?: string;
    texts?: Scripted<string>[];
    agrees?: Scripted<AnswerStatus>[];
    /** Items to pick, by address. */
    items?: Scripted<string>[];
    /** Answers to confirm questions, in order; then `confirm`, else each default. */
    confirms?: Scripted<boolean>[];
    /** Answers to harvested work: an address to back, or pick, skip, stop. */
    harvests?: Scripted<{ accept: string } | 'pick' | 'skip' | 'stop'>[];
  } = {},
) {
  const asked: ItemQuestion[] = [];
  const reviewed: ReviewRow[][] = [];
  const noted: string[] = [];
  const confirmed: string[] = [];
  const reviews = [...(options.reviews ?? [])];
  const texts = [...(options.texts ?? [])];
  const agrees = [...(options.agrees ?? [])];
  const confirms = [...(options.confirms ?? [])];
  const agreed: AgreeQuestion[] = [];
  const items = [...(options.items ?? [])];
  const offered: { address: string; group: string; label: string }[][] = [];
  const harvests = [...(options.harvests ?? [])];
  const harvested: { heading: string[]; suggestions: { address: string }[] }[] = [];
  const prompter: Prompter = {
    pickLevel: async () => options.level ?? 'director',
    pickSections: async (sections) => options.sections ?? sections.map((s) => s.id),
    confirm: async (message, d) => {
      confirmed.push(message);
      if (confirms.length) return next(confirms, 'confirms');
      return options.confirm ?? d;
    },
    years: async () => {
      if (options.years === 'interrupt') throw new PromptInterrupted();
      return options.years;
    },
    rate: async (q) => {
      asked.push(q);
      return next(rates, 'answers');
    },
    note: async (current) => {
      noted.push(current);
      return notes.length ? next(notes, 'notes') : current;
    },
    review: async (rows) => {
      reviewed.push(rows);
      return reviews.length ? next(reviews, 'reviews') : 'finish';
    },
    text: async (_message, current) => (texts.length ? next(texts, 'texts') : current),
    pickItem: async (choices) => {
      offered.push(choices);
      return next(items, 'items');
    },
    harvest: async (heading, suggestions) => {
      harvested.push({ heading, suggestions });
      return next(harvests, 'harvest answers');
    },
    agree: async (q) => {
      agreed.push(q);
      return next(agrees, 'agreed answers');
    },
  };
  return { prompter, asked, reviewed, noted, confirmed, agreed, offered, harvested };
}
