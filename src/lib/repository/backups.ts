// Where the repository backs up its data and whether the copies leave the machine. Shared by
// backup/no-backup and backup/local-only.
import { posix } from 'node:path';
import type { Repository } from './repository.js';
import { scriptLine } from './script-line.js';

export interface BackupJob {
  file: string;
  /** Line of the dump/copy command (or 1). */
  line: number;
  /** What makes it a backup ("pg_dump", "sqlite3 .backup", "litestream"...). */
  evidence: string;
  /** The upload that takes the copy off the machine, when there is one. */
  offsite?: string;
  /** A local destination named in the script (BACKUP_DIR=/var/backups...). */
  destination?: string;
}

/** Commands that make a copy of a database. */
const DUMP =
  /\bpg_dump(?:all)?\b|\bpg_basebackup\b|\bmysqldump\b|\bmariadb-dump\b|\bmongodump\b|\bsqlite3\b[^\n]*\.(?:backup|dump)\b|\bVACUUM\s+INTO\b|\bwrangler\s+d1\s+export\b|\bredis-cli\b[^\n]*\b(?:--rdb|BGSAVE|SAVE)\b|\blitestream\s+replicate\b|\bbackup\(/i;
/** Commands and SDK calls that put a copy somewhere else. */
const UPLOAD =
  /\baws\s+s3\s+(?:cp|sync|mv)\b|\baws\s+s3api\s+put-object\b|\bs3cmd\s+(?:put|sync)\b|\bgsutil\s+(?:-m\s+)?(?:cp|rsync|mv)\b|\bgcloud\s+storage\s+(?:cp|rsync)\b|\baz\s+storage\s+(?:blob|file)\s+upload|\bazcopy\s+(?:copy|sync)\b|\bb2\s+(?:upload[-_]file|upload|sync)\b|\brclone\s+(?:copy|sync|move|copyto|moveto)\b|\brestic\b[^\n]*(?:-r|--repo)\s+["']?(?:s3|b2|sftp|rest|azure|gs|swift|rclone):|\bRESTIC_REPOSITORY=["']?(?:s3|b2|sftp|rest|azure|gs|swift|rclone):|\bborg\s+create\b[^\n]*(?:ssh:\/\/|\w@[\w.-]+:)|\bscp\b[^\n]*\s[\w.-]+@?[\w.-]*:\S|\brsync\b[^\n]*\s(?:[\w.-]+@)?[\w.-]+:[^\s/]*\/|\bmc\s+(?:cp|mirror)\b|\bwrangler\s+r2\s+object\s+put\b|\bcurl\b[^\n]*(?:-T\b|--upload-file)|PutObjectCommand|new\s+Upload\(|\.upload\(|uploadFile\(|actions\/upload-artifact|\bs3:\/\/|\bgs:\/\//i;
const BACKUP_NAME = /backup/i;
/** A name that says "database" when the script itself shows no dump command. */
const DATABASE_WORD = /\b(?:db|database|sql|sqlite3?|postgres(?:ql)?|mysql|mongo(?:db)?|redis|\.db)\b/i;
/** Schema-only dumps generate reference files; they back nothing up. */
const SCHEMA_ONLY = /--schema-only|\s-s\s|--no-data|--no-create-info/;
const MANAGED_HOST =
  /(?:neon\.tech|supabase\.(?:co|com)|rds\.amazonaws\.com|psdb\.cloud|planetscale\.com|render\.com|railway\.app|rlwy\.net|ondigitalocean\.com|aivencloud\.com|cockroachlabs\.cloud|mongodb\.net|upstash\.io|turso\.io|xata\.sh|database\.azure\.com|timescale\.com|crunchybridge\.com|nhost\.run)\b/i;
const SCRIPT_EXT = /\.(?:sh|bash|[cm]?[jt]s|py|rb|ya?ml|ps1)$/;
const LITESTREAM = /^litestream\.ya?ml$/;
const MAX_SCANNED = 60;

export function backupJobs(repo: Repository): BackupJob[] {
  return repo.fact('backupJobs', () => {
    const jobs: BackupJob[] = [];
    const candidates = new Set<string>();
    const named = (base: string) =>
      (BACKUP_NAME.test(base) && SCRIPT_EXT.test(base)) || /^crontab$|\.cron$|^cron\.ya?ml$/.test(base);
    for (const f of repo.namedFiles(named)) {
      const base = posix.basename(f);
      if (/(?:^|\/)(?:node_modules|__tests__|tests?|fixtures|examples?)\//.test(f)) continue;
      if ((BACKUP_NAME.test(base) && SCRIPT_EXT.test(base)) || /^crontab$|\.cron$|^cron\.ya?ml$/.test(base))
        candidates.add(f);
    }
    for (const w of repo.workflows) candidates.add(w.file);
    for (const f of repo.byName(/\.(?:sh|bash)$/).slice(0, MAX_SCANNED)) candidates.add(f);
    for (const file of candidates) {
      const text = repo.read(file) ?? '';
      let dump = DUMP.exec(text);
      if (dump && SCHEMA_ONLY.test(text.slice(dump.index, text.indexOf('\n', dump.index) >>> 0))) dump = null;
      const namedBackup = BACKUP_NAME.test(posix.basename(file)) && !file.startsWith('.github/');
      if (!dump && !namedBackup) continue;
      // A script merely named "backup" must copy something of a database to count (not a restore helper).
      if (
        !dump &&
        !(DATABASE_WORD.test(text) && /\bcp\b|\btar\b|\bgzip\b|\bzip\b|copyFile|createReadStream/.test(text))
      )
        continue;
      const upload = UPLOAD.exec(text);
      jobs.push({
        file,
        line: dump ? repo.lineAt(file, dump.index) : 1,
        evidence: dump ? dumpLabel(dump[0]) : posix.basename(file),
        offsite: upload?.[0].trim().slice(0, 40),
        destination: localDestination(text),
      });
    }
    for (const file of repo.byName(LITESTREAM)) {
      const text = repo.read(file) ?? '';
      const remote =
        /\burl\s*:\s*["']?((?:s3|gcs|abs|sftp|webdav|nats|file):\/\/|[\w-]+:)|\btype\s*:\s*["']?(?:s3|gcs|abs|sftp|webdav|nats)\b/.exec(
          text,
        );
      jobs.push({
        file,
        line: 1,
        evidence: 'litestream',
        offsite: remote && !/^file:/.test(remote[1] ?? '') ? remote[0].trim() : undefined,
        destination: /\bpath\s*:\s*(\S+)/.exec(text)?.[1],
      });
    }
    // package.json scripts that dump a database.
    for (const pkg of repo.packages) {
      for (const [name, command] of Object.entries(pkg.scripts)) {
        const dump = DUMP.exec(command);
        // `litestream replicate` with a config file: the config (read above) says where replicas go.
        if (!dump || (/litestream/i.test(dump[0]) && repo.byName(LITESTREAM).length)) continue;
        const upload = UPLOAD.exec(command);
        jobs.push({
          file: pkg.file,
          line: scriptLine(repo, pkg, name) ?? 1,
          evidence: `script \`${name}\` (${dumpLabel(dump[0])})`,
          offsite: upload?.[0],
        });
      }
    }
    return jobs;
  });
}

/** A short name for the dump command (the match itself may run on with paths and quotes). */
function dumpLabel(match: string): string {
  const m = match.trim();
  if (/^sqlite3/i.test(m)) return /\.dump/.test(m) ? 'sqlite3 .dump' : 'sqlite3 .backup';
  if (/^redis-cli/i.test(m)) return 'redis-cli snapshot';
  if (/^backup\(/.test(m)) return 'database backup() call';
  return m
    .split(/\s+/)
    .slice(0, /^(?:wrangler|litestream|VACUUM)/i.test(m) ? 3 : 1)
    .join(' ');
}

/** A local folder a backup script writes to (`BACKUP_DIR=/var/backups`, `./backups`). */
function localDestination(text: string): string | undefined {
  const assigned = /^\s*(?:export\s+|local\s+|readonly\s+)?\w*(?:BACKUP|DEST|OUT|TARGET)\w*=["']?([^\s"';]+)/im.exec(
    text,
  );
  if (assigned && !/:\/\//.test(assigned[1])) return assigned[1];
  const path =
    /(?:^|[\s"'=])((?:\.{1,2}\/|\/(?:var|srv|opt|home|root|tmp|mnt|data|backups?)\/)[\w./$-]*backups?[\w./$-]*)/im.exec(
      text,
    );
  return path?.[1];
}

/** Databases whose provider keeps backups itself (declared in the repository). */
export function managedDatabase(repo: Repository): string | undefined {
  for (const f of repo.byName(/^render\.ya?ml$/)) {
    const value = repo.yaml(f)?.value as { databases?: unknown } | undefined;
    if (Array.isArray(value?.databases) && value.databases.length) return `${f} declares a Render managed database`;
  }
  const managed =
    /^(?:@neondatabase\/serverless|@prisma\/adapter-neon|@vercel\/postgres|@planetscale\/database|@prisma\/adapter-planetscale|@supabase\/supabase-js|@libsql\/client|@prisma\/adapter-libsql|@xata\.io\/client|@upstash\/redis|firebase-admin|@aws-sdk\/client-dynamodb|@aws-sdk\/lib-dynamodb|convex)$/;
  // Asked of the dependency names of all packages at once first (most repositories use none).
  if (repo.hasDependency(managed, { runtimeOnly: true }))
    for (const pkg of repo.packages) {
      const dep = Object.keys(pkg.dependencies).find((d) => managed.test(d));
      if (dep) return `${pkg.file} uses the managed database client ${dep}`;
    }
  // An env example whose DATABASE_URL points at a managed provider (host names only, never values).
  for (const f of repo.byName(/^(?:\.env(?:\.[\w.-]+)?|env\.(?:example|sample|template))$/).slice(0, 20)) {
    const host = MANAGED_HOST.exec(repo.read(f) ?? '');
    if (host) return `${f} points at the managed database host *.${host[0]}`;
  }
  return undefined;
}
