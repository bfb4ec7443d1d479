import type { Packet, PacketAnswer, PacketItem } from '../ladder/packet.js';
import { percent, plural } from '../ladder/words.js';
import { DIFF_CSS, diffSectionsHtml } from './diff-html.js';
import { summaryLine } from './diff-summary.js';
import { esc, htmlPage, safeHref, timeHtml } from './html.js';
import {
  expectationWords,
  gapAnswers,
  basisWords,
  noGapsWords,
  timeWords,
  citedCount,
  currentWords,
  readinessWords,
  sourceDate,
  sourceLabel,
  statusWords,
} from './packet-words.js';
import { actionWords } from './actions-text.js';
import { sourceWords } from './evidence-text.js';

const CSS = `
.doc { max-width: 58rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
.cover { border-bottom: 3px solid var(--fg); padding-bottom: 1.25rem; margin-bottom: 2rem; }
.kicker { text-transform: uppercase; letter-spacing: .12em; font-size: .78rem; color: var(--muted); margin: 0 0 .4rem; }
.cover h1 { font-size: 2.4rem; margin: 0; }
.target { font-size: 1.2rem; margin: .3rem 0 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.25rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2.2rem; }
.scores { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
.score { border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1.1rem; min-width: 12rem; background: var(--panel); }
.figure { display: block; font-size: 2.2rem; font-weight: 700; line-height: 1.1; }
.who { display: block; font-weight: 600; }
.when { display: block; color: var(--muted); font-size: .9rem; }
.sections { border-collapse: collapse; margin: .5rem 0 1rem; }
.sections th, .sections td { text-align: left; padding: .25rem 1.2rem .25rem 0; border-bottom: 1px solid var(--line); }
.item { border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; margin: 1rem 0; break-inside: avoid; }
.item h3 { margin: 0 0 .6rem; font-size: 1.05rem; display: grid; grid-template-columns: 1.8rem 1fr; }
.item h3 .n { color: var(--muted); }
.answers { list-style: none; padding: 0; margin: 0 0 .4rem 1.8rem; }
.answers li { margin: .35rem 0; }
.chip { display: inline-block; border-radius: 999px; padding: .05rem .6rem; font-size: .85rem; font-weight: 600;
  background: var(--panel); border: 1px solid var(--line); margin-left: .35rem; }
.met .chip { background: var(--added-bg); color: var(--added-fg); border-color: transparent; }
.not-yet .chip { background: var(--removed-bg); color: var(--removed-fg); border-color: transparent; }
.partly .chip { color: var(--warn); border-color: var(--warn); }
.note { margin: .2rem 0 0; color: var(--muted); }
.evidence { margin: .6rem 0 0 1.8rem; }
.evidence h4 { font-size: .78rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .3rem; }
.evidence ul { margin: 0; padding-left: 1.1rem; }
.evidence time { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: .4rem; }
.action { margin: .6rem 0 0 1.8rem; padding: .4rem .7rem; border-left: 3px solid var(--accent); background: var(--panel); }
.gaps li { margin: .5rem 0; }
.warning { border-left: 4px solid #8a5a00; padding-left: .6rem; color: #5c3d00; }
footer { break-before: avoid; margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  .doc { padding: 1.25rem 1rem 3rem; }
  .cover h1 { font-size: 1.9rem; }
  .answers, .evidence, .action { margin-left: 0; }
}
@page { margin: 16mm 14mm; }
@media print {
  :root { color-scheme: light; --bg: #fff; --fg: #000; --muted: #444; --panel: #f4f4f4; --line: #bbb; }
  body { font-size: 10.5pt; }
  .doc { max-width: none; padding: 0; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
  .item, .score, .gaps li, ul.changes li { break-inside: avoid; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
}
`;

function answerHtml(a: PacketAnswer): string {
  const note = a.note ? `<p class="note">${esc(a.note)}</p>` : '';
  return `<li class="${a.status ?? 'open'}"><span class="who-inline">${esc(sourceLabel(a))}</span><span class="chip">${esc(statusWords(a))}</span>${note}</li>`;
}

function linkHtml(url: string): string {
  const href = safeHref(url);
  return href ? `<a href="${href}">${esc(url)}</a>` : esc(url);
}

