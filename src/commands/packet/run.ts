import { isAbout, peopleIn, whose } from '../../assess/pick.js';
import { listEvidence } from '../../io/evidence-store.js';
import { listAssessments } from '../../io/store.js';
import { buildPacket } from '../../ladder/packet.js';
import { distinctPeople } from '../../ladder/people.js';
import { requireLevel } from '../../ladder/resolve.js';
import { sectionTitle } from '../../ladder/tree.js';
import { toJson } from '../../render/json.js';
import { packetHtml } from '../../render/packet-html.js';
import { packetJson, packetMarkdown } from '../../render/packet-report.js';
import { renderPacket } from '../../render/packet-text.js';
import { localDate } from '../../render/time.js';
import type { CommandContext } from '../context.js';
import { documentTarget } from '../document-output.js';
import type { PacketOptions } from './options.js';

/** `ladder packet`: the case for a level, from what the store holds about the person. */
export async function packet(options: PacketOptions, ctx: CommandContext): Promise<void> {
  const { format, style, write } = documentTarget(options, ctx);
  const ladder = await ctx.ladder();
  const target = await requireLevel(ladder, options.level);
  const store = ctx.store(options);
  const { found } = listAssessments(store);
  const evidence = listEvidence(store).found;
  const known = distinctPeople([
    ...peopleIn(found),
    ...evidence.flatMap((s) => [s.entry.subject, s.entry.author]),
  ]);
  const who = whose(known, options.for, ctx.me(options));
  const built = buildPacket(
    ladder,
    target,
    who.person,
    found.filter((s) => isAbout(s.assessment, who, store)),
    evidence.filter((s) => s.entry.subject?.id === who.person.id),
    { notes: options.notes, evidence: options.evidence },
    localDate(ctx.now().toISOString()),
  );
  if (built.ladderChanged.length)
    ctx.err(
      `warning: the ladder's items have changed since the assessments this packet stands on (${built.ladderChanged.join(', ')}); an item not assessed counts as a gap\n`,
    );
  const title = (id: string) => sectionTitle(ladder, id);
  write(
    format === 'json'
      ? toJson(packetJson(built))
      : format === 'markdown'
        ? packetMarkdown(built, title)
        : format === 'html'
          ? packetHtml(built, title)
          : renderPacket(built, title, style),
  );
}
