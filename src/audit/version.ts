// Kept in step with package.json by hand at release time; shown in SARIF and `shipshape --version`.
export const VERSION = '0.1.0';
