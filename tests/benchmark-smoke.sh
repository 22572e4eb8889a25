#!/usr/bin/env bash
# The benchmarks' smoke, run by tests/run.sh after the tests (so it never counts in their time): 1,000
# synthetic cases, then the page benchmark with one timed request a page and the annual report once. It fails
# if a command fails or a page does not answer 200; its figures mean nothing at this size. It keeps the
# seed command and the benchmark program from rotting between the runs at scale (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${CONFIGURATION:-Debug}"
perf="$(mktemp -d)"
trap 'rm -rf "$perf"' EXIT

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Sqlite="Data Source=$perf/perf.db"
export DataProtection__KeyRingPath="$perf/keys"
export Seed__DemoReferrals=0
year="$(( $(date -u +%Y) - 1 ))"

started=$SECONDS
dotnet run --no-build -c "$configuration" --project src/TraffickingCare.Web -- seed --cases 1000
dotnet run --no-build -c "$configuration" --project tests/TraffickingCare.Benchmarks -- --database "$perf/perf.db" --requests 1 --port 5191
dotnet run --no-build -c "$configuration" --project tests/TraffickingCare.Benchmarks -- --database "$perf/perf.db" --report "$year" --requests 1 --port 5191
echo "benchmark smoke: passed in $((SECONDS - started)) s"
