import { Chalk } from 'chalk';
import { terminalHyperlinks } from '../lib/hyperlinks.js';
import type { Style } from '../render/style.js';

export interface OutputStream {
  isTTY?: boolean;
  columns?: number;
  /** Node's own reading of a terminal's colors: 1, 4, 8 or 24 bits. */
  getColorDepth?: () => number;
}

type Env = Record<string, string | undefined>;

/**
 * The one place that decides about color, from --no-color, NO_COLOR, FORCE_COLOR and whether
 * stdout is a terminal. chalk alone ignores NO_COLOR, so its level is always set here.
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
  const depth = stream.getColorDepth?.() ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** Widths past these are not a terminal's: they are clamped, so a wild COLUMNS cannot hurt. */
const MIN_WIDTH = 20;
const MAX_WIDTH = 1000;

/** Terminal width, or 80 columns when the output is not a terminal. COLUMNS overrides both. */
export function outputWidth(stream: OutputStream, env: Env): number {
  const fromEnv = Number(env.COLUMNS);
  const width =
    Number.isInteger(fromEnv) && fromEnv > 0
      ? fromEnv
      : stream.isTTY && stream.columns
        ? stream.columns
        : 80;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
}

/** OSC 8 hyperlinks: in a terminal that shows them, or where FORCE_HYPERLINK says so. */
export function hyperlinks(stream: OutputStream, env: Env, colorFlag: boolean): boolean {
  if (!colorFlag) return false;
  if (!stream.isTTY && env.FORCE_HYPERLINK === undefined && !env.NETLIFY) return false;
  return terminalHyperlinks(stream);
}

/**
 * Whether the locale can show Unicode: it can unless it names one that cannot (C, POSIX, an
 * ASCII or Latin-1 character set). With no locale set at all, it is taken that it can.
 */
function unicodeLocale(env: Env): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return !/^(C|POSIX)$|ascii|iso[-_]?8859|latin/i.test(locale);
}

export function detectStyle(stream: OutputStream, env: Env, colorFlag: boolean): Style {
  let links: boolean | undefined;
  return {
    color: new Chalk({ level: colorLevel(stream, env, colorFlag) }),
    width: outputWidth(stream, env),
    unicode: unicodeLocale(env),
    // Asked the first time a link is printed: many screens have none, and in a terminal the
    // answer costs a library.
    get hyperlinks() {
      return (links ??= hyperlinks(stream, env, colorFlag));
    },
  };
}
