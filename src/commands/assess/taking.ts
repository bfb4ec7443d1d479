import type { Whose } from '../../assess/pick.js';
import type { Store } from '../../io/store-location.js';
import type { Participants, Role, StoredAssessment } from '../../ladder/assessment.js';
import type { Ladder, Level, SectionDef } from '../../ladder/types.js';
import { forWords, ladderCommand } from '../../render/command-line.js';
import type { CommandContext } from '../context.js';
import type { SessionOutput } from '../session-output.js';
import type { AssessOptions } from './options.js';

/** An assessment about to be taken: what the file and the conversation both work from. */
export interface Taking extends SessionOutput {
  options: AssessOptions;
  ctx: CommandContext;
  ladder: Ladder;
  /** The level named on the command line, if one was. */
  named: Level | undefined;
  /** The sections named with --section, if any were. */
  chosen: SectionDef[] | undefined;
  store: Store;
  found: StoredAssessment[];
  who: Whose;
  role: Role;
  participants: () => Participants;
  titleOf: (id: string) => string;
}

/**
 * The report of an assessment just finished, as a command to paste: by its level, which picks
 * the file just saved (the latest of that level about the person), in the store it is in.
 */
export function shareCommand({ who, store }: Taking, levelId: string): string {
  const inStore = store.isDefault ? [] : ['--store', store.dir];
  return ladderCommand(
    'report',
    levelId,
    forWords(who),
    inStore,
    '--format',
    'markdown',
    '--out',
    'assessment.md',
  );
}
