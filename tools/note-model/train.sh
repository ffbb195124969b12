#!/usr/bin/env bash
# Retrains the built-in analyser's note model from the labelled notes listed in
# src/GrowBot.Coaching/Notes/Learning/Training/training-set.txt and writes the embedded model
# src/GrowBot.Coaching/Notes/Learning/note-model.json. Run it from anywhere after changing the
# training notes, the lexicon or the feature extraction, then rebuild.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LIST="$ROOT/src/GrowBot.Coaching/Notes/Learning/Training/training-set.txt"
MODEL="$ROOT/src/GrowBot.Coaching/Notes/Learning/note-model.json"

INPUTS=()
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  INPUTS+=("$ROOT/$line")
done < "$LIST"

dotnet run --project "$ROOT/src/GrowBot.Web" --no-launch-profile -- train-analyser --out "$MODEL" "${INPUTS[@]}"
