#!/usr/bin/env bash
# Extracts one file from an npm package tarball (`npm pack`, so the dependency tree is not installed),
# checks its SHA-256 and writes it to TARGET. Does nothing when TARGET exists, unless --force is given.
# Usage: fetch-npm-file.sh PACKAGE VERSION PATH_IN_PACKAGE SHA256 TARGET LABEL [--force]
set -euo pipefail

PACKAGE=$1 VERSION=$2 FILE=$3 EXPECTED_SHA256=$4 TARGET=$5 LABEL=$6 FORCE=${7:-}

if [ -s "$TARGET" ] && [ "$FORCE" != "--force" ]; then
  echo "$LABEL is already present: $TARGET"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed; install Node.js and npm, then run this script again." >&2
  exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 --fetch-timeout=30000 "$PACKAGE@$VERSION" >/dev/null)
tar -xzf "$WORK/$PACKAGE-$VERSION.tgz" -C "$WORK" "package/$FILE"

ACTUAL_SHA256=$(sha256sum "$WORK/package/$FILE" | cut -d ' ' -f 1)
if [ "$ACTUAL_SHA256" != "$EXPECTED_SHA256" ]; then
  echo "$FILE of $PACKAGE $VERSION has SHA-256 $ACTUAL_SHA256, expected $EXPECTED_SHA256; not installed." >&2
  exit 1
fi

mkdir -p "$(dirname "$TARGET")"
cp "$WORK/package/$FILE" "$TARGET.tmp"
mv "$TARGET.tmp" "$TARGET"
echo "$LABEL $VERSION written to $TARGET"
