// Where the Lighthouse package comes from. Lighthouse cannot be bundled by ncc (it reads its locale
// files, audits and report renderer from its own folder at run time), so the action installs the
// pinned release from a shipped lockfile (install-lighthouse.ts) and imports it from there.
// SHIPSHAPE_LIGHTHOUSE_DIR points at an installed lighthouse package instead (tests, offline runners).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config, Flags, Result, RunnerResult } from 'lighthouse';
import { installLighthouse } from './install-lighthouse.js';

export interface LighthouseApi {
  version: string;
  lighthouse: (url: string, flags: Flags, config?: Config) => Promise<RunnerResult | undefined>;
  desktopConfig: Config;
  generateReport: (lhr: Result, format: 'html' | 'json') => string;
  computeMedianRun: (runs: Result[]) => Result;
  /** puppeteer-core from Lighthouse's own dependencies, connected to a running Chrome (login-script). */
  connectBrowser: (port: number) => Promise<{ disconnect(): Promise<void> }>;
}

export async function loadLighthouse(): Promise<LighthouseApi> {
  const dir = process.env.SHIPSHAPE_LIGHTHOUSE_DIR || (await installLighthouse());
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  // webpackIgnore: a run-time import from the tool cache, not something for ncc to bundle.
  const index = await import(/* webpackIgnore: true */ pathToFileURL(join(dir, 'core', 'index.js')).href);
  const median = await import(/* webpackIgnore: true */ pathToFileURL(join(dir, 'core', 'lib', 'median-run.js')).href);
  return {
    version,
    lighthouse: index.default,
    desktopConfig: index.desktopConfig,
    generateReport: index.generateReport,
    computeMedianRun: median.computeMedianRun,
    async connectBrowser(port) {
      // Lighthouse drives Chrome with puppeteer-core; the login script gets the same library.
      const entry = createRequire(join(dir, 'package.json')).resolve('puppeteer-core');
      const mod = await import(/* webpackIgnore: true */ pathToFileURL(entry).href);
      const puppeteer = (mod.default ?? mod) as {
        connect(o: { browserURL: string; defaultViewport: null }): Promise<{ disconnect(): Promise<void> }>;
      };
      return puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
    },
  };
}
