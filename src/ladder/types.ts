export type SectionKind = 'text' | 'list';

/** A section every level fills in, declared once in ladder.yaml. */
export interface SectionDef {
  id: string;
  title: string;
  kind: SectionKind;
  /** Its items are checkpoints: what someone must show to reach the level. */
  assessed: boolean;
}

export interface Track {
  id: string;
  title: string;
}

export interface Link {
  title: string;
  url: string;
}

export interface Item {
  text: string;
  /** A stable id, so an assessment still finds the item after its text is edited. */
  id?: string;
}

export type SectionStatus = 'defined' | 'wip' | 'n/a';

export interface SectionValue {
  status: SectionStatus;
  text?: string;
  items?: Item[];
  link?: Link;
}

export interface Level {
  id: string;
  title: string;
  track: string;
  follows?: string;
  aliases: string[];
  order?: number;
  sections: Record<string, SectionValue>;
  /** The file the level was read from, for messages. */
  file: string;
}

export interface Ladder {
  dir: string;
  title: string;
  tracks: Track[];
  sections: SectionDef[];
  levels: Level[];
}

/** A problem found in a ladder file, at a 1-based line and column. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}
