// Pages behind a login: extra HTTP headers sent with every request of the audits (values masked,
// and scrubbed from the reports Lighthouse writes), and a login script run against the audit's
// own browser before the first audit, so the cookies it leaves are the audits' cookies.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { redact, registerSecret } from '../lib/redact.js';

// RFC 9110 token characters: what a header name may hold.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `Name: value` lines; every value is a secret (a bearer token, a preview cookie). */
export function parseHeaders(raw: string): Record<string, string> {
  const headers: Record<string, string> = {};
  raw.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const colon = trimmed.indexOf(':');
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    // The line itself is never quoted back: it holds the secret.
    if (!HEADER_NAME.test(name))
      throw new ConfigurationError(
        `input \`headers\` must hold \`Name: value\` lines (line ${index + 1} has no valid header name before a colon)`,
      );
    const value = trimmed.slice(colon + 1).trim();
    registerSecret(value);
    headers[name] = value;
  });
  return headers;
}

/** What a login script is given besides the browser. */
export interface LoginContext {
  /** The first page that will be audited. */
  url: string;
  /** The app's origin, e.g. http://127.0.0.1:3005. */
  origin: string;
}

/** The part of puppeteer-core's Browser this file uses. */
export interface ConnectedBrowser {
  disconnect(): Promise<void>;
}

export type LoginScript = (browser: ConnectedBrowser, context: LoginContext) => Promise<unknown>;

/** The login-script input: a file in the workspace, checked before anything starts. */
export function resolveLoginScript(raw: string, workingDirectory: string, workspace: string): string | undefined {
  if (!raw) return undefined;
  const path = [resolve(workingDirectory, raw), resolve(workspace, raw)].find((p) => existsSync(p));
  if (!path) throw new ConfigurationError(`input \`login-script\`: file ${raw} does not exist`);
  if (!/\.(m|c)?js$/.test(path))
    throw new ConfigurationError(`input \`login-script\` must be a JavaScript module (.js, .mjs or .cjs; got ${raw})`);
  return path;
}

/**
 * Runs the script's default export (or its `login` export) with a puppeteer-core Browser connected
 * to the audit's Chrome, then disconnects without closing the browser. A failing script fails the
 * step: auditing the login form instead of the page would be a silent wrong result.
 */
export async function runLoginScript(
  path: string,
  connect: () => Promise<ConnectedBrowser>,
  context: LoginContext,
): Promise<void> {
  // webpackIgnore: the user's module, loaded at run time, never bundled.
  const mod = await import(/* webpackIgnore: true */ pathToFileURL(path).href);
  const fn: unknown = mod.default?.default ?? mod.default ?? mod.login;
  if (typeof fn !== 'function')
    throw new ConfigurationError(
      `input \`login-script\`: ${path} must export a function (export default async (browser, { url, origin }) => …)`,
    );
  const browser = await connect();
  try {
    await (fn as LoginScript)(browser, context);
  } catch (error) {
    throw new Error(`login-script failed: ${redact(errorMessage(error))}`);
  } finally {
    await browser.disconnect().catch(() => undefined);
  }
}
