#!/usr/bin/env bash
# The benchmarks' smoke, run by tests/run.sh after the tests (so it never counts in their time): 1,000
# synthetic cases, then the page benchmark with one timed request a page (after two, not the warm-up of a run at
# scale), the annual report once, and a short
# load run (wrk, 10 connections, 5 s, case pages of 20 cases with one request in ten a note or a service) and the
# same build loaded in turns with itself (--against). It
# fails if a command fails, a page does not answer 200, or the load run lost a write, left a view unaudited or
# met a server error or a locked database; its figures mean nothing at this size. It keeps the
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
dotnet run --no-build -c "$configuration" --project tests/TraffickingCare.Benchmarks -- --database "$perf/perf.db" --requests 1 --warm-up 2 --port 5191
dotnet run --no-build -c "$configuration" --project tests/TraffickingCare.Benchmarks -- --database "$perf/perf.db" --report "$year" --requests 1 --port 5191
dotnet run --no-build -c "$configuration" --project tests/TraffickingCare.Benchmarks -- --database "$perf/perf.db" --load 5 --connections 10 --spread 20 --mix 10 --port 5191
# Two builds loaded in turns (here the build against itself, one round of 2 s each): the comparison of issue 16.
dotnet run --no-build -c "$configuration" --project tests/TraffickingCare.Benchmarks -- --database "$perf/perf.db" --load 2 --connections 5 --spread 20 --against src/TraffickingCare.Web --rounds 1 --port 5191
echo "benchmark smoke: passed in $((SECONDS - started)) s"
