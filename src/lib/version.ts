// The package version, kept equal to package.json's (test/lib/version.test.ts checks); shown in SARIF and --version.
export const VERSION = '0.1.0';
