import { outcomesOf, type Whose } from '../../assess/pick.js';
import { ExitCode, UserError } from '../../errors.js';
import type { Store } from '../../io/store-location.js';
import { updateAssessment } from '../../io/store.js';
import type { StoredAssessment } from '../../ladder/assessment.js';
import { actionsIn, withActionDone } from '../../ladder/outcome.js';
import { requireLevel } from '../../ladder/resolve.js';
import { sectionTitle } from '../../ladder/tree.js';
import type { Ladder } from '../../ladder/types.js';
import { actionsJson, renderActions } from '../../render/actions-text.js';
import { localDate } from '../../render/time.js';
import { toJson } from '../../render/json.js';
import { sanitizeLine } from '../../render/sanitize.js';
import { wrap } from '../../render/wrap.js';
import type { CommandContext } from '../context.js';
import type { AgreeOptions } from './options.js';

/** `ladder agree --actions` and `--done <id>`: what was agreed, and closing it. */
export async function actionsCommand(
  options: AgreeOptions,
  ctx: CommandContext,
  found: StoredAssessment[],
  who: Whose,
  store: Store,
  ladder: Ladder,
): Promise<number> {
  const levelId = options.assessments[0]
    ? (await requireLevel(ladder, options.assessments[0])).id
    : undefined;
  const entries = actionsIn(outcomesOf(found, who, store, levelId));
  const today = localDate(ctx.now().toISOString());
  if (options.done === undefined) {
    if (options.json) ctx.out(toJson(actionsJson(entries, today)));
    else
      ctx.out(
        renderActions(
          entries,
          { name: who.person.name, me: who.me, person: who.person },
          (id: string) => sectionTitle(ladder, id),
          ctx.style,
          today,
        ),
      );
    return ExitCode.ok;
  }
  const id = options.done.trim();
  const entry = entries.find((e) => e.action.id === id);
  if (!entry) {
    const open = entries.filter((e) => e.action.status === 'open').map((e) => e.action.id);
    throw new UserError(
      `no action ${id} agreed with ${who.me ? 'you' : who.person.name}`,
      1,
      open.length ? `open actions: ${open.join(', ')}` : 'ladder agree --actions lists them',
    );
  }
  const line = (text: string) => wrap(sanitizeLine(text), { width: ctx.style.width, first: '' });
  if (entry.action.status === 'done') {
    ctx.out(`${line(`${id} is already done: ${entry.action.text}`)}\n`);
    return ExitCode.ok;
  }
  // Changed from the file as it is now: another agree --done a moment ago keeps its Done.
  updateAssessment(entry.stored.path, (now) => withActionDone(now, id));
  ctx.out(`${line(`Done: ${id} ${entry.action.text}`)}\n`);
  return ExitCode.ok;
}
