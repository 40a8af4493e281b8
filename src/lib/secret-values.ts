// Which variable names look like secrets and which values look like a live secret rather than a
// reference or a placeholder. Shared by secrets/hardcoded-in-scripts and secrets/committed-config.
// Nothing here returns or formats a value: callers only learn "secret-looking" and a length.

/** Names whose value is public by design even when they end in KEY (browser-exposed, publishable). */
const PUBLIC_NAME =
  /^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|EXPO_PUBLIC_|GATSBY_)|PUBLISHABLE|_KEY_ID$|(?:^|_)(?:KEY_ID|TOKEN_(?:EXPIRY|EXPIRES|TTL|URL|ENDPOINT|NAME|HEADER|LIFETIME)|SECRET_(?:NAME|ARN|ID|PATH))$/;

// The secret word must END the name: NEXTAUTH_SECRET, GITHUB_TOKEN, DB_PASSWORD, STRIPE_SECRET_KEY,
// AWS_SECRET_ACCESS_KEY. Names that only contain it (SECRETS_MANAGER_REGION, TOKEN_EXPIRY,
// DATABASE_PASSWORD_FILE) name something else.
const STRONG_SECRET_NAME =
  /(?:^|_)(?:SECRET|SECRETS|TOKEN|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|(?:API|ACCESS|SECRET|PRIVATE|SIGNING|ENCRYPTION|AUTH|MASTER|SERVICE|CLIENT|LICENSE|WEBHOOK)_?KEY|APIKEY|SECRET_KEY_BASE|AUTH_SALT|WEBHOOK_SECRET)$/;
// A bare *_KEY / *_PASS / *_PWD is often not a secret (CACHE_KEY=v1, SORT_KEY=name): such names
// count only with a live-looking value.
const WEAK_SECRET_NAME = /(?:^|_)(?:KEY|PASS|PWD)$/;

export type SecretNameStrength = 'strong' | 'weak' | undefined;

export function secretNameStrength(name: string): SecretNameStrength {
  const upper = name.toUpperCase().replace(/-/g, '_');
  if (PUBLIC_NAME.test(upper)) return undefined;
  if (STRONG_SECRET_NAME.test(upper)) return 'strong';
  if (WEAK_SECRET_NAME.test(upper)) return 'weak';
  return undefined;
}

export function isSecretName(name: string): boolean {
  return secretNameStrength(name) !== undefined;
}

/**
 * Whether `name=value` holds a secret. `strict` contexts (test scripts, CI, local compose services)
 * and weak names need a live-looking value; elsewhere any real literal counts.
 */
export function isSecretAssignment(
  name: string,
  value: string,
  strict: boolean,
  literal: (v: string) => boolean = isLiteralSecretValue,
): boolean {
  const strength = secretNameStrength(name);
  if (!strength) return false;
  return strict || strength === 'weak' ? looksLikeLiveSecret(value) : literal(value);
}

/**
 * A URL that carries a password (`postgres://user:pass@host`): a secret whatever its name.
 * `strict` (test/dev contexts) asks for a live-looking password, not `postgres://postgres:pw@localhost`.
 */
export function hasUrlCredentials(value: string, strict = false): boolean {
  const m = /^[a-z][\w+.-]*:\/\/([^:/@\s]+):([^@/\s]+)@/i.exec(value);
  if (!m || isReference(m[2]) || isPlaceholder(m[2])) return false;
  return !strict || looksLikeLiveSecret(m[2]);
}

/** `$VAR`, `${VAR}`, `${{ secrets.X }}`, `env("X")`, `@secret` references: not a literal. */
export function isReference(value: string): boolean {
  return /^\$|\$\{\{|\$\{|^%\w+%$|^env\(|^@|^<%|^\{\{/.test(value.trim());
}

// Words people write where a real secret belongs, and well-known local-development defaults
// (POSTGRES_PASSWORD: postgres in a compose file is a throw-away local database, not a leak).
const PLACEHOLDER =
  /^(?:change[-_ ]?me.*|changeit|replace[-_ ]?me.*|secret|secrets?[-_]?here|password|passw0rd|pass|pwd|test|tests|testing|test[-_].*|dummy.*|example.*|sample.*|placeholder.*|todo|tbd|none|null|nil|undefined|empty|x+|\*+|\.+|-+|_+|0+|your[-_ ].*|my[-_]?(?:secret|password|token|key).*|insert[-_ ].*|enter[-_ ].*|fake.*|mock.*|dev|development|local|localhost|postgres|postgresql|root|admin|mysql|mariadb|redis|mongo|guest|default|foo|bar|foobar|baz|abc|abc123|qwerty|letmein|1234|12345|123456|1234567|12345678|123456789|secret[-_]?key|supersecret|super[-_]?secret.*|not[-_]?(?:a[-_]?)?secret.*|ci|ci[-_].*)$/i;

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === '' || PLACEHOLDER.test(v) || /^<.*>$|^\[.*\]$|^\{.*\}$/.test(v);
}

/** Prefixes of real credentials: a value starting with one of these is live whatever the context. */
const KNOWN_TOKEN =
  /^(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|sk_live_|rk_live_|sk-[A-Za-z0-9-_]{20,}|xox[abposr]-|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|glpat-|npm_[A-Za-z0-9]{30,}|SG\.[\w-]{16,}|-----BEGIN)/;

/** A literal that plausibly is a real secret: not empty, not a reference, not a placeholder. */
export function isLiteralSecretValue(value: string): boolean {
  const v = value.trim();
  return v.length >= 4 && !isReference(v) && !isPlaceholder(v);
}

/**
 * Stricter test for contexts where fake values are the norm (test scripts, CI service containers,
 * .env.test): only a known token prefix or a long, mixed, high-entropy string counts.
 */
export function looksLikeLiveSecret(value: string): boolean {
  const v = value.trim();
  if (!isLiteralSecretValue(v)) return false;
  // A PEM header counts only with a key's worth of body: `-----BEGIN PRIVATE KEY-----\nMIIE...` cut
  // short in a test file is a placeholder.
  if (v.startsWith('-----BEGIN')) return pemBodyLength(v) >= 120;
  if (KNOWN_TOKEN.test(v)) return true;
  if (v.length < 20) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return classes >= 3 && shannonEntropy(v) >= 3.5;
}

function pemBodyLength(value: string): number {
  const body = value.replace(/-----(?:BEGIN|END)[A-Z0-9 ]*-----/g, '').replace(/\\n|\s/g, '');
  return /^[A-Za-z0-9+/=]*$/.test(body) ? body.length : 0;
}

function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** Strip one pair of matching surrounding quotes. */
export function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/s.test(v) && v.length >= 2 ? v.slice(1, -1) : v;
}
