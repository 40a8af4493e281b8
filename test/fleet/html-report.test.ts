// The fleet HTML page in real Chromium, as a platform team opens the artifact: it loads with no
// network request and no console error (its Content-Security-Policy allows only its own inline style
// and script), the table sorts by score on a click, the filter hides repositories, the score chart
// has one bar per band with the right counts, and what hostile reports say stays text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { writeReport } from '../support/fleet-reports.js';
import { requireTools } from '../support/system-tools.js';

const SCORES: Record<string, number> = {
  'acme/payments': 5,
  'acme/billing': 12,
  'acme/search': 15,
  'acme/web': 47,
  'acme/web-admin': 49,
  'acme/api': 55,
  'acme/docs': 81,
  'acme/status': 95,
  'acme/www': 100,
};

let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  requireTools('chromium');
  const dir = mkdtempSync(join(tmpdir(), 'fleet-html-'));
  const reports = join(dir, 'reports');
  for (const [repository, score] of Object.entries(SCORES))
    writeReport(reports, `${repository.replace('/', '__')}.json`, {
      repository,
      score,
      categories: { container: score, ci: Math.min(100, score + 10), secrets: 100 - score },
      findings:
        score < 50
          ? [{ ruleId: 'container/no-dockerfile', severity: 'critical', file: 'package.json', line: 3 }]
          : [{ ruleId: 'docs/no-runbook', severity: 'low' }],
    });
  writeReport(reports, 'evil.json', {
    repository: 'acme/evil',
    score: 60,
    findings: [
      {
        ruleId: '<img src=x onerror="document.title=1">',
        title: '</script><script>window.pwned=1</script>',
        severity: 'high',
        file: '"><svg onload=alert(1)>.js',
        line: 1,
      },
    ],
  });
  writeReport(reports, 'no-name.json', { score: 70 });
  const html = join(dir, 'index.html');
  const r = spawnSync(
    process.execPath,
    [resolve('bin/shipshape.js'), 'report', 'merge', reports, '--format', 'html', '--output', html],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);

  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    // The page itself is the one request; anything else would be a request of its own: refuse it.
    if (request.url() === pathToFileURL(html).href) void request.continue();
    else void request.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  (globalThis as { htmlUrl?: string }).htmlUrl = pathToFileURL(html).href;
});

afterAll(async () => {
  await browser?.close();
});

// Browser-side expressions as text: the tests are compiled without the DOM's types.
const inPage = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
const ROWS = "[...document.querySelectorAll('#fleet tbody tr')].filter((r) => !r.hidden)";
const visibleRepositories = () => inPage<string[]>(`${ROWS}.map((r) => r.dataset.repository)`);
const visibleScores = () => inPage<number[]>(`${ROWS}.map((r) => Number(r.cells[1].textContent))`);

test('the page loads with no request but itself and no console error', async () => {
  expect(requests).toEqual([(globalThis as { htmlUrl?: string }).htmlUrl]);
  expect(consoleErrors).toEqual([]);
  // The inline script ran (the CSP hash matched): it wrote the row count.
  expect(await page.$eval('#shown', (e) => e.textContent)).toBe('11 of 11 shown');
});

test('the table opens worst first, and a click on Score sorts by score each way', async () => {
  const ascending = [...Object.values(SCORES), 60, 70].sort((a, b) => a - b);
  expect(await visibleScores()).toEqual(ascending);
  await page.click('#fleet thead th:nth-child(2) button');
  expect(await page.$eval('#fleet thead th:nth-child(2)', (th) => th.getAttribute('aria-sort'))).toBe('descending');
  expect(await visibleScores()).toEqual([...ascending].reverse());
  await page.click('#fleet thead th:nth-child(2) button');
  expect(await visibleScores()).toEqual(ascending);
  // Sorting by name works on text.
  await page.click('#fleet thead th:nth-child(1) button');
  const names = await visibleRepositories();
  expect(names).toEqual([...names].sort());
  await page.click('#fleet thead th:nth-child(2) button');
});

test('the filter hides the repositories that do not match, and the blocking box the ones without critical or high', async () => {
  await page.type('#filter', 'WEB');
  expect(await visibleRepositories()).toEqual(['acme/web', 'acme/web-admin']);
  expect(await page.$eval('#shown', (e) => e.textContent)).toBe('2 of 11 shown');
  await inPage("document.getElementById('filter').value = ''");
  await page.type('#filter', ' '); // an input event with an empty query
  expect(await visibleRepositories()).toHaveLength(11);
  await page.click('#blocking');
  expect((await visibleRepositories()).sort()).toEqual(
    ['acme/billing', 'acme/evil', 'acme/payments', 'acme/search', 'acme/web', 'acme/web-admin'].sort(),
  );
  await page.click('#blocking');
});

test('the score chart has one bar per band of ten, with the right counts and heights', async () => {
  const bands = await inPage<{ from: number; count: number; label: string; height: number }[]>(
    `[...document.querySelectorAll('#score-bands g.band')].map((g) => ({
      from: Number(g.dataset.from),
      count: Number(g.dataset.count),
      label: g.querySelector('text').textContent,
      height: Number(g.querySelector('rect').getAttribute('height')),
    }))`,
  );
  expect(bands.map((b) => b.from)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  // 5 | 12 15 | - | - | 47 49 | 55 | 60 | 70 | 81 | 95 100
  expect(bands.map((b) => b.count)).toEqual([1, 2, 0, 0, 2, 1, 1, 1, 1, 2]);
  expect(bands.map((b) => Number(b.label))).toEqual(bands.map((b) => b.count));
  const tallest = Math.max(...bands.map((b) => b.height));
  for (const b of bands) expect(b.height).toBe(Math.round((b.count / 2) * tallest));
  // And one bar per category across the fleet.
  const categories = await page.$$eval('#categories g.category', (gs) =>
    gs.map((g) => g.getAttribute('data-category')),
  );
  expect(categories).toEqual(['container', 'ci', 'secrets']);
});

test('what hostile reports say is shown as text, not run', async () => {
  expect(await inPage('window.pwned')).toBeUndefined();
  expect(await inPage('document.scripts.length')).toBe(1);
  expect(await page.$$('#fleet img, #fleet tbody svg')).toHaveLength(0);
  const evil = await page.$eval('tr[data-repository="acme/evil"]', (tr) => tr.textContent);
  expect(evil).toContain('<img src=x onerror="document.title=1">');
  const link = await page.$eval('tr[data-repository="acme/evil"] a.file', (a) => a.getAttribute('href'));
  expect(link).toBe('https://github.com/acme/evil/blob/HEAD/%22%3E%3Csvg%20onload%3Dalert%281%29%3E.js#L1');
  // A report without `repository` is named by its file and has no link.
  expect(await page.$eval('tr[data-repository="no-name"] td', (td) => td.textContent)).toBe('no-name (file name)');
  expect(await page.$$('tr[data-repository="no-name"] a')).toHaveLength(0);
});
