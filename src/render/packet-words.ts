import { STATUS_LABEL } from '../ladder/assessment.js';
import type { Packet, PacketAnswer, PacketSource } from '../ladder/packet.js';
import { percent } from '../ladder/words.js';
import { localDate } from './time.js';

// What a promotion packet says in words, whatever its format.

/** The title: "Alice Martin for Director of Engineering". */
export const packetTitle = (p: Packet): string => `${p.subject.name} for ${p.target.title}`;

/** Where the person is now, from the level the target follows. */
export function currentWords(p: Packet): string {
  return p.current
    ? `${p.current.title} (${p.current.id})`
    : `none before it; ${p.target.title} is the first level of its path`;
}

/** Which assessments the readiness comes from, said plainly, as a sentence. */
export function basisWords(p: Packet): string {
  switch (p.basis) {
    case 'agreed':
      return 'From the agreed outcome of a check-in.';
    case 'self and manager':
      return 'From the self-assessment and the manager’s, side by side: no check-in has agreed them yet.';
    case 'self and peer':
      return 'From the self-assessment and a peer’s, side by side: no check-in has agreed them yet.';
    case 'none':
      return `No finished assessment of ${p.target.title} yet: nothing to count.`;
    default:
      return `From the ${p.basis === 'self' ? 'self-assessment' : `${p.basis}’s assessment`} alone.`;
  }
}

/**
 * Who answered, as what: "Self (Alice Martin)", "Manager (Bob Lee)"; an outcome is both
 * sides', whoever typed it in: "Agreed".
 */
export function sourceLabel(answer: Pick<PacketAnswer, 'role' | 'assessor'>): string {
  const role = answer.role[0]!.toUpperCase() + answer.role.slice(1);
  return answer.assessor && answer.role !== 'agreed' ? `${role} (${answer.assessor.name})` : role;
}

/** A source's overall readiness, or a dash when nothing counts. */
export const readinessWords = (s: PacketSource): string =>
  s.readiness.overall === null ? '—' : percent(s.readiness.overall);

export const statusWords = (answer: PacketAnswer): string =>
  answer.status ? STATUS_LABEL[answer.status] : 'not answered';

/** "Updated 2026-11-24" for a source. */
export const sourceDate = (s: PacketSource): string => localDate(s.assessment.updatedAt);

/** How many entries the packet cites: one backing several items counts once. */
export const citedCount = (p: Packet): number =>
  new Set(p.sections.flatMap((s) => s.items.flatMap((i) => i.evidence.map((e) => e.entry.id))))
    .size;

/** A gap's answers, short: "Self: Met; Manager: Partly"; "not assessed" for none. */
export const gapAnswers = (answers: PacketAnswer[]): string =>
  answers.length
    ? answers
        .map((a) => `${a.role[0]!.toUpperCase()}${a.role.slice(1)}: ${statusWords(a)}`)
        .join('; ')
    : 'not assessed';

/** What the Gaps section says when it lists none. */
export const noGapsWords = (p: Packet): string =>
  p.sources.length
    ? 'None: every item is assessed, and none is answered Partly or Not yet.'
    : 'Nothing assessed yet: there is no finished assessment to find gaps in.';

/**
 * What the packet's figures may not show: the ladder changed since its basis was answered, and
 * assessments started since that it does not count.
 */
export function timeWords(p: Packet): string[] {
  const role = (r: string) =>
    r === 'self' ? 'a self-assessment' : r === 'agreed' ? 'a check-in' : `a ${r}’s assessment`;
  return [
    ...(p.ladderChanged.length
      ? [
          `The ladder has changed since this was assessed (${p.ladderChanged.join(', ')}): an item not assessed counts as a gap.`,
        ]
      : []),
    ...p.newer.map(
      (n) =>
        `Not counted: ${role(n.role)} started ${localDate(n.startedAt)}, after what this stands on${n.complete ? '' : ' (not finished)'}.`,
    ),
  ];
}

/** What a packet says when the level has no checkpoints to stand on. */
export const expectationWords = (p: Packet): string =>
  p.sections.length
    ? `${p.target.title} has no checkpoints written yet: shown against the expectations it was assessed on.`
    : `${p.target.title} has no checkpoints written yet, and no finished assessment against its expectations.`;
