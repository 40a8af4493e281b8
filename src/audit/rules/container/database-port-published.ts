// container/database-port-published: a compose file publishes a database's port on every network
// interface (`5432:5432`), so anyone who reaches the host reaches the database.
import type { Rule, RuleHit } from '../rule.js';
import { composeFiles } from '../../../lib/repository/facts.js';

const DATABASE_IMAGE =
  /(?:^|\/)(?:postgres|postgis|timescaledb|mysql|mariadb|percona|mongo|redis|valkey|keydb|memcached|clickhouse|elasticsearch|opensearch|cassandra|scylla|couchdb|cockroach|neo4j|mssql|surrealdb|influxdb)(?:[:@/-]|$)/;
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;

/** Host interface of a `ports:` entry, '' when it is every interface. */
function hostInterface(entry: unknown): string | undefined {
  if (typeof entry === 'number') return '';
  if (typeof entry === 'string') {
    const spec = entry.replace(/\/(?:tcp|udp)$/, '');
    const ipv6 = /^\[([^\]]+)\]:/.exec(spec);
    if (ipv6) return ipv6[1];
    const parts = spec.split(':');
    return parts.length >= 3 ? parts[0] : '';
  }
  if (entry && typeof entry === 'object') {
    const e = entry as Record<string, unknown>;
    if (e.published === undefined) return undefined;
    return typeof e.host_ip === 'string' ? e.host_ip : '';
  }
  return undefined;
}

export const databasePortPublished: Rule = {
  id: 'container/database-port-published',
  severity: 'medium',
  title: 'Database port published on all interfaces',
  remediation:
    'Drop the `ports:` entry (services on the compose network reach the database by its service name), or bind it to loopback: `"127.0.0.1:5432:5432"`.',
  check(repo) {
    const hits: RuleHit[] = [];
    for (const file of composeFiles(repo)) {
      const parsed = repo.yaml(file);
      const services = (parsed?.value as { services?: unknown } | undefined)?.services;
      if (!parsed || !services || typeof services !== 'object') continue;
      for (const [name, service] of Object.entries(services as Record<string, unknown>)) {
        const s = service as { image?: unknown; ports?: unknown } | null;
        if (!s || typeof s.image !== 'string' || !DATABASE_IMAGE.test(s.image) || !Array.isArray(s.ports)) continue;
        const open = s.ports.filter((p) => {
          const host = hostInterface(p);
          return host !== undefined && !LOOPBACK.test(host);
        });
        if (!open.length) continue;
        const node = parsed.document.getIn(['services', name, 'ports'], true) as
          { range?: [number, number, number] } | undefined;
        const line = node?.range ? parsed.lineCounter.linePos(node.range[0]).line : undefined;
        hits.push({
          message: `\`${file}\` publishes the ${s.image} service \`${name}\` on every interface (ports ${open.map((p) => (typeof p === 'object' ? JSON.stringify(p) : String(p))).join(', ')}).`,
          file,
          line,
        });
      }
    }
    return hits;
  },
};
