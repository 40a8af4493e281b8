// actions/container: Dockerfile (found or generated) → builder → tags and labels → login → build and
// push (or archive) → outputs and summary. Decisions live in the pure modules; this file orders them.
import { join, relative } from 'node:path';
import { writeNewFileInside } from '../lib/files.js';
import { existsNoFollow, readTextInside } from '../lib/read-inside.js';
import * as core from '../lib/runner.js';
import { ConfigurationError, errorMessage } from '../lib/errors.js';
import { redact } from '../lib/redact.js';
import { writeJobSummary } from '../lib/summary.js';
import { BuildahBuilder } from './builders/buildah.js';
import type { Builder } from './builders/builder.js';
import { buildahAvailable, selectBuilder } from './builders/select-builder.js';
import { detectApp } from '../lib/dockerfile/detect-app.js';
import { generateDockerfile, NPMRC_SECRET } from '../lib/dockerfile/generate-dockerfile.js';
import { getInputs, type ContainerInputs } from './inputs.js';
import { secretFilesInContext, secretSpec } from './build-secrets.js';
import { exposedSecretFiles, readIgnoreFile } from './ignore-file.js';
import { computeOciLabels, imageCreatedTime } from './labels.js';
import { isLoopbackRegistry } from './reference.js';
import { renderSummary, type ContainerResult } from './summary.js';
import { computeImageTags } from './tags.js';
import { step, timedStep } from '../lib/action.js';

export async function run(inputs: ContainerInputs = getInputs()): Promise<void> {
  const { references, tags, version } = computeImageTags(inputs.image, inputs.git, inputs.tags, inputs.latest);
  const created = await imageCreatedTime(inputs.workspace);
  const labels = {
    ...computeOciLabels({
      serverUrl: inputs.serverUrl,
      repository: inputs.repository,
      sha: inputs.git.sha,
      version,
      created,
    }),
    ...inputs.labels,
  };
  const tlsVerify = !(inputs.insecure || isLoopbackRegistry(inputs.image.registry));
  const log = (line: string) => core.info(line);

  const result: ContainerResult = {
    builder: '',
    builderReason: '',
    dockerfile: '',
    dockerfileGenerated: false,
    references,
    tags,
    imageId: '',
    digest: '',
    pushed: false,
    pushRequested: Boolean(inputs.push || inputs.pushArchive),
    ociArchive: '',
    pushedArchive: '',
    labels,
    notes: [],
    buildMs: 0,
  };

  let builder: Builder;
  if (inputs.pushArchive) {
    // Pushing an archive is a copy, not a build: buildah does it daemonless on every runner.
    if (!(await buildahAvailable()))
      throw new ConfigurationError('input `push-archive` needs buildah (apt-get install buildah)');
    builder = new BuildahBuilder();
    result.builder = 'buildah';
    result.builderReason = 'push-archive copies the archive with buildah';
    result.dockerfile = '(none: pushing an archive)';
  } else {
    const dockerfile = await step('Dockerfile', async () => prepareDockerfile(inputs, result));
    // A secret file the build context would copy into a layer defeats the secret mount: refuse it.
    const ignoreFile = readIgnoreFile(inputs.workspace, inputs.context, dockerfile);
    const exposed = exposedSecretFiles(inputs.secrets, inputs.context, ignoreFile.text);
    if (exposed.length)
      throw new ConfigurationError(
        `input \`secrets\`: ${exposed.join(', ')} is inside the build context and not in .dockerignore, so a COPY could put it in the image: write it outside the context (e.g. $RUNNER_TEMP) or add it to .dockerignore`,
      );
    result.dockerfile = relative(inputs.workspace, dockerfile) || dockerfile;
    const selected = await selectBuilder(inputs.builder, undefined, Boolean(inputs.ociArchive));
    builder = selected.builder;
    result.builder = builder.name;
    result.builderReason = selected.reason;
  }
  core.info(`builder: ${result.builder} (${result.builderReason})`);
  if (inputs.secrets.length) core.info(`build secrets: ${inputs.secrets.map((s) => s.id).join(', ')} (values masked)`);
  core.setOutput('builder', result.builder);
  core.setOutput('dockerfile-generated', String(result.dockerfileGenerated));

  // Credentials are used for pulls too (a private base image on the same registry), so a
  // build-only run logs in as well when it has them.
  const needsLogin = Boolean(inputs.password);
  let phase = `Login to ${inputs.image.registry}`;
  try {
    if (needsLogin)
      await step(phase, () => builder.login(inputs.image.registry, inputs.username, inputs.password, tlsVerify));
    phase = inputs.pushArchive ? 'Push archive' : inputs.push ? 'Build and push' : 'Build';
    if (inputs.pushArchive) {
      const { value, ms } = await timedStep(phase, () =>
        (builder as BuildahBuilder).pushArchive(inputs.pushArchive, references, tlsVerify, log),
      );
      Object.assign(result, {
        imageId: value.imageId,
        digest: value.digest,
        pushed: true,
        pushedArchive: inputs.pushArchive,
        buildMs: ms,
      });
    } else {
      const { value, ms } = await timedStep(phase, () =>
        builder.build(
          {
            context: inputs.context,
            file: inputs.file,
            references,
            labels,
            buildArgs: inputs.buildArgs,
            platforms: inputs.platforms,
            cacheFrom: inputs.cacheFrom,
            cacheTo: inputs.cacheTo,
            push: inputs.push,
            ociArchive: inputs.ociArchive,
            tlsVerify,
            secrets: inputs.secrets.map(secretSpec),
            target: inputs.target,
            provenance: inputs.provenance,
            sbom: inputs.sbom,
          },
          log,
        ),
      );
      result.imageId = value.imageId;
      // Without a push, the archive's manifest digest is the one a later push-archive run will push.
      result.digest = value.digest || value.archiveDigest;
      result.pushed = inputs.push;
      result.ociArchive = inputs.ociArchive;
      result.notes.push(...value.notes);
      result.buildMs = ms;
    }
  } catch (error) {
    // The summary says what failed and where, as the step's error does, with what was decided before.
    result.failure = { phase, message: redact(errorMessage(error)) };
    await writeJobSummary(renderSummary(result));
    throw error;
  } finally {
    if (needsLogin)
      await builder
        .logout(inputs.image.registry)
        .catch((error) => core.warning(`logout failed: ${errorMessage(error)}`));
  }

  for (const note of result.notes) core.notice(note);
  core.setOutput('digest', result.digest);
  core.setOutput('image-id', result.imageId);
  core.setOutput('tags', references.join('\n'));
  const base = `${inputs.image.registry}/${inputs.image.repository}`;
  core.setOutput('image', result.digest ? `${base}@${result.digest}` : base);
  core.info(
    `${result.pushed ? 'pushed' : 'built'} ${references.join(', ')}${result.digest ? ` (${result.digest})` : ''}`,
  );
  await writeJobSummary(renderSummary(result));
}

