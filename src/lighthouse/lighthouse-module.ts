// Where the Lighthouse package comes from. Lighthouse cannot be bundled by ncc (it reads its locale
// files, audits and report renderer from its own folder at run time), so the action installs the
// pinned release with npm into the runner's tool cache once and imports it from there.
// SHIPSHAPE_LIGHTHOUSE_DIR points at an installed lighthouse package instead (tests, offline runners).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '../lib/runner.js';
import * as tc from '@actions/tool-cache';
import type { Config, Flags, Result, RunnerResult } from 'lighthouse';
import { runCommand } from '../lib/exec.js';

export const LIGHTHOUSE_VERSION = '12.8.2';

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

async function installLighthouse(): Promise<string> {
  const cached = tc.find('shipshape-lighthouse', LIGHTHOUSE_VERSION);
  const inCache = cached && join(cached, 'node_modules', 'lighthouse');
  if (inCache && existsSync(join(inCache, 'core', 'index.js'))) {
    core.info(`Lighthouse ${LIGHTHOUSE_VERSION} found in the tool cache`);
    return inCache;
  }
  const prefix = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'lighthouse-install-'));
  core.info(`installing lighthouse@${LIGHTHOUSE_VERSION} with npm`);
  await runCommand(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-audit',
      '--no-fund',
      '--omit=dev',
      '--no-save',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
    ],
    {
      timeoutMs: 300000,
      onLine: (line) => core.debug(line),
    },
  );
  const dir = await tc.cacheDir(prefix, 'shipshape-lighthouse', LIGHTHOUSE_VERSION);
  return join(dir, 'node_modules', 'lighthouse');
}
