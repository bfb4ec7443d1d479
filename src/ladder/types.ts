export type SectionKind = 'text' | 'list';

/** A section every level fills in, declared once in ladder.yaml. */
export interface SectionDef {
  id: string;
  title: string;
  /** The shape authors give it by default; any level may give it the other shape. */
  kind: SectionKind;
  /** Its items are checkpoints: what someone must show to reach the level. */
  assessed: boolean;
  /** The id of the group it is shown under. */
  group?: string;
  /** What it means, in a line. */
  description?: string;
  /** Words that work on its items is described in, where they differ from theirs (harvest). */
  keywords?: string[];
}

/** A heading that sections are shown under. */
export interface SectionGroup {
  id: string;
  title: string;
}

/** Expectations that hold at every level, kept once in ladder.yaml; never assessed. */
export interface SharedExpectations {
  title: string;
  items: Item[];
}

export interface Track {
  id: string;
  title: string;
}

export interface Link {
  title: string;
  url: string;
}

/** A run of inline text and how it is marked up. */
export interface Run {
  text: string;
  strong?: true;
  em?: true;
  code?: true;
  strike?: true;
  /** The target of the link the run is part of. */
  href?: string;
}

/**
 * A line of a list, or a section's prose. Its source is inline Markdown (links, emphasis, code),
 * parsed once when the ladder is read.
 */
export interface Item {
  /** What a reader sees: the source without its markup. Searched, compared and assessed. */
  text: string;
  /** The Markdown source, where it differs from `text`. */
  markdown?: string;
  /** The text as runs, where any of it is marked up or linked. */
  runs?: Run[];
  /** A stable id, so an assessment still finds the item after its text is edited. */
  id?: string;
  /** Examples or alternatives under it: shown with it, never rated on their own. */
  items?: Item[];
  /** Words that work on it is described in, where they differ from its own (harvest). */
  keywords?: string[];
}

export type SectionStatus = 'defined' | 'wip' | 'n/a';

/**
 * A section at one level. Prose is one item; a list is any number, after an optional intro.
 * `kind` says which the level wrote, so that prose shows as prose; everything that counts or
 * compares items treats both alike.
 */
export interface SectionValue {
  status: SectionStatus;
  kind: SectionKind;
  /** Empty unless the status is `defined`. */
  items: Item[];
  /** The sentence a list opens with ("Typically leads a team of 4–8."): only with `kind: list`. */
  intro?: Item;
  /** The section's reference, such as a competency framework. */
  link?: Link;
}

export interface Level {
  id: string;
  title: string;
  track: string;
  /** The levels it follows: none at the start of a path, several where paths merge. */
  follows: string[];
  /** The level in one line. */
  summary?: string;
  aliases: string[];
  order?: number;
  sections: Record<string, SectionValue>;
  /** The file the level was read from, for messages. */
  file: string;
  /** Where in its file the level's id and each section's key are: 1-based lines, for lint. */
  lines?: { id: number; sections: Record<string, number> };
}

export interface Ladder {
  dir: string;
  title: string;
  tracks: Track[];
  sections: SectionDef[];
  groups: SectionGroup[];
  shared: SharedExpectations[];
  levels: Level[];
}