/** Use the repository's Dockerfile, or write one for the detected app when `generate` is on. */
function prepareDockerfile(inputs: ContainerInputs, result: ContainerResult): string {
  if (existsNoFollow(inputs.file)) {
    // The builder would block on a FIFO planted as the Dockerfile, or read a link out of the workspace.
    const read = readTextInside(inputs.file, inputs.workspace, 1024 * 1024);
    if ('refused' in read)
      throw new ConfigurationError(
        `${relative(inputs.workspace, inputs.file) || inputs.file} cannot be read: ${read.refused}`,
      );
    core.info(`using ${inputs.file}`);
    return inputs.file;
  }
  const shown = relative(inputs.workspace, inputs.file) || inputs.file;
  if (!inputs.generate)
    throw new ConfigurationError(
      `no Dockerfile at ${shown} and input \`generate\` is false: add a Dockerfile, set \`file\`, or set generate: true`,
    );
  const app = detectApp(inputs.context);
  if (!app)
    throw new ConfigurationError(
      `no Dockerfile at ${shown} and no package.json in \`context\` to generate one from: add a Dockerfile or set \`file\``,
    );
  const generated = generateDockerfile(app, {
    npmrcSecret: inputs.secrets.some((s) => s.id === NPMRC_SECRET),
    secretFiles: secretFilesInContext(inputs.secrets, inputs.context),
  });
  // Written only inside the workspace, never through a link planted at either path.
  writeNewFileInside(inputs.workspace, inputs.file, generated.dockerfile);
  const ignore = join(inputs.context, '.dockerignore');
  if (!existsNoFollow(ignore)) writeNewFileInside(inputs.workspace, ignore, generated.dockerignore);
  result.dockerfileGenerated = true;
  result.notes.push(
    `generated ${shown} for a ${app.kind === 'nextjs' ? 'Next.js' : 'Node.js'} app (${app.packageManager}, port ${app.port}${app.healthPath ? `, health ${app.healthPath}` : ''}): commit it to own it`,
    ...generated.notes,
  );
  core.info(generated.dockerfile);
  return inputs.file;
}
