import agree from './agree/command.js';
import assess from './assess/command.js';
import changes from './changes/command.js';
import compare from './compare/command.js';
import completion from './completion/command.js';
import type { CommandDeclaration, Declaration } from './define.js';
import diff from './diff/command.js';
import evidence from './evidence/command.js';
import exportCommand from './export/command.js';
import forget from './forget/command.js';
import history from './history/command.js';
import importCommand from './import/command.js';
import lint from './lint/command.js';
import list from './list/command.js';
import packet from './packet/command.js';
import report from './report/command.js';
import search from './search/command.js';
import show from './show/command.js';
import team from './team/command.js';
import validate from './validate/command.js';

/**
 * Every command, in the order `--help` lists them: what the parser, completion, the README's
 * reference and the tests all read.
 */
export const REGISTRY: Declaration[] = [
  list,
  show,
  diff,
  assess,
  report,
  history,
  forget,
  compare,
  agree,
  evidence,
  packet,
  changes,
  team,
  completion,
  importCommand,
  exportCommand,
  lint,
  search,
  validate,
];

/** Each command that runs, subcommands by their full name (`evidence add`). */
export const runnable = (declarations: Declaration[] = REGISTRY): CommandDeclaration[] =>
  declarations.flatMap((d) => ('commands' in d ? d.commands : [d]));
