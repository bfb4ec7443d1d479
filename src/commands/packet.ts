import { Chalk } from 'chalk';
import { isAbout, peopleIn, whose } from '../assess/pick.js';
import { UsageError } from '../errors.js';
import { listEvidence } from '../io/evidence-store.js';
import { myName } from '../io/identity.js';
import { openLadder } from '../io/ladder-dir.js';
import { listAssessments, openStore } from '../io/store.js';
import { writeFileAtomic } from '../io/write-file.js';
import { buildPacket } from '../ladder/packet.js';
import { distinctPeople } from '../ladder/people.js';
import { requireLevel } from '../ladder/resolve.js';
import { sectionTitle } from '../ladder/tree.js';
import { toJson } from '../render/json.js';
import { packetHtml } from '../render/packet-html.js';
import { packetJson, packetMarkdown } from '../render/packet-report.js';
import { renderPacket } from '../render/packet-text.js';
import { sanitizeLine } from '../render/sanitize.js';
import { localDate } from '../render/time.js';
import type { CommandContext } from './context.js';

export interface PacketOptions {
  level: string;
  for?: string;
  as?: string;
  format: 'text' | 'markdown' | 'html' | 'json';
  json?: boolean;
  out?: string;
  force?: boolean;
  /** --no-notes, --no-evidence. */
  notes: boolean;
  evidence: boolean;
  store?: string;
}

/** `ladder packet`: the case for a level, from what the store holds about the person. */
export async function packet(options: PacketOptions, ctx: CommandContext): Promise<void> {
  if (options.json && options.format !== 'text' && options.format !== 'json')
    throw new UsageError('--json and --format cannot be used together');
  const format = options.json ? 'json' : options.format;
  if (options.out !== undefined && options.out.trim() === '')
    throw new UsageError('--out needs a file (or - for stdout)');
  const ladder = await openLadder(ctx.ladderDir, ctx.env);
  const target = await requireLevel(ladder, options.level);
  const store = openStore(options.store, ctx.env);
  const { found } = listAssessments(store);
  const evidence = listEvidence(store).found;
  const known = distinctPeople([
    ...peopleIn(found),
    ...evidence.flatMap((s) => [s.entry.subject, s.entry.author]),
  ]);
  const who = whose(known, options.for, myName(options.as, ctx.env, ctx.cwd));
  const built = buildPacket(
    ladder,
    target,
    who.person,
    found.filter((s) => isAbout(s.assessment, who, store)),
    evidence.filter((s) => s.entry.subject?.id === who.person.id),
    { notes: options.notes, evidence: options.evidence },
  );
  const title = (id: string) => sectionTitle(ladder, id);
  const toFile = options.out !== undefined && options.out !== '-';
  // A file gets no color, and lines as wide as a terminal usually is.
  const style = toFile
    ? { ...ctx.style, color: new Chalk({ level: 0 }), width: 100, hyperlinks: false }
    : ctx.style;
  const text =
    format === 'json'
      ? toJson(packetJson(built))
      : format === 'markdown'
        ? packetMarkdown(built, title)
        : format === 'html'
          ? packetHtml(built, title, localDate(ctx.now().toISOString()))
          : renderPacket(built, title, style);
  if (!toFile) return ctx.out(text);
  writeFileAtomic(options.out!, text, { force: Boolean(options.force), mode: 0o600 });
  ctx.err(`Wrote ${sanitizeLine(options.out!)}\n`);
}
