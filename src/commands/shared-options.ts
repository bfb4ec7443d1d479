import { list, text } from './specs.js';

// The options that mean the same in every command that has them.

/** -s, --section, the same everywhere: repeated, or ids separated by commas. */
export const sectionOption = (what = 'only this section') =>
  list('-s, --section <id>', `${what} (repeat, or separate ids with commas)`);

export const storeOption = () =>
  text(
    '--store <dir>',
    'the store of assessments and evidence (default: $LADDER_STORE, else $XDG_DATA_HOME/ladder)',
  );

export const forOption = (what: string) => text('--for <person>', what);

export const asOption = () =>
  text('--as <name>', "who you are (default: $LADDER_USER, else git's user.name, else your login)");

export const outOption = () =>
  text('--out <file>', 'write to this file (- for stdout); never over one without --force');
