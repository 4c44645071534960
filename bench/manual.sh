#!/usr/bin/env bash
# Baseline 1: App Center's published manual procedure, as a user would script it: one curl
# after another for every call and every file, then zip (default compression).
# Usage: manual.sh BASE_URL OWNER/APP OUT.zip   (token in APPCENTER_ACCESS_TOKEN)
set -euo pipefail
base=$1 app=$2 out=$(realpath -m "$3")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d "${TMPDIR:-/tmp}/manual.XXXXXX")
trap 'rm -rf "$work"' EXIT
get() { curl -sS --fail -H "X-API-Token: $APPCENTER_ACCESS_TOKEN" -o "$work/$2" "$base$1"; }
get "/v0.1/apps/$app/test_runs" test_runs.json
for id in $(python3 -c 'import json,sys; print(" ".join(r["id"] for r in json.load(open(sys.argv[1]))))' "$work/test_runs.json"); do
  get "/v0.1/apps/$app/test_runs/$id" "run-$id.json"
  get "/v0.1/apps/$app/test_runs/$id/report" "report-$id.json"
done
get "/v0.1/apps/$app/test/export" export.json
for endpoint in testRuns pipelineTests hashFiles fileSetFiles apps; do
  get "/v0.1/apps/$app/test/export/$endpoint" "export-$endpoint.json"
done
mkdir "$work/files"
n=0
while read -r url; do
  n=$((n + 1))
  curl -sS --fail -o "$work/files/$n" "$url"
done < <(python3 "$here/file_urls.py" "$work")
(cd "$work" && zip -qr "$out" .)
