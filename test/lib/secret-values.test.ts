// The secret heuristics shared by the secrets/* rules: which names are secrets and which values are live.
import {
  hasUrlCredentials,
  isPlaceholder,
  isReference,
  isSecretAssignment,
  looksLikeLiveSecret,
  secretNameStrength,
} from '../../src/lib/secret-values.js';

describe('secret names', () => {
  it.each([
    'NEXTAUTH_SECRET',
    'GITHUB_TOKEN',
    'DB_PASSWORD',
    'STRIPE_SECRET_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'OPENAI_API_KEY',
    'SECRET_KEY_BASE',
    'jwt-secret',
  ])('%s is a strong secret name', (name) => {
    expect(secretNameStrength(name)).toBe('strong');
  });
  it.each(['CACHE_KEY', 'SMTP_PASS', 'DB_PWD'])('%s is weak: it needs a live-looking value', (name) => {
    expect(secretNameStrength(name)).toBe('weak');
    expect(isSecretAssignment(name, 'v1', false)).toBe(false);
    expect(isSecretAssignment(name, 'q7R2xV9mK4pL8sW3nZ6tB1yF5hJ0cD', false)).toBe(true);
  });
  it.each([
    'SECRETS_MANAGER_REGION',
    'TOKEN_EXPIRY',
    'DATABASE_PASSWORD_FILE',
    'NEXT_PUBLIC_STRIPE_KEY',
    'STRIPE_PUBLISHABLE_KEY',
    'AWS_ACCESS_KEY_ID',
    'BYPASS',
    'PORT',
    'TOKENIZERS_PARALLELISM',
  ])('%s is not a secret name', (name) => {
    expect(secretNameStrength(name)).toBeUndefined();
  });
});

describe('secret values', () => {
  it('treats references as not literal', () => {
    for (const v of ['$SECRET', '${SECRET}', '${{ secrets.TOKEN }}', 'env("X")']) expect(isReference(v)).toBe(true);
    expect(isReference('abc$def')).toBe(false);
  });
  it('knows placeholders and local defaults', () => {
    for (const v of ['', 'changeme', 'your-api-key', '<token>', 'xxxxxxxx', 'postgres', 'test-secret', '123456'])
      expect(isPlaceholder(v)).toBe(true);
    expect(isPlaceholder('12345678901234567890123456789012')).toBe(false);
  });
  it('calls long mixed strings and known token prefixes live, short or uniform ones not', () => {
    expect(looksLikeLiveSecret('q7R2xV9mK4pL8sW3nZ6tB1yF5hJ0cD')).toBe(true);
    expect(looksLikeLiveSecret('sk_live_' + 'a'.repeat(24))).toBe(true);
    expect(looksLikeLiveSecret('test-jwt-secret')).toBe(false);
    expect(looksLikeLiveSecret('aaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(false);
  });
  it('finds passwords in connection URLs, not placeholders or references', () => {
    expect(hasUrlCredentials('postgres://app:Zq8vW2pLk9@db:5432/app')).toBe(true);
    expect(hasUrlCredentials('postgres://postgres:postgres@localhost/test')).toBe(false);
    expect(hasUrlCredentials('postgres://app:${DB_PASSWORD}@db/app')).toBe(false);
    expect(hasUrlCredentials('https://example.com/a:b@c')).toBe(false);
    expect(hasUrlCredentials('postgres://app:Zq8vW2pLk9@db/app', true)).toBe(false); // strict: too short to look live
  });
});
