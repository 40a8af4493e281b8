// Lighthouse through its Node API: every path `runs` times in one shared browser, the median run
// kept (Lighthouse's own computeMedianRun), and its HTML and JSON reports written to report-dir.
import { join } from 'node:path';
import * as core from '../lib/runner.js';
import type { Flags, Result } from 'lighthouse';
import { writeFileAtomic } from '../lib/files.js';
import { launchChrome } from './chrome.js';
import type { LighthouseApi } from './lighthouse-module.js';
import { METRICS, type Category } from './scores.js';

export interface AuditRequest {
  pages: { path: string; url: string }[];
  runs: number;
  preset: 'desktop' | 'mobile';
  categories: Category[];
  chromePath: string;
  reportDir: string;
  /** Sent with every request of the audits; scrubbed from the reports. */
  extraHeaders?: Record<string, string>;
  /** Run once against the browser before the first audit (login-script); keeps its cookies. */
  beforeAudits?: (chromePort: number) => Promise<void>;
}

export interface PageAudit {
  path: string;
  url: string;
  /** The median run. */
  lhr: Result;
  /** Performance score of each run (0-100), to show the spread. */
  runScores: (number | null)[];
  htmlReport: string;
  jsonReport: string;
}

export async function auditPages(api: LighthouseApi, request: AuditRequest): Promise<PageAudit[]> {
  const browser = await launchChrome(request.chromePath);
  try {
    const flags: Flags = { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: request.categories };
    const headers = request.extraHeaders && Object.keys(request.extraHeaders).length ? request.extraHeaders : undefined;
    if (headers) flags.extraHeaders = headers;
    if (request.beforeAudits) {
      await request.beforeAudits(browser.port);
      // Lighthouse clears the origin's storage, cookies included, before each audit by default.
      flags.disableStorageReset = true;
    }
    const config = request.preset === 'desktop' ? api.desktopConfig : undefined;
    const results: PageAudit[] = [];
    for (const page of request.pages) {
      const runs: Result[] = [];
      for (let i = 1; i <= request.runs; i++) {
        const started = Date.now();
        const result = await api.lighthouse(page.url, flags, config);
        if (!result) throw new Error(`Lighthouse returned no result for ${page.url}`);
        const lhr = result.lhr;
        // The reports are artifacts: they must not carry the header values (tokens) they were sent with.
        if (lhr.configSettings.extraHeaders)
          lhr.configSettings.extraHeaders = Object.fromEntries(
            Object.keys(lhr.configSettings.extraHeaders).map((name) => [name, '***']),
          );
        if (lhr.runtimeError)
          throw new Error(
            `Lighthouse could not audit ${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          );
        core.info(
          `${page.path} run ${i}/${request.runs}: ${summarizeRun(lhr)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
        runs.push(lhr);
      }
      const median = runs.length > 1 ? api.computeMedianRun(runs) : runs[0];
      const base = join(request.reportDir, reportName(page.path));
      writeFileAtomic(`${base}.report.html`, api.generateReport(median, 'html'));
      writeFileAtomic(`${base}.report.json`, JSON.stringify(median, null, 2));
      results.push({
        ...page,
        lhr: median,
        runScores: runs.map((r) => scoreOf(r.categories.performance?.score)),
        htmlReport: `${base}.report.html`,
        jsonReport: `${base}.report.json`,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** A file name for a path's reports: `/` is `root`, `/blog/post?id=1` is `blog-post-id-1`. */
export function reportName(path: string): string {
  const name = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name || 'root';
}

export function scoreOf(score: number | null | undefined): number | null {
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

function summarizeRun(lhr: Result): string {
  const scores = Object.values(lhr.categories).map((c) => `${c.id} ${scoreOf(c.score) ?? '-'}`);
  const lcp = lhr.audits[METRICS.lcp]?.numericValue;
  return [...scores, ...(lcp !== undefined ? [`LCP ${Math.round(lcp)} ms`] : [])].join(', ');
}
