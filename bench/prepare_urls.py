#!/usr/bin/env python3
"""Lists an app's file URLs through the API (untimed set-up for the lower bound).

Usage: prepare_urls.py BASE_URL OWNER/APP > urls.txt   (token in APPCENTER_ACCESS_TOKEN)
"""
import json
import os
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import file_urls  # noqa: E402


def get(base, path):
    request = urllib.request.Request(base + path, headers={"X-API-Token": os.environ["APPCENTER_ACCESS_TOKEN"]})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def main(base, app):
    with tempfile.TemporaryDirectory() as folder:
        def save(name, data):
            with open(os.path.join(folder, name), "w") as out:
                json.dump(data, out)
        for run in get(base, f"/v0.1/apps/{app}/test_runs"):
            save(f"report-{run['id']}.json", get(base, f"/v0.1/apps/{app}/test_runs/{run['id']}/report"))
        for endpoint in ("testRuns", "pipelineTests", "hashFiles", "fileSetFiles", "apps"):
            save(f"export-{endpoint}.json", get(base, f"/v0.1/apps/{app}/test/export/{endpoint}"))
        file_urls.main(folder)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
