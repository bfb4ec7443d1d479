import type { Trend } from '../ladder/team.js';
import { percent, plural } from '../ladder/words.js';
import { esc, htmlPage, timeHtml } from './html.js';
import {
  IN_PROGRESS,
  inProgressWords,
  OVERDUE,
  overdueWords,
  levelTitle,
  noneShown,
  standingWords,
  tallyWords,
  WEAKEST_SHOWN,
  type TeamScreen,
} from './team-text.js';
import { contrastRatio, hslToRgb } from '../lib/contrast.js';

const CSS = `
.doc { max-width: 72rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
.kicker { text-transform: uppercase; letter-spacing: .12em; font-size: .78rem; color: var(--muted); margin: 0 0 .4rem; }
h1 { margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2.2rem; }
.scroll { overflow-x: auto; }
table.heat { border-collapse: separate; border-spacing: 3px; min-width: 100%; }
.heat th { text-align: left; font-weight: 600; padding: .3rem .5rem; vertical-align: bottom; }
.heat th[scope="row"] { width: 1%; white-space: nowrap; padding-right: 1.5rem; vertical-align: middle; }
.heat td { padding: .45rem .6rem; border-radius: 6px; min-width: 8.5rem; }
.heat td .figure { font-weight: 700; font-size: 1.05rem; display: block; }
.heat td .source { font-size: .8rem; }
.heat td.none { background: var(--panel); color: var(--muted); }
.bars { display: grid; gap: .5rem; }
.bar { display: grid; grid-template-columns: minmax(10rem, 22rem) 1fr; gap: .75rem; align-items: center; }
.track { background: var(--panel); border: 1px solid var(--line); border-radius: 999px; height: .9rem; overflow: hidden; }
.fill { background: var(--accent); height: 100%; }
.note { color: var(--muted); font-size: .9rem; }
.trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.trend { border: 1px solid var(--line); border-radius: 10px; padding: .75rem 1rem; margin: 0; break-inside: avoid; display: flex; flex-direction: column; }
/* A title over two lines leaves its chart level with its neighbours'. */
.trend svg { margin-top: auto; }
.trend h3 { font-size: 1rem; margin: 0 0 .4rem; }
.trend svg { width: 100%; height: auto; display: block; }
.trend text { fill: var(--muted); font-size: 11px; font-family: system-ui, sans-serif; }
.trend .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.trend .dot { fill: var(--accent); }
.trend .grid { stroke: var(--line); stroke-width: 1; }
ul.plain { padding-left: 1.2rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  .doc { padding: 1.25rem 1rem 3rem; }
  .bar { grid-template-columns: minmax(0, 1fr); gap: .3rem; }
}
@media print { .doc { max-width: none; padding: 0; } h2 { break-after: avoid; } }
`;

/** White text on a cell needs this contrast at least (WCAG AA, with a margin for rounding). */
const TEXT_CONTRAST = 4.6;
const WHITE: [number, number, number] = [255, 255, 255];

/**
 * A cell's colour, from red (0%) through amber to green (100%), under white text: each hue as
 * light as it can be with the text still readable, since yellows and greens are light by nature.
 */
export function heat(score: number): string {
  const hue = Math.round(score * 120);
  let lightness = 0.42;
  while (contrastRatio(hslToRgb(hue, 0.65, lightness), WHITE) < TEXT_CONTRAST) lightness -= 0.01;
  const [r, g, b] = hslToRgb(hue, 0.65, lightness);
  return `background: rgb(${r} ${g} ${b}); color: #fff`;
}

/** Readiness over time as an inline SVG line chart, with the dates on the axis. */
function trendSvg(trend: Trend): string {
  const [w, h, left, bottom, top] = [320, 150, 42, 26, 8];
  const plotW = w - left - 10;
  const plotH = h - bottom - top;
  const n = trend.points.length;
  const x = (i: number) => left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => top + plotH * (1 - v);
  const grid = [0, 0.5, 1]
    .map(
      (v) =>
        `<line class="grid" x1="${left}" x2="${w - 10}" y1="${y(v)}" y2="${y(v)}"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${percent(v)}</text>`,
    )
    .join('');
  const points = trend.points.map((p, i) => `${x(i).toFixed(1)},${y(p.readiness).toFixed(1)}`);
  // The first and the last dates, and the others when there is room for them.
  const step = Math.max(1, Math.ceil(n / 3));
  const dates = trend.points
    .map((p, i) =>
      i === 0 || i === n - 1 || i % step === 0
        ? `<text x="${x(i).toFixed(1)}" y="${h - 6}" text-anchor="${i === 0 && n > 1 ? 'start' : i === n - 1 && n > 1 ? 'end' : 'middle'}">${esc(p.date)}</text>`
        : '',
    )
    .join('');
  const dots = trend.points
    .map(
      (p, i) =>
        `<circle class="dot" cx="${x(i).toFixed(1)}" cy="${y(p.readiness).toFixed(1)}" r="3.5"><title>${esc(`${p.date}: ${percent(p.readiness)} (${p.source})`)}</title></circle>`,
    )
    .join('');
  const label = `Readiness of ${trend.person.name} at ${trend.level.title} over time: ${trend.points.map((p) => `${p.date} ${percent(p.readiness)}`).join(', ')}`;
  return `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(label)}">${grid}${n > 1 ? `<polyline class="line" points="${points.join(' ')}"/>` : ''}${dots}${dates}</svg>`;
}

