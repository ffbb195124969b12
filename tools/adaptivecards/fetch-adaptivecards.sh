#!/usr/bin/env bash
# Downloads the single-file bundle of Microsoft's official Adaptive Cards JavaScript renderer (npm
# adaptivecards 3.0.6) for the browser tests that render every GrowBot card with it. Does nothing when the
# file is already there (pass --force to download it again).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# The SHA-256 is that of package/dist/adaptivecards.min.js in adaptivecards 3.0.6.
exec bash "$ROOT/tools/fetch-npm-file.sh" adaptivecards 3.0.6 dist/adaptivecards.min.js \
  5e7c13f3300ae7b89b34703501e08d709fbb6635f1c6755b92495577a77344f2 \
  "$ROOT/tools/adaptivecards/lib/adaptivecards.min.js" "The Adaptive Cards renderer" "${1:-}"
