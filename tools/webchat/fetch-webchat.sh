#!/usr/bin/env bash
# Downloads the single-file bundle of Microsoft Web Chat (npm botframework-webchat 4.18.1) for the local
# browser channel of GrowBot. Does nothing when the file is already there (pass --force to download it again).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# The SHA-256 is that of package/dist/webchat.js in botframework-webchat 4.18.1.
exec bash "$ROOT/tools/fetch-npm-file.sh" botframework-webchat 4.18.1 dist/webchat.js \
  0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff \
  "$ROOT/src/GrowBot.LocalChannel/wwwroot/lib/webchat.js" "Web Chat" "${1:-}"
