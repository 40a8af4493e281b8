// builder: auto picks buildx where a Docker daemon answers and buildah otherwise, and says why.
import { ConfigurationError } from '../../lib/errors.js';
import { runCommand } from '../../lib/exec.js';
import type { BuilderChoice } from '../inputs.js';
import { BuildahBuilder } from './buildah.js';
import type { Builder } from './builder.js';
import { DockerBuilder, dockerDaemonAnswers } from './docker.js';

export async function buildahAvailable(): Promise<boolean> {
  try {
    return (await runCommand('buildah', ['--version'], { allowFailure: true, timeoutMs: 10000 })).exitCode === 0;
  } catch {
    return false;
  }
}

export async function selectBuilder(
  choice: BuilderChoice,
  probes = { docker: dockerDaemonAnswers, buildah: buildahAvailable },
  wantsArchive = false,
): Promise<{ builder: Builder; reason: string }> {
  if (choice === 'docker') {
    if (!(await probes.docker()))
      throw new ConfigurationError(
        'input `builder` is docker, but no Docker daemon with buildx answers here: use builder: buildah or auto',
      );
    return { builder: new DockerBuilder(), reason: 'builder: docker was asked for' };
  }
  if (choice === 'buildah') {
    if (!(await probes.buildah()))
      throw new ConfigurationError(
        'input `builder` is buildah, but buildah is not installed (apt-get install buildah)',
      );
    return { builder: new BuildahBuilder(), reason: 'builder: buildah was asked for' };
  }
  // push-archive pushes with buildah; writing the archive with it too keeps one tool on both ends, and
  // buildx's default docker driver cannot write an OCI archive at all.
  if (wantsArchive && (await probes.buildah()))
    return {
      builder: new BuildahBuilder(),
      reason: 'an OCI archive was asked for: buildah writes it and later pushes it unchanged',
    };
  if (await probes.docker()) return { builder: new DockerBuilder(), reason: 'a Docker daemon with buildx answers' };
  if (await probes.buildah())
    return { builder: new BuildahBuilder(), reason: 'no Docker daemon answers; buildah builds without one' };
  throw new ConfigurationError(
    'input `builder` is auto, but neither a Docker daemon with buildx nor buildah is available: install buildah (apt-get install buildah) or run on a runner with Docker',
  );
}
