import { quote } from 'shell-quote';
import { sanitizeLine } from './sanitize.js';

// Every command ladder prints for a person to copy is built here, so that what they paste is
// what was meant: a word from a file or a store (a name, a path) is data, quoted for a POSIX
// shell, never left where the shell would expand it.

// What a shell reads as it is: a word of only these needs no quotes (a tilde but at its start,
// where it would name a home folder: HEAD~1 is plain).
const PLAIN = /^[\w@%+=:,./-][\w@%+=:,./~-]*$/;

/** A word as a POSIX shell reads it back: as it is where that is safe, else quoted. */
export function shellWord(word: string): string {
  const clean = sanitizeLine(word);
  return PLAIN.test(clean) ? clean : quote([clean]);
}

/** A word, words, or none (false, undefined: an option left out). */
type Words = string | readonly string[] | false | undefined;

/** `ladder` and its words, each as a shell reads it back. */
export function ladderCommand(...words: Words[]): string {
  const all = words.flatMap((w) => (w === false || w === undefined ? [] : w));
  return ['ladder', ...all].map(shellWord).join(' ');
}

/** `--for <id>`, naming a person by the id the store knows; none for the user. */
export const forWords = (who: { me: boolean; person: { id: string } }): string[] =>
  who.me ? [] : ['--for', who.person.id];

/**
 * `--for <name>`, for a command that may start something about someone the store does not know
 * yet, whose name it then keeps as given; none for the user.
 */
export const forName = (who: { me: boolean; person: { name: string } }): string[] =>
  who.me ? [] : ['--for', who.person.name];
