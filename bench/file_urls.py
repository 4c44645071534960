#!/usr/bin/env python3
"""Prints every file URL that a folder of App Center answers references, once each.

Used by the manual baseline (which has fetched the answers one curl at a time) and to prepare
the lower bound's URL list. Reads the same fields the export engine downloads.
"""
import json
import pathlib
import sys

FIELDS = ("app_hash_file_url", "dsym_hash_file_url", "app_icon_url", "hash_file_url", "hash_files_url")


def links(value, in_link_context=False):
    if isinstance(value, dict):
        for key, item in value.items():
            context = in_link_context or key.endswith("_url") or key == "artifacts" or key in (
                "device_log", "test_log", "appium_log")
            yield from links(item, context)
    elif isinstance(value, list):
        for item in value:
            yield from links(item, in_link_context)
    elif isinstance(value, str) and in_link_context and value.startswith(("http://", "https://")):
        yield value


def main(folder):
    seen = set()
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        data = json.loads(path.read_text())
        if path.name.startswith("report-") or path.name.startswith("export-"):
            for url in links(data):
                key = url.split("?", 1)[0]
                if key not in seen:
                    seen.add(key)
                    print(url)


if __name__ == "__main__":
    main(sys.argv[1])