/** `ladder team --format html`: a standalone page of the team's standing and how it moved. */
export function teamHtml(screen: TeamScreen, trends: Trend[]): string {
  const { view, title } = screen;
  const cell = (personId: string, levelId: string) => {
    const s = view.standings.find((x) => x.person.id === personId && x.level.id === levelId);
    if (s && s.readiness.overall !== null)
      return `<td style="${heat(s.readiness.overall)}" title="${esc(standingWords(s))}"><span class="figure">${percent(s.readiness.overall)}</span><span class="source">${esc(s.source)}, ${timeHtml(s.stored.assessment.updatedAt.slice(0, 10))}</span></td>`;
    const busy = view.inProgress.some((x) => x.person.id === personId && x.level.id === levelId);
    return `<td class="none">${busy ? 'in progress' : '—'}</td>`;
  };
  const matrix = `<div class="scroll"><table class="heat"><thead><tr><th>Person</th>${view.levels.map((l) => `<th>${esc(l.title)}</th>`).join('')}</tr></thead><tbody>${view.people
    .map(
      (p) =>
        `<tr><th scope="row">${esc(p.name)}</th>${view.levels.map((l) => cell(p.id, l.id)).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
  const bars = view.sections
    .filter((f) => !f.suppressed && f.average !== null)
    .map(
      (f) =>
        `<div class="bar"><span>${esc(`${levelTitle(view, f.level)} · ${title(f.level, f.section)}`)}<br><span class="note">${f.mostlyMet} of ${plural(f.counted, 'person', 'people')} mostly met; average ${percent(f.average!)}</span></span><div class="track" role="img" aria-label="${percent(f.average!)}"><div class="fill" style="width: ${(f.average! * 100).toFixed(1)}%"></div></div></div>`,
    )
    .join('');
  const small = view.smallGroups
    .map(
      (g) =>
        `<p class="note">${esc(levelTitle(view, g.level))}: ${plural(g.people, 'person', 'people')}, fewer than ${screen.minGroup}: no group figures.</p>`,
    )
    .join('');
  const weakest = view.weakest
    .slice(0, WEAKEST_SHOWN)
    .map(
      (t) =>
        `<li>${esc(`${levelTitle(view, t.level)} · ${tallyWords(t, title)}`)} <span class="note">(${t.notYet} not yet, ${t.partly} partly, ${t.met} met)</span></li>`,
    )
    .join('');
  const reach = view.withinReach
    .map(
      ({ standing, left }) =>
        `<li><strong>${esc(standing.person.name)}</strong>, ${esc(standing.level.title)}: ${esc(standingWords(standing))}${left.length ? ` <span class="note">left: ${esc(left.map((i) => i.text).join('; '))}</span>` : ''}</li>`,
    )
    .join('');
  const single = view.singlePoints
    .map(
      (t) =>
        `<li>${esc(`${levelTitle(view, t.level)} · ${tallyWords(t, title)}`)}: only ${esc(t.metBy[0]!.name)}</li>`,
    )
    .join('');
  const progress = view.inProgress.length
    ? `<section aria-labelledby="progress"><h2 id="progress">${IN_PROGRESS}</h2><ul class="plain">${view.inProgress.map((p) => `<li>${esc(inProgressWords(p))}</li>`).join('')}</ul></section>\n`
    : '';
  const late = view.overdue.length
    ? `<section aria-labelledby="overdue"><h2 id="overdue">${OVERDUE}</h2><ul class="plain">${view.overdue.map((o) => `<li>${esc(overdueWords(o, screen.asOf))}</li>`).join('')}</ul></section>\n`
    : '';
  const charts = trends
    .map(
      (t) =>
        `<figure class="trend"><h3>${esc(t.person.name)} · ${esc(t.level.title)}</h3>${trendSvg(t)}</figure>`,
    )
    .join('');
  const body = `<div class="doc">
<header><p class="kicker">Team</p><h1>${plural(view.people.length, 'person', 'people')} against the ladder</h1>
<p class="note">As of ${timeHtml(screen.asOf)}. Each figure from the best finished source: agreed, else manager, else self, else peer.</p></header>
<main>
<section aria-labelledby="matrix"><h2 id="matrix">Readiness</h2>${matrix}</section>
<section aria-labelledby="sections"><h2 id="sections">By section</h2><div class="bars">${bars}</div>${small}</section>
<section aria-labelledby="thin"><h2 id="thin">Where the team is thin</h2>${weakest ? `<ul class="plain">${weakest}</ul>` : `<p>${esc(noneShown(screen, 'weakest'))}</p>`}</section>
<section aria-labelledby="reach"><h2 id="reach">Within reach: ${percent(screen.ready)} or more</h2>${reach ? `<ul class="plain">${reach}</ul>` : '<p>Nobody yet.</p>'}</section>
<section aria-labelledby="single"><h2 id="single">Single points</h2>${single ? `<ul class="plain">${single}</ul>` : `<p>${esc(noneShown(screen, 'single points'))}</p>`}</section>
${progress}${late}<section aria-labelledby="trends"><h2 id="trends">Readiness over time</h2><div class="trends">${charts}</div></section>
</main>
<footer>Made by ladder on this machine; nothing in it was sent anywhere.</footer>
</div>`;
  return htmlPage({ title: 'Team against the ladder', css: CSS, body });
}
