// The health route init writes for the app's framework: a cheap liveness route that touches nothing,
// plus a readiness route that asks the database for `SELECT 1` when the app has one it can reach
// (Prisma or pg). File-system routers get new files; Express, Fastify and Hono get a module that the
// server mounts (the mount is an edit, so it is done only with --force and otherwise left to a human).
import { posix } from 'node:path';
import type { InitFacts } from './facts.js';

export const LIVENESS_PATH = '/healthz';
export const READINESS_PATH = '/readyz';

export interface HealthRoute {
  /** Files to create, relative to the repository root. */
  files: { path: string; content: string }[];
  /** The liveness path the app will answer on. */
  path: string;
  /** For server frameworks: where and how to mount the module (an edit of an existing file). */
  mount?: { file: string; importLine: string; useLine: string; after: RegExp };
}

const at = (facts: InitFacts, p: string) => (facts.appDir ? posix.join(facts.appDir, p) : p);

/** Undefined when the framework has no place we can add a route safely. */
export function healthRoute(facts: InitFacts): HealthRoute | undefined {
  const ext = facts.typescript ? 'ts' : 'js';
  const readiness = readinessCheck(facts);
  switch (facts.healthFramework) {
    case 'next-app': {
      const dir = facts.routesDir ?? 'app';
      const files = [{ path: at(facts, `${dir}/healthz/route.${ext}`), content: nextAppRoute(undefined) }];
      if (readiness) files.push({ path: at(facts, `${dir}/readyz/route.${ext}`), content: nextAppRoute(readiness) });
      return { files, path: LIVENESS_PATH };
    }
    case 'next-pages': {
      // Pages router API routes live under /api.
      const dir = facts.routesDir ?? 'pages';
      const files = [{ path: at(facts, `${dir}/api/healthz.${ext}`), content: nextPagesRoute(undefined, ext) }];
      if (readiness)
        files.push({ path: at(facts, `${dir}/api/readyz.${ext}`), content: nextPagesRoute(readiness, ext) });
      return { files, path: '/api/healthz' };
    }
    case 'sveltekit': {
      const files = [{ path: at(facts, `src/routes/healthz/+server.${ext}`), content: svelteRoute(undefined) }];
      if (readiness)
        files.push({ path: at(facts, `src/routes/readyz/+server.${ext}`), content: svelteRoute(readiness) });
      return { files, path: LIVENESS_PATH };
    }
    case 'remix': {
      const files = [{ path: at(facts, `app/routes/healthz.${ext}`), content: remixRoute(undefined) }];
      if (readiness) files.push({ path: at(facts, `app/routes/readyz.${ext}`), content: remixRoute(readiness) });
      return { files, path: LIVENESS_PATH };
    }
    case 'express':
    case 'fastify':
    case 'hono':
      return serverModule(facts, ext, readiness);
    default:
      return undefined;
  }
}

interface Readiness {
  imports: string[];
  /** Statements that throw when the database does not answer. */
  check: string;
}

function readinessCheck(facts: InitFacts): Readiness | undefined {
  if (facts.worker) return undefined;
  if (facts.databaseClient === 'prisma')
    return {
      imports: ["import { PrismaClient } from '@prisma/client';", '', 'const prisma = new PrismaClient();'],
      check: 'await prisma.$queryRaw`SELECT 1`;',
    };
  if (facts.databaseClient === 'pg' && facts.database === 'postgresql')
    return {
      imports: ["import pg from 'pg';"],
      check: [
        'const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2000 });',
        'await client.connect();',
        'try {',
        "  await client.query('SELECT 1');",
        '} finally {',
        '  await client.end();',
        '}',
      ].join('\n'),
    };
  return undefined;
}

const HEADER = '// Written by shipshape init: liveness answers without touching anything;';
const READY_HEADER = '// Written by shipshape init: readiness answers 503 until the database answers.';
const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((l) => (l ? ' '.repeat(spaces) + l : l))
    .join('\n');

/** The body of a readiness handler: the check, then the ready answer, or the 503 when it throws. */
function tryReady(ready: Readiness, ok: string, fail: string): string[] {
  return ['  try {', indent(ready.check, 4), `    ${ok}`, '  } catch {', `    ${fail}`, '  }'];
}

