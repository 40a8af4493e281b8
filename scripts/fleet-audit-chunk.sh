#!/usr/bin/env bash
# One matrix job of the fleet workflow: for each owner/name in REPOSITORIES (space-separated), a
# shallow clone of its default branch and `shipshape audit --format json --repository owner/name`
# into REPORTS_DIR/owner__name.json. The clones are untrusted: nothing in them runs (no hooks, no
# submodules, no LFS smudge filter that would fetch from a URL the repository names). The token
# reaches git through GIT_CONFIG_* variables, never a command line, and is masked first.
# A repository that cannot be cloned or audited is a warning annotation, and the job fails at the end
# after every other repository of the chunk has its report.
set -euo pipefail

: "${REPOSITORIES:?REPOSITORIES must list owner/name repositories}"
: "${REPORTS_DIR:?REPORTS_DIR must name the folder for the reports}"
server="${SERVER_URL:-https://github.com}"
server="${server%/}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shipshape="${SHIPSHAPE_BIN:-$here/../bin/shipshape.js}"
clone_timeout="${CLONE_TIMEOUT:-300}"

if [ -n "${TOKEN:-}" ]; then
  basic="$(printf 'x-access-token:%s' "$TOKEN" | base64 | tr -d '\n')"
  echo "::add-mask::$basic"
  export GIT_CONFIG_COUNT=1
  export GIT_CONFIG_KEY_0="http.$server/.extraheader"
  export GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $basic"
fi
export GIT_TERMINAL_PROMPT=0 GIT_LFS_SKIP_SMUDGE=1

mkdir -p "$REPORTS_DIR"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

for repo in $REPOSITORIES; do
  if ! [[ $repo =~ ^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9_.-]+$ ]] || [[ $repo == */. || $repo == */.. ]]; then
    echo "::warning title=shipshape fleet::skipped \`$repo\`: not owner/name"
    failed=$((failed + 1))
    continue
  fi
  name="${repo//\//__}"
  dest="$work/$name"
  echo "::group::$repo"
  if ! timeout "$clone_timeout" git -c core.hooksPath=/dev/null clone --quiet --depth 1 --single-branch --no-tags \
    --no-recurse-submodules "$server/$repo.git" "$dest"; then
    echo "::endgroup::"
    echo "::warning title=shipshape fleet::$repo: the clone failed; no report"
    failed=$((failed + 1))
    continue
  fi
  if ! node "$shipshape" audit "$dest" --format json --fail-on none --repository "$repo" \
    --output "$REPORTS_DIR/$name.json"; then
    echo "::warning title=shipshape fleet::$repo: the audit failed; no report"
    failed=$((failed + 1))
  fi
  rm -rf "$dest"
  echo "::endgroup::"
done

if [ "$failed" -gt 0 ]; then
  echo "::error title=shipshape fleet::$failed of the chunk's repositories have no report (see the warnings above)"
  exit 1
fi
