// Measures a page as Chromium lays it out: a copy of it with a script that writes what it
// found into the DOM, which --dump-dom then prints. The page itself never has a script.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { expect } from 'vitest';
import type { Browser } from './chromium.js';

/** What the script finds: every text's contrast, broken dates, and the cards' boxes. */
export interface Measured {
  contrast: { text: string; ratio: number }[];
  /** How many dates there are, and those broken over two lines. */
  dates: number;
  brokenDates: string[];
  /** Each chart card's top and height, and its chart's top. */
  cards: { top: number; height: number; chart: number }[];
}

// Runs in the page: colours as the browser computed them, the text's blended by opacity over
// the first opaque background behind it, measured as WCAG 2 does.
const SCRIPT = `
const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
const lum = ([r, g, b]) => {
  const f = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
function backdrop(el) {
  let alpha = 1;
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    alpha *= Number(s.opacity);
    const bg = rgb(s.backgroundColor);
    if (bg.length === 3 || (bg.length === 4 && bg[3] === 1)) return { bg: bg.slice(0, 3), alpha };
  }
  // Nothing behind it paints a background: the page's canvas, white.
  return { bg: [255, 255, 255], alpha };
}
const contrast = [];
for (const el of document.body.querySelectorAll('*')) {
  const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).map((n) => n.textContent.trim()).join(' ');
  if (!own || !el.getClientRects().length || el.closest('svg')) continue;
  const { bg, alpha } = backdrop(el);
  const fg = rgb(getComputedStyle(el).color);
  const a = alpha * (fg.length === 4 ? fg[3] : 1);
  const seen = fg.slice(0, 3).map((c, i) => c * a + bg[i] * (1 - a));
  contrast.push({ text: own.slice(0, 60), ratio: Math.round(ratio(seen, bg) * 100) / 100 });
}
const dates = document.querySelectorAll('time').length;
const brokenDates = [...document.querySelectorAll('time')].filter((e) => e.getClientRects().length > 1 || e.getBoundingClientRect().height > parseFloat(getComputedStyle(e).lineHeight || '0') * 1.5 + 1).map((e) => e.textContent);
const cards = [...document.querySelectorAll('figure.trend')].map((f) => ({ top: Math.round(f.getBoundingClientRect().top), height: Math.round(f.getBoundingClientRect().height), chart: Math.round(f.querySelector('svg').getBoundingClientRect().top) }));
document.body.setAttribute('data-measured', JSON.stringify({ contrast, dates, brokenDates, cards }));
`;

export function measure(browser: Browser, file: string, width: number): Measured {
  const copy = file.replace(/\.html$/, `.measured-${width}.html`);
  writeFileSync(
    copy,
    readFileSync(file, 'utf8').replace('</body>', `<script>${SCRIPT}</script></body>`),
  );
  const dom = parse(browser.dom(copy, width));
  return JSON.parse(dom.querySelector('body')!.getAttribute('data-measured')!) as Measured;
}

/** What every page must be to read: its text at 4.5:1 or more, its dates (this many) whole. */
export function expectReadable(found: Measured, dates: number): void {
  expect(found.contrast.length).toBeGreaterThan(20);
  expect(found.contrast.filter((c) => c.ratio < 4.5)).toEqual([]);
  expect(found.dates).toBeGreaterThan(dates);
  expect(found.brokenDates).toEqual([]);
}