function nextAppRoute(ready: Readiness | undefined): string {
  return routeModule(ready, {
    preamble: ["export const dynamic = 'force-dynamic';", ''],
    plain: ['export function GET() {', "  return Response.json({ status: 'ok' });", '}'],
    open: 'export async function GET() {',
    close: '}',
    ok: "return Response.json({ status: 'ready' });",
    unavailable: "return Response.json({ status: 'unavailable' }, { status: 503 });",
  });
}

function nextPagesRoute(ready: Readiness | undefined, ext: string): string {
  const types = ext === 'ts' ? ["import type { NextApiRequest, NextApiResponse } from 'next';", ''] : [];
  const params = ext === 'ts' ? '_req: NextApiRequest, res: NextApiResponse' : '_req, res';
  if (!ready)
    return [
      `${HEADER} point load balancers and the container HEALTHCHECK here.`,
      ...types,
      `export default function handler(${params}) {`,
      "  res.status(200).json({ status: 'ok' });",
      '}',
      '',
    ].join('\n');
  return [
    READY_HEADER,
    ...types,
    ...ready.imports,
    '',
    `export default async function handler(${params}) {`,
    ...tryReady(
      ready,
      "res.status(200).json({ status: 'ready' });",
      "res.status(503).json({ status: 'unavailable' });",
    ),
    '}',
    '',
  ].join('\n');
}

function svelteRoute(ready: Readiness | undefined): string {
  return routeModule(ready, {
    imports: ["import { json } from '@sveltejs/kit';"],
    plain: ["export const GET = () => json({ status: 'ok' });"],
    open: 'export const GET = async () => {',
    close: '};',
    ok: "return json({ status: 'ready' });",
    unavailable: "return json({ status: 'unavailable' }, { status: 503 });",
  });
}

function remixRoute(ready: Readiness | undefined): string {
  return routeModule(ready, {
    plain: ["export const loader = () => Response.json({ status: 'ok' });"],
    open: 'export const loader = async () => {',
    close: '};',
    ok: "return Response.json({ status: 'ready' });",
    unavailable: "return Response.json({ status: 'unavailable' }, { status: 503 });",
  });
}

/** A route file that exports one handler: the liveness answer, or the readiness check when there is one. */
interface RouteModule {
  imports?: string[];
  /** Lines after the imports, before the handler. */
  preamble?: string[];
  /** The handler without a readiness check. */
  plain: string[];
  /** The readiness handler's first and last lines, and what it returns when the check passes or throws. */
  open: string;
  close: string;
  ok: string;
  unavailable: string;
}

function routeModule(ready: Readiness | undefined, route: RouteModule): string {
  const imports = route.imports ?? [];
  const preamble = route.preamble ?? [];
  if (!ready)
    return [
      `${HEADER} point load balancers and the container HEALTHCHECK here.`,
      ...imports,
      ...(imports.length ? [''] : []),
      ...preamble,
      ...route.plain,
      '',
    ].join('\n');
  return [
    READY_HEADER,
    ...imports,
    ...ready.imports,
    '',
    ...preamble,
    route.open,
    ...tryReady(ready, route.ok, route.unavailable),
    route.close,
    '',
  ].join('\n');
}

