import type { Pair } from '../../assess/check-in.js';
import type { Whose } from '../../assess/pick.js';
import type { Store } from '../../io/store-location.js';
import type { Assessment, Participants, StoredAssessment } from '../../ladder/assessment.js';
import type { Person } from '../../ladder/people.js';
import type { Ladder, Level } from '../../ladder/types.js';
import type { CommandContext } from '../context.js';
import type { SessionOutput } from '../session-output.js';
import type { AgreeOptions } from './options.js';

/** A check-in about to be settled: what the file and the conversation both work from. */
export interface CheckIn extends SessionOutput {
  options: AgreeOptions;
  ctx: CommandContext;
  ladder: Ladder;
  store: Store;
  found: StoredAssessment[];
  who: Whose;
  level: Level;
  /** The latest two sides of the level. */
  latest: Pair;
  /** Who the check-in is about, who settles it, and the role: agreed. */
  participants: Participants & { subject: Person };
  newActionId: (outcome: Assessment) => string;
  /** Runs `use` holding the store's id lock, with the ids taken read again from the store. */
  withIds: <T>(use: () => T) => T;
  refer: (path: string) => string;
  /** `--for <id>`, or nothing for the user. */
  forWhom: string[];
  resumeCommand: string;
}
