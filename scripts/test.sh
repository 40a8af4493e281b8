#!/usr/bin/env bash
# The test command, `npm test` (README, and .ci/run): installs the Debian packages the tests use when they are
# missing (as root, or through sudo), then runs the whole suite. Extra arguments go to jest.
set -euo pipefail
cd "$(dirname "$0")/.."

# The one list of system packages the tests run for real: buildah + docker-registry + busybox-static
# (container), PostgreSQL 15 + MariaDB + sqlite3 (migrate-deploy), Chromium (lighthouse, the fleet
# report), shellcheck (our own shell scripts), strace (what the audit opens on hostile repositories), git.
packages=(git buildah docker-registry busybox-static postgresql-15 postgresql-client-15 mariadb-server mariadb-client
  sqlite3 chromium shellcheck strace fuse-overlayfs uidmap)

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "scripts/test.sh: missing system packages (${missing[*]}) and no apt-get to install them" >&2
    exit 1
  fi
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "scripts/test.sh: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "installing: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[[ -d node_modules ]] || npm ci --no-audit --no-fund
exec npm run test:jest -- "$@"
