import type { ChalkInstance } from 'chalk';

/** What the renderers need to know about where their output goes. */
export interface Style {
  color: ChalkInstance;
  /** Columns to wrap to. */
  width: number;
  /** Whether links may be written as OSC 8 hyperlinks. */
  hyperlinks: boolean;
  /** Whether the terminal shows Unicode beyond the box drawing every table uses: charts do. */
  unicode: boolean;
}
