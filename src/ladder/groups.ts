import type {
  Ladder,
  SectionDef,
  SectionGroup,
  SectionValue,
  SharedExpectations,
} from './types.js';

/** Shared expectations as a section's list: how every output writes them. */
export const sharedValue = (e: SharedExpectations): SectionValue => ({
  status: 'defined',
  kind: 'list',
  items: e.items,
});

/** Whether every section is shown: the ladder's shared expectations come with the whole level. */
export const whole = (ladder: Ladder, sections: SectionDef[]) =>
  sections.length === ladder.sections.length;

/** A run of sections under one group's heading, or under none. */
export interface SectionRun {
  group?: SectionGroup;
  sections: SectionDef[];
}

/**
 * Sections in ladder order, cut where their group changes: what each output shows under a
 * group's heading. A ladder without groups is one run.
 */
export function sectionRuns(ladder: Ladder, sections: SectionDef[]): SectionRun[] {
  const runs: SectionRun[] = [];
  for (const section of sections) {
    const group = ladder.groups.find((g) => g.id === section.group);
    const last = runs.at(-1);
    if (last && last.group === group) last.sections.push(section);
    else runs.push({ ...(group ? { group } : {}), sections: [section] });
  }
  return runs;
}
