"use strict";
exports.id = 508;
exports.ids = [508,512];
exports.modules = {

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   bM: () => (/* binding */ findingUrl)
/* harmony export */ });
/* unused harmony export DEFAULT_SERVER_URL */
const DEFAULT_SERVER_URL = 'https://github.com';
function findingUrl(row, finding, serverUrl) {
    if (!row.namedByReport || !finding.file)
        return undefined;
    const path = finding.file
        .split('/')
        .filter((s) => s && s !== '.' && s !== '..')
        .map(encodeSegment)
        .join('/');
    if (!path)
        return undefined;
    // HEAD: the default branch the fleet workflow checked out.
    return `${serverUrl.replace(/\/+$/, '')}/${row.repository}/blob/HEAD/${path}${finding.line ? `#L${finding.line}` : ''}`;
}
function repositoryUrl(row, serverUrl) {
    return row.namedByReport ? `${serverUrl.replace(/\/+$/, '')}/${row.repository}` : undefined;
}
/** encodeURIComponent leaves !'()* alone; a `)` would end a Markdown link early. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}


/***/ }),

/***/ 5508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderFleetHtml: () => (/* binding */ renderFleetHtml)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lib/html.ts
// Escaping for HTML we write: text and attribute values from untrusted input (reports, repositories).
function escapeHtml(text) {
    return String(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

// EXTERNAL MODULE: ./src/lib/reports/categories.ts
var categories = __webpack_require__(1571);
;// CONCATENATED MODULE: ./src/fleet/fleet-chart.ts
// The two inline SVG charts of the HTML page: how many repositories fall in each score band, and
// each category's mean score across the fleet. Plain SVG text, no script, no external reference.

const BAND_COLOR = (from) => (from < 50 ? '#c62828' : from < 80 ? '#ef6c00' : '#2e7d32');
function scoreBandsSvg(bands) {
    const width = 440;
    const height = 180;
    const plot = 130;
    const slot = width / bands.length;
    const max = Math.max(1, ...bands.map((b) => b.count));
    const bars = bands.map((b, i) => {
        const h = Math.round((b.count / max) * plot);
        const x = Math.round(i * slot + 4);
        const y = 20 + plot - h;
        return (`<g class="band" data-from="${b.from}" data-to="${b.to}" data-count="${b.count}">` +
            `<title>${escapeHtml(`${b.label}: ${b.count}`)}</title>` +
            `<rect x="${x}" y="${y}" width="${Math.round(slot - 8)}" height="${h}" fill="${BAND_COLOR(b.from)}"/>` +
            `<text x="${Math.round(x + (slot - 8) / 2)}" y="${y - 4}" text-anchor="middle">${b.count}</text>` +
            `<text x="${Math.round(x + (slot - 8) / 2)}" y="${height - 12}" text-anchor="middle">${escapeHtml(b.label)}</text></g>`);
    });
    return (`<svg id="score-bands" role="img" aria-label="Repositories per score band" viewBox="0 0 ${width} ${height}" ` +
        `width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`);
}
function categoriesSvg(categories) {
    const row = 22;
    const label = 110;
    const width = 440;
    const height = Math.max(row, categories.length * row + 4);
    const scale = (width - label - 40) / 100;
    const bars = categories.map((c, i) => {
        const y = i * row + 4;
        const w = Math.round(c.mean * scale);
        return (`<g class="category" data-category="${escapeHtml(c.category)}" data-mean="${c.mean}" data-min="${c.min}">` +
            `<title>${escapeHtml(`${c.category}: mean ${c.mean}, lowest ${c.min}, ${c.repositories} repositories`)}</title>` +
            `<text x="${label - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(c.category)}</text>` +
            `<rect x="${label}" y="${y}" width="${w}" height="${row - 6}" fill="${BAND_COLOR(c.mean)}"/>` +
            `<line x1="${label + Math.round(c.min * scale)}" x2="${label + Math.round(c.min * scale)}" y1="${y - 1}" y2="${y + row - 5}" stroke="#000"/>` +
            `<text x="${label + w + 4}" y="${y + 14}">${c.mean}</text></g>`);
    });
    return (`<svg id="categories" role="img" aria-label="Mean score of each category across the fleet (tick: lowest)" ` +
        `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`);
}

// EXTERNAL MODULE: ./src/fleet/finding-link.ts
var finding_link = __webpack_require__(4794);
// EXTERNAL MODULE: ./src/fleet/fleet-markdown.ts
var fleet_markdown = __webpack_require__(512);
;// CONCATENATED MODULE: ./src/fleet/fleet-html.ts
// The merge as one self-contained HTML page (an artifact, or GitHub Pages): inline CSS, a small
// inline script that sorts and filters the table, two inline SVG charts, and a Content-Security-Policy
// that allows only those two inline blocks (by hash), so the page makes no request of its own. Every
// text from a report is escaped: the reports are untrusted.






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
const hash = (text) => `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text).digest('base64')}'`;
const CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
function renderFleetHtml(summary, options) {
    const title = options.title ?? 'shipshape fleet audit';
    const n = summary.entries.length;
    const numberHead = (label, extra = '') => `<th data-type="number"${extra}><button type="button">${escapeHtml(label)}</button></th>`;
    const head = [
        `<th data-type="text"><button type="button">Repository</button></th>`,
        numberHead('Score', ' aria-sort="ascending"'),
        ...(summary.hasPrevious ? [numberHead('Change')] : []),
        ...categories/* CATEGORIES */.R.map((c) => numberHead(c)),
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
function row(e, hasPrevious, serverUrl) {
    const num = (v) => `<td class="n" data-value="${v ?? ''}">${v ?? ''}</td>`;
    const repoUrl = (0,finding_link/* repositoryUrl */.Ek)(e, serverUrl);
    const name = repoUrl
        ? `<a href="${escapeHtml(repoUrl)}" rel="noopener noreferrer">${escapeHtml(e.repository)}</a>`
        : `${escapeHtml(e.repository)} <span class="file">(file name)</span>`;
    const top = e.top
        .map((f) => {
        const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
        const url = (0,finding_link/* findingUrl */.bM)(e, f, serverUrl);
        const place = where
            ? url
                ? ` <a class="file" href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(where)}</a>`
                : ` <span class="file">${escapeHtml(where)}</span>`
            : '';
        return `<li class="${f.severity}" title="${escapeHtml(f.title)}">${escapeHtml(f.ruleId)}${place}</li>`;
    })
        .join('');
    const blocking = e.counts.critical + e.counts.high > 0;
    return (`<tr data-repository="${escapeHtml(e.repository)}" data-blocking="${blocking}">` +
        `<td data-value="${escapeHtml(e.repository)}">${name}</td>` +
        num(e.score) +
        (hasPrevious ? `<td class="n" data-value="${e.delta ?? ''}">${escapeHtml((0,fleet_markdown/* change */.Z)(e))}</td>` : '') +
        categories/* CATEGORIES */.R.map((c) => num(e.categories[c])).join('') +
        num(e.counts.critical) +
        num(e.counts.high) +
        `<td>${top ? `<ul class="top">${top}</ul>` : ''}</td></tr>`);
}


/***/ }),

/***/ 512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ change),
/* harmony export */   renderFleetMarkdown: () => (/* binding */ renderFleetMarkdown)
/* harmony export */ });
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3862);
/* harmony import */ var _lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1571);
/* harmony import */ var _finding_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4794);
// The merge as Markdown for the job summary: totals, the score bands, then one row per repository,
// worst first. Every text from a report is escaped: the summary renders inline HTML.



