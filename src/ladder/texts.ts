import type { Ladder } from './types.js';

/** Every piece of text in the ladder that a command may print. */
export function* ladderTexts(ladder: Ladder): Generator<string> {
  yield ladder.title;
  for (const t of ladder.tracks) yield t.title;
  for (const s of ladder.sections) yield s.title;
  for (const level of ladder.levels) {
    yield level.title;
    for (const value of Object.values(level.sections)) {
      if (value.text !== undefined) yield value.text;
      for (const item of value.items ?? []) yield item.text;
      if (value.link) yield value.link.title;
    }
  }
}
