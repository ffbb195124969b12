#!/usr/bin/env bash
# Downloads the single-file bundle of Microsoft Web Chat (npm botframework-webchat) for the local
# browser channel of GrowBot. Only package/dist/webchat.js is extracted; the dependency tree is not
# installed. Does nothing when the file is already there (pass --force to download it again).
set -euo pipefail

VERSION=4.18.1
# SHA-256 of package/dist/webchat.js in botframework-webchat 4.18.1.
EXPECTED_SHA256=0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TARGET="$ROOT/src/GrowBot.LocalChannel/wwwroot/lib/webchat.js"

if [ -s "$TARGET" ] && [ "${1:-}" != "--force" ]; then
  echo "Web Chat is already present: $TARGET"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed; install Node.js and npm, then run $0 again." >&2
  exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 --fetch-timeout=30000 "botframework-webchat@$VERSION" >/dev/null)
tar -xzf "$WORK/botframework-webchat-$VERSION.tgz" -C "$WORK" package/dist/webchat.js

ACTUAL_SHA256=$(sha256sum "$WORK/package/dist/webchat.js" | cut -d ' ' -f 1)
if [ "$ACTUAL_SHA256" != "$EXPECTED_SHA256" ]; then
  echo "webchat.js has SHA-256 $ACTUAL_SHA256, expected $EXPECTED_SHA256; not installed." >&2
  exit 1
fi

mkdir -p "$(dirname "$TARGET")"
cp "$WORK/package/dist/webchat.js" "$TARGET.tmp"
mv "$TARGET.tmp" "$TARGET"
echo "Web Chat $VERSION written to $TARGET"
