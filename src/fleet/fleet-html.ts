// The merge as one self-contained HTML page (an artifact, or GitHub Pages): inline CSS, a small
// inline script that sorts and filters the table, two inline SVG charts, and a Content-Security-Policy
// that allows only those two inline blocks (by hash), so the page makes no request of its own. Every
// text from a report is escaped: the reports are untrusted.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../lib/html.js';
import { CATEGORIES } from '../lib/reports/categories.js';
import { categoriesSvg, scoreBandsSvg } from './fleet-chart.js';
import { findingUrl, repositoryUrl } from './finding-link.js';
import { change } from './fleet-markdown.js';
import type { FleetEntry, FleetSummary } from './merge.js';

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1b1f23}
h1{font-size:22px;margin:0 0 8px}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin:16px 0}
figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
svg text{font-size:11px;fill:#1b1f23}
.controls{display:flex;gap:16px;align-items:center;margin:12px 0}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.critical{color:#c62828}.high{color:#ef6c00}.medium{color:#9a6700}.low{color:#0969da}
.file{color:#57606a;font-size:12px}
ul.top{margin:0;padding-left:16px}
`;

const SCRIPT = `
(() => {
  const table = document.getElementById('fleet');
  const body = table.tBodies[0];
  const heads = [...table.tHead.rows[0].cells];
  const filter = document.getElementById('filter');
  const blocking = document.getElementById('blocking');
  const shown = document.getElementById('shown');
  const key = (row, i, numeric) => {
    const cell = row.cells[i];
    const v = cell.dataset.value ?? cell.textContent;
    return numeric ? (v === '' ? NaN : Number(v)) : v.toLowerCase();
  };
  heads.forEach((th, i) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const numeric = th.dataset.type === 'number';
      const up = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a, i, numeric), y = key(b, i, numeric);
        if (numeric && (isNaN(x) || isNaN(y))) return isNaN(x) - isNaN(y);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return up ? order : -order;
      });
      body.append(...rows);
    });
  });
  const apply = () => {
    const q = filter.value.trim().toLowerCase();
    let n = 0;
    for (const row of body.rows) {
      row.hidden = (q !== '' && !row.dataset.repository.toLowerCase().includes(q)) ||
        (blocking.checked && row.dataset.blocking !== 'true');
      if (!row.hidden) n++;
    }
    shown.textContent = n + ' of ' + body.rows.length + ' shown';
  };
  filter.addEventListener('input', apply);
  blocking.addEventListener('change', apply);
  apply();
})();
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

export function renderFleetHtml(summary: FleetSummary, options: { serverUrl: string; title?: string }): string {
  const title = options.title ?? 'shipshape fleet audit';
  const n = summary.entries.length;
  const numberHead = (label: string, extra = '') =>
    `<th data-type="number"${extra}><button type="button">${escapeHtml(label)}</button></th>`;
  const head = [
    `<th data-type="text"><button type="button">Repository</button></th>`,
    numberHead('Score', ' aria-sort="ascending"'),
    ...(summary.hasPrevious ? [numberHead('Change')] : []),
    ...CATEGORIES.map((c) => numberHead(c)),
    numberHead('Critical'),
    numberHead('High'),
    '<th>Top findings</th>',
  ].join('');
  const rows = summary.entries.map((e) => row(e, summary.hasPrevious, options.serverUrl)).join('\n');
  const notMerged = [...summary.unreadable, ...summary.duplicates];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p id="totals">${n} ${n === 1 ? 'repository' : 'repositories'} · mean score ${summary.meanScore}/100 · <span class="critical">${summary.totals.critical} critical</span> · <span class="high">${summary.totals.high} high</span></p>
<div class="charts">
<figure><figcaption>Repositories per score band</figcaption>${scoreBandsSvg(summary.bands)}</figure>
<figure><figcaption>Each category across the fleet (mean; tick: lowest)</figcaption>${categoriesSvg(summary.categories)}</figure>
</div>
<div class="controls">
<label>Filter <input id="filter" type="search" placeholder="repository name" autocomplete="off"></label>
<label><input id="blocking" type="checkbox"> only with critical or high findings</label>
<span id="shown"></span>
</div>
<table id="fleet">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${summary.removed.length ? `<p id="removed">No report this time for: ${summary.removed.map(escapeHtml).join(', ')}</p>` : ''}
${notMerged.length ? `<h2>${notMerged.length} report${notMerged.length === 1 ? '' : 's'} not merged</h2>\n<ul id="not-merged">${notMerged.map((u) => `<li>${escapeHtml(u.reason)}</li>`).join('')}</ul>` : ''}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function row(e: FleetEntry, hasPrevious: boolean, serverUrl: string): string {
  const num = (v: number | undefined) => `<td class="n" data-value="${v ?? ''}">${v ?? ''}</td>`;
  const repoUrl = repositoryUrl(e, serverUrl);
  const name = repoUrl
    ? `<a href="${escapeHtml(repoUrl)}" rel="noopener noreferrer">${escapeHtml(e.repository)}</a>`
    : `${escapeHtml(e.repository)} <span class="file">(file name)</span>`;
  const top = e.top
    .map((f) => {
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
      const url = findingUrl(e, f, serverUrl);
      const place = where
        ? url
          ? ` <a class="file" href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(where)}</a>`
          : ` <span class="file">${escapeHtml(where)}</span>`
        : '';
      return `<li class="${f.severity}" title="${escapeHtml(f.title)}">${escapeHtml(f.ruleId)}${place}</li>`;
    })
    .join('');
  const blocking = e.counts.critical + e.counts.high > 0;
  return (
    `<tr data-repository="${escapeHtml(e.repository)}" data-blocking="${blocking}">` +
    `<td data-value="${escapeHtml(e.repository)}">${name}</td>` +
    num(e.score) +
    (hasPrevious ? `<td class="n" data-value="${e.delta ?? ''}">${escapeHtml(change(e))}</td>` : '') +
    CATEGORIES.map((c) => num(e.categories[c])).join('') +
    num(e.counts.critical) +
    num(e.counts.high) +
    `<td>${top ? `<ul class="top">${top}</ul>` : ''}</td></tr>`
  );
}
