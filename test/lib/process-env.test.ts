// The app Lighthouse starts is the repository's code: it runs without the runner's credentials
// (cache/artifact/OIDC/results services) and without the step's INPUT_* values.
import { startProcessGroup } from '../../src/lib/process.js';

const RUNNER_ONLY = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example.test/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example.test/',
  ACTIONS_RESULTS_URL: 'https://results.example.test/',
  INPUT_GITHUB_TOKEN: 'ghs_inputtoken',
  INPUT_URLS: 'http://localhost:3000/',
};

test('a started app sees the job environment but no runner credential and no INPUT_*', async () => {
  Object.assign(process.env, RUNNER_ONLY, { APP_SETTING: 'kept' });
  try {
    const app = startProcessGroup(
      process.execPath,
      [
        '-e',
        'console.log(JSON.stringify(Object.keys(process.env).filter((k) => /^(ACTIONS_|INPUT_|APP_SETTING|EXTRA)/.test(k)).sort()))',
      ],
      { env: { EXTRA: 'given by the action' } },
    );
    for (let i = 0; i < 100 && !app.exit; i++) await new Promise((r) => setTimeout(r, 50));
    await app.stop();
    expect(JSON.parse(app.tail(1)[0])).toEqual(['APP_SETTING', 'EXTRA']);
  } finally {
    for (const k of [...Object.keys(RUNNER_ONLY), 'APP_SETTING']) delete process.env[k];
  }
});
