#!/usr/bin/env bash
# Runs every test of the solution. Starts a private PostgreSQL server on 127.0.0.1:5433 for the
# store tests unless GROWBOT_TEST_POSTGRES already names one, and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

export COSMOS_DISABLE_IMDS_ACCESS=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

if [ -z "${GROWBOT_TEST_POSTGRES:-}" ] && [ "${GROWBOT_SKIP_POSTGRES:-}" != "1" ]; then
  eval "$(bash tests/start-postgres.sh)"
  trap 'eval "$GROWBOT_TEST_POSTGRES_STOP" >/dev/null 2>&1 || true' EXIT
fi

# Microsoft Web Chat for the local browser channel and Microsoft's Adaptive Cards renderer for the card
# rendering tests come from npm, one file each. Both scripts do nothing when their file is present.
bash tools/webchat/fetch-webchat.sh
bash tools/adaptivecards/fetch-adaptivecards.sh

dotnet build GrowBot.sln -c Release -warnaserror --nologo -v quiet
dotnet test GrowBot.sln -c Release --no-build --nologo "$@"