function itemHtml(item: PacketItem, today: string): string {
  const evidence = item.evidence.length
    ? `<div class="evidence"><h4>Evidence</h4><ul>${item.evidence
        .map(
          ({ entry }) =>
            `<li>${timeHtml(entry.date)}${esc(entry.text)}${entry.links.length ? ` ${entry.links.map(linkHtml).join(' ')}` : ''}${entry.source ? ` <span class="muted">${esc(sourceWords(entry.source))}</span>` : ''}</li>`,
        )
        .join('')}</ul></div>`
    : '';
  const answers = item.answers.length
    ? `<ul class="answers">${item.answers.map(answerHtml).join('')}</ul>`
    : '<p class="note answers">Not assessed.</p>';
  const action = item.action
    ? `<p class="action"><strong>Action</strong> ${esc(actionWords(item.action, today))}</p>`
    : '';
  return `<article class="item"><h3><span class="n">${item.position}.</span><span>${esc(item.text)}</span></h3>${answers}${evidence}${action}</article>`;
}

/** `ladder packet --format html`: one standalone page, for the screen and for print. */
export function packetHtml(p: Packet, title: (id: string) => string): string {
  const preparedOn = p.today;
  const facts = [
    ['Level', `${esc(p.target.title)} <span class="muted">(${esc(p.target.id)})</span>`],
    ['Now', esc(currentWords(p))],
    ...(p.years ? [['Experience', esc(p.years)]] : []),
    ['Prepared', timeHtml(preparedOn)],
  ];
  const scores = p.sources
    .map(
      (s) =>
        `<div class="score"><span class="figure">${esc(readinessWords(s))}</span><span class="who">${esc(sourceLabel(s.assessment))}</span><span class="when">updated ${timeHtml(sourceDate(s))}</span></div>`,
    )
    .join('');
  const sectionRows =
    p.sources.length && p.sources[0]!.readiness.sections.length > 1
      ? `<table class="sections"><thead><tr><th>Section</th>${p.sources.map((s) => `<th>${esc(sourceLabel(s.assessment))}</th>`).join('')}</tr></thead><tbody>${p.sources[0]!.readiness.sections.map(
          (row) =>
            `<tr><td>${esc(title(row.id))}</td>${p.sources
              .map((s) => {
                const score = s.readiness.sections.find((x) => x.id === row.id)?.score;
                return `<td>${score === null || score === undefined ? '—' : percent(score)}</td>`;
              })
              .join('')}</tr>`,
        ).join('')}</tbody></table>`
      : '';
  const expectations = p.expectations ? `<p class="muted">${esc(expectationWords(p))}</p>` : '';
  const sections = p.sections
    .map(
      ({ section, items }) =>
        `<section aria-labelledby="s-${esc(section.id)}"><h2 id="s-${esc(section.id)}">${esc(section.title)}</h2>${items.map((i) => itemHtml(i, p.today)).join('\n')}</section>`,
    )
    .join('\n');
  const gaps = p.gaps.length
    ? `<ul>${p.gaps
        .map((g) => {
          const answers = gapAnswers(g.answers);
          const action = g.action
            ? `<br><strong>Action</strong> ${esc(actionWords(g.action, p.today))}`
            : '';
          return `<li><strong>${esc(title(g.section))} ${g.position}:</strong> ${esc(g.text)} <span class="muted">(${esc(answers)})</span>${action}</li>`;
        })
        .join('')}</ul>`
    : `<p>${esc(noGapsWords(p))}</p>`;
  const changes = p.changes
    ? `<section class="changes-section" aria-labelledby="changes"><h2 id="changes">What changes from ${esc(p.changes.from.title)} to ${esc(p.changes.to.title)}</h2><p>${esc(summaryLine(p.changes.summary))}.</p>${diffSectionsHtml(p.changes, 'h3').join('\n')}</section>`
    : '';
  const body = `<div class="doc">
<header class="cover">
<p class="kicker">Promotion packet</p>
<h1>${esc(p.subject.name)}</h1>
<p class="target">for <strong>${esc(p.target.title)}</strong></p>${p.target.summary ? `\n<p class="summary">${esc(p.target.summary)}</p>` : ''}
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
</header>
<main>
<section aria-labelledby="readiness"><h2 id="readiness">Readiness</h2>
<p class="muted">${esc(basisWords(p))} Signals for a conversation, not a verdict.</p>${timeWords(p)
    .map((w) => `<p class="warning">${esc(w)}</p>`)
    .join('')}
${scores ? `<div class="scores">${scores}</div>` : ''}${sectionRows}
</section>
${expectations}
${sections}
<section class="gaps" aria-labelledby="gaps"><h2 id="gaps">Gaps</h2>${gaps}</section>
${changes}
</main>
<footer>${plural(citedCount(p), 'evidence entry', 'evidence entries')} cited. Made by ladder on this machine; nothing in it was sent anywhere.</footer>
</div>`;
  return htmlPage({
    title: `Promotion packet: ${p.subject.name} for ${p.target.title}`,
    css: CSS + DIFF_CSS,
    body,
  });
}
