#!/usr/bin/env bash
# Runs every check and test of IntegrationHub and ends with the line "N passed, N failed".
# It installs what is missing on a fresh Debian machine first; run it as root or with sudo rights there.
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*"; }

install_prerequisites() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK 10 is required (see global.json) and is not on PATH; install it and run ./test.sh again." >&2
    exit 1
  fi
  local missing=()
  # chromium is Debian's browser that the console's Playwright tests drive.
  for package in python3 curl jq chromium; do
    command -v "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

install_prerequisites
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=TestResults
rm -rf "$results"
failed_steps=0

log "Restoring packages"
dotnet restore IntegrationHub.slnx || exit 1

log "Checking formatting (dotnet format --verify-no-changes)"
if ! dotnet format IntegrationHub.slnx --verify-no-changes --no-restore; then
  echo "Formatting differs; run 'dotnet format IntegrationHub.slnx' and commit the result." >&2
  failed_steps=$((failed_steps + 1))
fi

log "Building"
dotnet build IntegrationHub.slnx --no-restore -warnaserror || exit 1

log "Running tests"
dotnet test IntegrationHub.slnx --no-build --logger "trx" --results-directory "$results"
test_exit=$?

summary=$(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
print(passed, failed, skipped)
PY
)
read -r passed failed skipped <<<"$summary"

if [ "$failed_steps" -gt 0 ]; then
  failed=$((failed + failed_steps))
fi
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "No test ran." >&2
  failed=1
fi

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