const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' };
function renderFleetMarkdown(summary, options) {
    const out = ['# shipshape fleet audit', ''];
    const n = summary.entries.length;
    out.push(`**${n} ${n === 1 ? 'repository' : 'repositories'}** · mean score ${summary.meanScore}/100 · ` +
        `${ICON.critical} ${summary.totals.critical} critical · ${ICON.high} ${summary.totals.high} high`, '');
    out.push(`Score bands: ${summary.bands
        .filter((b) => b.count)
        .map((b) => `${b.label}: ${b.count}`)
        .join(' · ')}`, '');
    const shown = options.maxRows !== undefined ? summary.entries.slice(0, options.maxRows) : summary.entries;
    const header = [
        'Repository',
        'Score',
        ...(summary.hasPrevious ? ['Change'] : []),
        ..._lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R,
        'Critical',
        'High',
        'Top findings',
    ];
    out.push((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, shown.map((e) => [
        repositoryCell(e, options.serverUrl),
        e.score,
        ...(summary.hasPrevious ? [change(e)] : []),
        ..._lib_reports_categories_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R.map((c) => e.categories[c] ?? ''),
        e.counts.critical,
        e.counts.high,
        e.top.map((f) => topFinding(e, f, options.serverUrl)).join('<br>'),
    ])), '');
    if (shown.length < n)
        out.push(`… and ${n - shown.length} more repositories in the HTML and JSON reports.`, '');
    if (summary.removed.length)
        out.push(`No report this time for: ${summary.removed.map((r) => (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(r))).join(', ')}`, '');
    const notMerged = [...summary.unreadable, ...summary.duplicates];
    if (notMerged.length) {
        out.push(`## ${notMerged.length} report${notMerged.length === 1 ? '' : 's'} not merged`, '');
        for (const u of notMerged)
            out.push(`- ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(u.reason)}`);
        out.push('');
    }
    return out.join('\n');
}
function repositoryCell(e, serverUrl) {
    const url = (0,_finding_link_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryUrl */ .Ek)(e, serverUrl);
    return url ? `[${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(e.repository)}](${url})` : `${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(e.repository)} (file name)`;
}
function change(e) {
    if (e.isNew)
        return 'new';
    if (e.delta === undefined)
        return '';
    return e.delta > 0 ? `+${e.delta}` : e.delta < 0 ? `−${-e.delta}` : '0';
}
function topFinding(e, f, serverUrl) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
    const url = (0,_finding_link_js__WEBPACK_IMPORTED_MODULE_2__/* .findingUrl */ .bM)(e, f, serverUrl);
    const place = where ? (url ? ` [${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(where)}](${url})` : ` ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(where)}`) : '';
    return `${ICON[f.severity]} ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(f.ruleId)}${place}`;
}


/***/ }),

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
// Small Markdown builders shared by the reports and job summaries.
/** Escape text for a Markdown table cell: pipes and newlines would break the row. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    return lines.join('\n');
}
function codeSpan(text) {
    const ticks = text.includes('`') ? '``' : '`';
    return `${ticks}${text}${ticks}`;
}
/**
 * Untrusted text shown as itself in Markdown that GitHub renders (job summaries render inline HTML):
 * inline Markdown punctuation is backslash-escaped (for text inside a line, not at its start) and `<`, `>`, `&` become entities. Pipes are left to `cell`.
 */
function plainText(text) {
    return text
        .replace(/[\\`*_[\]~]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 1571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ CATEGORIES)
/* harmony export */ });
// The audit's categories, in report order: each finding and each per-category score in the audit
// JSON names one. The audit's rules, its reports and the fleet merge all read them from here.
const CATEGORIES = [
    'container',
    'ci',
    'scripts',
    'database',
    'backup',
    'secrets',
    'config',
    'observability',
    'security',
    'docs',
];


/***/ })

};
;