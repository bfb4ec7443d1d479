import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import { supportsHyperlink } from 'supports-hyperlinks';
import { asciiWidth, isNarrow, measureWith, type Measure } from '../render/wrap.js';

/** What the renderers need to know about where their output goes. */
export interface Style {
  color: ChalkInstance;
  /** Columns to wrap to. */
  width: number;
  /** Whether links may be written as OSC 8 hyperlinks. */
  hyperlinks: boolean;
  /** Display columns of plain text. */
  measure: Measure;
}

export interface OutputStream {
  isTTY?: boolean;
  columns?: number;
}

type Env = Record<string, string | undefined>;

/**
 * The one place that decides about color, from --no-color, NO_COLOR, FORCE_COLOR and whether
 * stdout is a terminal. chalk alone ignores NO_COLOR, so its level is set here.
 */
export function colorLevel(stream: OutputStream, env: Env, colorFlag: boolean): 0 | 1 | 2 | 3 {
  if (!colorFlag) return 0;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  if (!stream.isTTY) return 0;
  return supportsColor ? supportsColor.level : 0;
}

/** Terminal width, or 80 columns when the output is not a terminal. COLUMNS overrides both. */
export function outputWidth(stream: OutputStream, env: Env): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return stream.isTTY && stream.columns ? stream.columns : 80;
}

export function detectStyle(stream: OutputStream, env: Env, colorFlag: boolean): Style {
  const level = colorLevel(stream, env, colorFlag);
  return {
    color: new Chalk({ level }),
    width: Math.max(20, outputWidth(stream, env)),
    hyperlinks: colorFlag && supportsHyperlink(stream),
    measure: asciiWidth,
  };
}

/**
 * The style to print `texts` with: when any of them is more than ASCII (accents, CJK, emoji),
 * its measure becomes string-width, loaded now and only then.
 */
export async function styleFor(style: Style, texts: Iterable<string>): Promise<Style> {
  for (const text of texts) {
    if (!isNarrow(text)) {
      const { unicodeWidth } = await import('../render/unicode-width.js');
      return { ...style, measure: measureWith(unicodeWidth) };
    }
  }
  return style;
}
