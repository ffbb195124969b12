#!/usr/bin/env bash
# Downloads the single-file bundle of Microsoft's official Adaptive Cards JavaScript renderer (npm
# adaptivecards) for the browser tests that render every GrowBot card with it. Only
# package/dist/adaptivecards.min.js is extracted; the dependency tree is not installed. Does nothing
# when the file is already there (pass --force to download it again).
set -euo pipefail

VERSION=3.0.6
# SHA-256 of package/dist/adaptivecards.min.js in adaptivecards 3.0.6.
EXPECTED_SHA256=5e7c13f3300ae7b89b34703501e08d709fbb6635f1c6755b92495577a77344f2

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TARGET="$ROOT/tools/adaptivecards/lib/adaptivecards.min.js"

if [ -s "$TARGET" ] && [ "${1:-}" != "--force" ]; then
  echo "The Adaptive Cards renderer is already present: $TARGET"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed; install Node.js and npm, then run $0 again." >&2
  exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 --fetch-timeout=30000 "adaptivecards@$VERSION" >/dev/null)
tar -xzf "$WORK/adaptivecards-$VERSION.tgz" -C "$WORK" package/dist/adaptivecards.min.js

ACTUAL_SHA256=$(sha256sum "$WORK/package/dist/adaptivecards.min.js" | cut -d ' ' -f 1)
if [ "$ACTUAL_SHA256" != "$EXPECTED_SHA256" ]; then
  echo "adaptivecards.min.js has SHA-256 $ACTUAL_SHA256, expected $EXPECTED_SHA256; not installed." >&2
  exit 1
fi

mkdir -p "$(dirname "$TARGET")"
cp "$WORK/package/dist/adaptivecards.min.js" "$TARGET.tmp"
mv "$TARGET.tmp" "$TARGET"
echo "Adaptive Cards renderer $VERSION written to $TARGET"
