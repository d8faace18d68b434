#!/usr/bin/env bash
# Runs every LiveSales test and ends with one line: "N passed, N failed, N skipped".
# Installs and starts what the tests need (PostgreSQL, Chromium, npm packages) on a fresh machine.
set -uo pipefail
cd "$(dirname "$0")"
root=$PWD
run=$root/.data/test-run
logs=$run/logs
mkdir -p "$logs"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0 failed=0 skipped=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + $3)); }
check() { # check NAME command...: a build step that counts as one test
  local name=$1; shift
  if "$@" >"$logs/$name.log" 2>&1; then count 1 0 0; else echo "FAILED: $name (see $logs/$name.log)"; tail -30 "$logs/$name.log"; count 0 1 0; fi
}

scripts/prereqs.sh || echo "test.sh: prerequisites incomplete"

# A private PostgreSQL for this run, on a free port, removed at the end.
pg_port=""
for try in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 20000))
  rm -rf "$run/pg"
  if PG_EXTRA_OPTS="-c max_connections=500" scripts/pg.sh start "$run/pg" "$port" >"$run/pg-conn" 2>"$logs/pg.log"; then
    pg_port=$port; break
  fi
done
if [ -z "$pg_port" ]; then echo "test.sh: PostgreSQL did not start"; cat "$logs/pg.log"; echo "0 passed, 1 failed, 0 skipped"; exit 1; fi
trap 'scripts/pg.sh stop "$run/pg"' EXIT
export LIVESALES_TEST_DB
LIVESALES_TEST_DB=$(cat "$run/pg-conn")

restore() { for i in 1 2 3; do timeout 300 dotnet restore LiveSales.sln && return 0; echo "restore stalled, retrying"; done; return 1; }
check restore restore
check build dotnet build LiveSales.sln -c Release --no-restore
check format dotnet format LiveSales.sln --verify-no-changes --no-restore

# .NET test assemblies.
dotnet test LiveSales.sln -c Release --no-build 2>&1 | tee "$logs/dotnet-test.log" | grep -E "^(Passed|Failed|Skipped)! |^\s+Failed |\[FAIL\]|Error Message" || true
while read -r f p s; do count "$p" "$f" "$s"; done < <(
  grep -Eo "(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$logs/dotnet-test.log" |
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+)/\1 \2 \3/')
if grep -q "Test Run Aborted\|The active test run was aborted" "$logs/dotnet-test.log"; then echo "FAILED: a test host crashed"; count 0 1 0; fi

# Benchmark drivers at their smoke sizes (the full sizes are run by hand; see README).
check benchmarks-smoke dotnet tests/LiveSales.Benchmarks/bin/Release/net10.0/LiveSales.Benchmarks.dll all --smoke

# Node tests: the reference GraphQL implementation, real SignalR and GraphQL clients, a real browser.
if [ -f tests/e2e/package.json ]; then
  (cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
     --test-reporter=tap --test-reporter-destination="$logs/e2e.tap" ) >"$logs/e2e.log" 2>&1
  grep -E "^✖|not ok" "$logs/e2e.log" | head -40 || true
  e2e_pass=$(grep -Eo "^# pass [0-9]+" "$logs/e2e.tap" | grep -Eo "[0-9]+" || echo 0)
  e2e_fail=$(grep -Eo "^# fail [0-9]+" "$logs/e2e.tap" | grep -Eo "[0-9]+" || echo 0)
  e2e_skip=$(grep -Eo "^# skipped [0-9]+" "$logs/e2e.tap" | grep -Eo "[0-9]+" || echo 0)
  if [ -z "$(grep -E '^# pass' "$logs/e2e.tap" 2>/dev/null)" ]; then echo "FAILED: node tests did not run (see $logs/e2e.log)"; tail -20 "$logs/e2e.log"; e2e_fail=1; fi
  count "$e2e_pass" "$e2e_fail" "$e2e_skip"
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
