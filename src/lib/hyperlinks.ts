import { supportsHyperlink } from 'supports-hyperlinks';

/**
 * Whether a stream's terminal shows OSC 8 hyperlinks: see io/terminal.ts, which asks only for a
 * terminal (the library looks at the terminal's colors, and loading it costs a start).
 */
export const terminalHyperlinks = (stream: { isTTY?: boolean }): boolean =>
  supportsHyperlink(stream as NodeJS.WriteStream);