/** A module next to the server entry exporting the routes, and the two lines that mount it. */
function serverModule(facts: InitFacts, ext: string, ready: Readiness | undefined): HealthRoute | undefined {
  if (!facts.serverEntry) return undefined;
  const dir = posix.dirname(facts.serverEntry);
  const file = posix.join(dir, `health.${ext}`);
  const importPath = './health' + (facts.typescript ? '' : '.js');
  const body: string[] = [`${HEADER} readiness answers 503 until the database answers.`];
  let importLine: string;
  let useLine: string;
  let after: RegExp;
  const readyBody = (ok: string, fail: string) => (ready ? tryReady(ready, ok, fail) : [`  ${ok}`]);
  if (facts.healthFramework === 'express') {
    body.push("import { Router } from 'express';", ...(ready?.imports ?? []), '');
    body.push('export const healthRouter = Router();', '');
    body.push(`healthRouter.get('${LIVENESS_PATH}', (_req, res) => {`, "  res.json({ status: 'ok' });", '});', '');
    body.push(
      `healthRouter.get('${READINESS_PATH}', async (_req, res) => {`,
      ...readyBody("res.json({ status: 'ready' });", "res.status(503).json({ status: 'unavailable' });"),
      '});',
      '',
    );
    importLine = `import { healthRouter } from '${importPath}';`;
    useLine = 'app.use(healthRouter);';
    after = /^\s*(?:const|let|var)\s+app\s*=\s*express\(\)\s*;?\s*$/m;
  } else if (facts.healthFramework === 'fastify') {
    const type = ext === 'ts' ? ': FastifyInstance' : '';
    body.push(
      ...(ext === 'ts' ? ["import type { FastifyInstance } from 'fastify';"] : []),
      ...(ready?.imports ?? []),
      '',
    );
    body.push(`export async function healthRoutes(app${type}) {`);
    body.push(`  app.get('${LIVENESS_PATH}', async () => ({ status: 'ok' }));`);
    body.push(`  app.get('${READINESS_PATH}', async (_req, reply) => {`);
    body.push(
      ...readyBody("return { status: 'ready' };", "return reply.code(503).send({ status: 'unavailable' });").map(
        (l) => `  ${l}`,
      ),
    );
    body.push('  });', '}', '');
    importLine = `import { healthRoutes } from '${importPath}';`;
    useLine = 'app.register(healthRoutes);';
    after = /^\s*(?:const|let|var)\s+app\s*=\s*(?:Fastify|fastify)\([^\n]*$/m;
  } else {
    body.push("import { Hono } from 'hono';", ...(ready?.imports ?? []), '');
    body.push('export const health = new Hono();', '');
    body.push(`health.get('${LIVENESS_PATH}', (c) => c.json({ status: 'ok' }));`, '');
    body.push(
      `health.get('${READINESS_PATH}', async (c) => {`,
      ...readyBody("return c.json({ status: 'ready' });", "return c.json({ status: 'unavailable' }, 503);"),
      '});',
      '',
    );
    importLine = `import { health } from '${importPath}';`;
    useLine = "app.route('/', health);";
    after = /^\s*(?:const|let|var)\s+app\s*=\s*new Hono\b[^\n]*$/m;
  }
  const content = body.join('\n');
  if (facts.commonJs) {
    return {
      files: [{ path: file, content: toCommonJs(content) }],
      path: LIVENESS_PATH,
      mount: { file: facts.serverEntry, importLine: toCommonJs(importLine).trim(), useLine, after },
    };
  }
  return {
    files: [{ path: file, content }],
    path: LIVENESS_PATH,
    mount: { file: facts.serverEntry, importLine, useLine, after },
  };
}

/** The few module forms this file writes, in CommonJS, for servers written with require(). */
function toCommonJs(source: string): string {
  const exported: string[] = [];
  const out = source
    .split('\n')
    .filter((l) => !/^import type /.test(l))
    .map((l) =>
      l
        .replace(/^import \{ ([^}]+) \} from '([^']+)';$/, "const { $1 } = require('$2');")
        .replace(/^import (\w+) from '([^']+)';$/, "const $1 = require('$2');")
        .replace(/^export (const|async function|function) (\w+)/, (_m, kind: string, name: string) => {
          exported.push(name);
          return `${kind} ${name}`;
        }),
    );
  if (exported.length) out.push(`module.exports = { ${exported.join(', ')} };`, '');
  return out.join('\n');
}

/** The server entry with the health module mounted right after the app is created; undefined when we cannot see where. */
export function mountHealthModule(source: string, mount: NonNullable<HealthRoute['mount']>): string | undefined {
  if (source.includes(mount.useLine)) return source;
  const created = mount.after.exec(source);
  if (!created) return undefined;
  const end = created.index + created[0].length;
  const withUse = `${source.slice(0, end)}\n${mount.useLine}${source.slice(end)}`;
  // The import goes after the last import line, so module order stays as the author wrote it.
  const imports = [...withUse.matchAll(/^(?:import\s|(?:const|let|var)\s[^\n]*=\s*require\()[^\n]*$/gm)];
  const last = imports[imports.length - 1];
  if (!last) return `${mount.importLine}\n${withUse}`;
  const at = last.index + last[0].length;
  return `${withUse.slice(0, at)}\n${mount.importLine}${withUse.slice(at)}`;
}
