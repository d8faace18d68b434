#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, on a fresh machine, as root, with no stdin:
# PostgreSQL binaries (pg.sh installs them on demand), Chromium, and the npm packages of tests/e2e.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

retry() { # retry N command...: registries here sometimes stall once before answering
  local n=$1; shift
  for ((i = 1; i <= n; i++)); do "$@" && return 0; echo "prereqs: retrying ($i/$n): $*" >&2; sleep 3; done
  return 1
}

if [ "${LIVESALES_SKIP_BROWSER:-}" != 1 ] && ! command -v chromium >/dev/null 2>&1; then
  echo "prereqs: installing chromium (about a minute)" >&2
  retry 3 apt-get update -qq </dev/null >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive retry 3 apt-get install -y -qq chromium </dev/null >/dev/null 2>&1 \
    || echo "prereqs: chromium could not be installed; browser tests will fail" >&2
fi

if [ -f "$root/tests/e2e/package.json" ]; then
  cd "$root/tests/e2e"
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    retry 3 npm ci --no-audit --no-fund --loglevel=error </dev/null >&2 || exit 1
  fi
fi
