#!/usr/bin/env bash
# Builds the solution once and runs every test project, from any directory.
# On a fresh Debian machine it first installs Debian's chromium, which the browser tests drive,
# fonts-dejavu-core, which the PDF documents are set in, and wrk, which the smoke's load run drives.
# Then the benchmarks' smoke (tests/benchmark-smoke.sh, 1,000 cases).
# Ends with one line "tests: N passed, M failed"; exits non-zero if anything failed (the smoke too) or nothing ran.
# Environment: CHROMIUM_PATH (default /usr/bin/chromium), CONFIGURATION (default Debug).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Dozens of test hosts start in parallel; without these each watches its settings files and wwwroot
# with inotify, and a machine's small limit (128 instances per user) makes the next request fail.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=true
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
configuration="${CONFIGURATION:-Debug}"
results_dir="$repo_root/TestResults"
screenshots_dir="$repo_root/tests/TraffickingCare.BrowserTests/bin/$configuration/net10.0/screenshots"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "run.sh: '$*' needs root, and sudo is not available" >&2
    return 1
  fi
}

# The PDF engine loads DejaVu Sans by file path (Reporting:FontFolder); without it the app refuses to start.
dejavu_folder="/usr/share/fonts/truetype/dejavu"

ensure_system_packages() {
  local missing=()
  [ -x "$chromium_path" ] || missing+=(chromium)
  if [ ! -f "$dejavu_folder/DejaVuSans.ttf" ] || [ ! -f "$dejavu_folder/DejaVuSans-Bold.ttf" ]; then
    missing+=(fonts-dejavu-core)
  fi
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  echo "Installing Debian packages the tests need: ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  if [ ! -x "$chromium_path" ]; then
    echo "run.sh: chromium is still missing at $chromium_path (set CHROMIUM_PATH to where it is)" >&2
    return 1
  fi
  if [ ! -f "$dejavu_folder/DejaVuSans.ttf" ] || [ ! -f "$dejavu_folder/DejaVuSans-Bold.ttf" ]; then
    echo "run.sh: DejaVu Sans is still missing from $dejavu_folder" >&2
    return 1
  fi
  if ! command -v wrk >/dev/null 2>&1; then
    echo "run.sh: wrk is still missing (the benchmarks' smoke runs it)" >&2
    return 1
  fi
}

# Sums one count ("Passed" or "Failed") over the per-assembly "Passed!/Failed!" summary lines.
count() {
  { grep -E '^[[:space:]]*(Passed|Failed)!' "$test_log" || true; } \
    | sed -n "s/.*[[:space:]]$1:[[:space:]]*\([0-9][0-9]*\).*/\1/p" \
    | { total=0; while read -r n; do total=$((total + n)); done; echo "$total"; }
}

ensure_system_packages
export CHROMIUM_PATH="$chromium_path"

dotnet tool restore
if ! dotnet build TraffickingCare.sln -c "$configuration"; then
  echo "tests: 0 passed, 0 failed"
  exit 1
fi

rm -rf "$results_dir" "$screenshots_dir"
mkdir -p "$results_dir"
test_log="$results_dir/dotnet-test.log"
test_status=0
# Piped through tee, so the output is plain text with one "Passed!/Failed!" line per test assembly.
# The hang timeout stops a test that hangs; it is longer than the longest test's own bound (CrashSafetyTests: 8
# minutes), so a slow run of that test ends with its own verdict instead of an aborted run.
dotnet test TraffickingCare.sln -c "$configuration" --no-build \
  --results-directory "$results_dir" \
  --logger "trx;LogFilePrefix=tests" --logger "console;verbosity=minimal" \
  --blame-hang-timeout 10m --blame-hang-dump-type none \
  2>&1 | tee "$test_log" || test_status=$?

# Outside the tests' time: the benchmark program and the seed command at 1,000 cases, so they cannot rot.
smoke_status=0
bash "$repo_root/tests/benchmark-smoke.sh" || smoke_status=$?
if [ "$smoke_status" -ne 0 ]; then
  echo "benchmark smoke: failed (exit $smoke_status)"
fi

passed="$(count Passed)"
failed="$(count Failed)"

if [ "$failed" -ne 0 ] && [ -d "$screenshots_dir" ]; then
  echo "Screenshots of failed browser tests: $screenshots_dir"
fi
echo "tests: $passed passed, $failed failed"

if [ "$test_status" -ne 0 ] || [ "$smoke_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$((passed + failed))" -eq 0 ]; then
  exit 1
fi
