#!/usr/bin/env bash
# Baseline 2, the lower bound: the same file URLs fetched by curl, 16 in flight, then stored
# (zip -0). No API calls, no checksums, no scoping: only moving the bytes.
# Usage: lower-bound.sh URLS.txt OUT.zip
set -euo pipefail
urls=$1 out=$(realpath -m "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/lower.XXXXXX")
trap 'rm -rf "$work"' EXIT
nl -ba -w1 -s' ' "$urls" | xargs -P 16 -L 1 sh -c 'curl -sS --fail -o "$0/$1" "$2"' "$work"
(cd "$work" && zip -0 -qr "$out" .)
