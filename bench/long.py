#!/usr/bin/env python3
"""Long exports (part of `make bench`): the defaults against fixed parallelism at 0, 30 and
100 ms; a 300-run export against the enforced request limit; resuming after 90% of "large".
Writes target/bench/long.json for bench/report.py. BENCH_QUICK=1 runs a smaller version.

Usage: bench/long.py ACT_EXPORT_BINARY RESULTS_FOLDER
"""
import json
import os
import pathlib
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import zipfile

act, results = sys.argv[1], pathlib.Path(sys.argv[2])
out = results / "out"
out.mkdir(parents=True, exist_ok=True)
quick = os.environ.get("BENCH_QUICK") == "1"
app = "northwind-qa/bench-app"
env = dict(os.environ, APPCENTER_ACCESS_TOKEN="sample-token-2f8e4c1a9b7d4e06")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    def __init__(self, profile, *flags):
        self.port = free_port()
        self.log = out / f"server-{self.port}.log"
        with open(self.log, "w") as log:
            self.proc = subprocess.Popen([act, "sample-server", "--profile", profile, "--port", str(self.port),
                                          *flags], stdout=log, stderr=subprocess.STDOUT, env=env)
        self.base = f"http://127.0.0.1:{self.port}"
        # Ready when it says so (a request to see whether it answers would count against the
        # rate limit it enforces).
        for _ in range(400):
            if "Sample App Center API at" in self.log.read_text():
                return
            if self.proc.poll() is not None:
                sys.exit(f"bench: the sample server stopped: {self.log.read_text()}")
            time.sleep(0.025)
        sys.exit("bench: the sample server did not start")

    def close(self):
        """Stops the server; returns how many requests it answered 429."""
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(timeout=10)
        found = re.search(r"\((\d+) answered 429", self.log.read_text())
        return int(found.group(1)) if found else None


def export(base, out_file, *flags, progress=None):
    """Runs one export; returns its wall time in seconds."""
    for p in [out_file, progress]:
        if p and p.exists():
            p.unlink()
    cmd = [act, "export", app, "--all-runs", "--out", str(out_file), "--base-url", base, *flags]
    if progress:
        cmd += ["--progress-file", str(progress)]
    began = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.monotonic() - began


def tuning():
    """The defaults against --parallel N --steady, for N in 8, 16, 32, 64. The settings take
    turns (one run of each, then the next round), so that whatever else the machine is doing
    (the disk still writing out the previous benchmark's archives) weighs on all of them alike."""
    rows = []
    settings = [("defaults", [])] + [(f"--parallel {n} --steady", ["--parallel", str(n), "--steady"])
                                      for n in (8, 16, 32, 64)]
    runs = 3 if quick else 5
    for latency in (0, 30, 100):
        server = Server("many-small", "--latency-ms", str(latency))
        times = {name: [] for name, _ in settings}
        for name, flags in settings:
            export(server.base, out / "warm.zip", *flags)  # the server's caches and ours
        for _ in range(runs):
            for name, flags in settings:
                times[name].append(export(server.base, out / "t.zip", *flags))
        server.close()
        best = min(statistics.median(t) for n, t in times.items() if n != "defaults")
        rows.append({"latency_ms": latency, "times": times,
                     "ratio": statistics.median(times["defaults"]) / best})
        print(f"bench: tuning at {latency} ms: defaults {statistics.median(times['defaults']):.2f} s, "
              f"best fixed {best:.2f} s", flush=True)
    return rows


def rate_limit():
    """A 300-run export against App Center's documented limit, 500 requests per 5 minutes, the
    server enforcing it (in a quick run: 500 per 30 seconds)."""
    window = 30 if quick else 300
    limit = f"500/{window}s"
    server = Server("many-runs", "--rate-limit", limit)
    progress = out / "rate.progress.jsonl"
    seconds = export(server.base, out / "rate.zip", "--rate-limit", limit, progress=progress)
    answered_429 = server.close()
    events = [json.loads(l) for l in progress.read_text().splitlines() if l.strip()]
    retries = max(e.get("retries", 0) for e in events)
    with zipfile.ZipFile(out / "rate.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    api_calls = sum(1 for c in manifest["calls"] if c["operation"] != "download")
    attempts = sum(c["attempts"] for c in manifest["calls"] if c["operation"] != "download")
    # The least time a sliding window allows: all at once for each 500, a window apart.
    minimum = ((api_calls - 1) // 500) * window
    print(f"bench: {api_calls} API calls under {limit}: {seconds:.1f} s, {answered_429} answered 429, "
          f"{retries} retries", flush=True)
    return {"limit": limit, "api_calls": api_calls, "attempts": attempts, "retries": retries,
            "answered_429": answered_429, "seconds": seconds, "minimum": minimum}


def resume_once(profile, *server_flags):
    """A full export, then one killed once 90% of its bytes are in and run again."""
    server = Server(profile, *server_flags)
    full_progress = out / "full.progress.jsonl"
    full = export(server.base, out / "full.zip", progress=full_progress)
    total = json.loads(full_progress.read_text().splitlines()[-1])["bytes_total"]
    target = out / "resumed.zip"
    progress = out / "resume.progress.jsonl"
    for p in [target, progress]:
        if p.exists():
            p.unlink()
    proc = subprocess.Popen([act, "export", app, "--all-runs", "--out", str(target), "--base-url", server.base,
                             "--progress-file", str(progress)], stdout=subprocess.DEVNULL, env=env)
    killed_at = None
    while proc.poll() is None and killed_at is None:
        time.sleep(0.01)
        try:
            last = progress.read_text().splitlines()[-1]
            done = json.loads(last)["bytes_done"]
        except (OSError, IndexError, ValueError):
            continue
        if done >= 0.9 * total:
            proc.kill()
            killed_at = done / total
    proc.wait()
    if killed_at is None:
        sys.exit("bench: the export finished before it could be stopped at 90%")
    staged = out / ".resumed.zip.act-export"
    left = sum(f.stat().st_size for f in (staged / "downloads").glob("*.part")) if staged.exists() else 0
    in_archive = (staged / "archive.partial").stat().st_size if (staged / "archive.partial").exists() else 0
    again = export(server.base, target)
    server.close()
    subprocess.run([act, "verify", str(target)], check=True, stdout=subprocess.DEVNULL, env=env)
    link = " ".join(server_flags) or "loopback"
    print(f"bench: resume ({link}) after {killed_at:.0%}: {again:.2f} s against {full:.2f} s in full", flush=True)
    return {"profile": profile, "link": link, "full": full, "resumed": again, "killed_at": killed_at,
            "ratio": again / full, "staged_archive_bytes": in_archive, "staged_download_bytes": left}


def resume():
    """Resuming after 90% of "large": over a 40 MB/s link (320 Mbit/s, a fast office line to
    the storage) and on this computer's loopback, where the local disk is the slowest part."""
    if quick:
        return [resume_once("many-small")]
    return [resume_once("large", "--bandwidth", "40"), resume_once("large")]


# BENCH_LONG_ONLY=tuning (or rate_limit, resume) measures that part again and keeps the others
# from the last run.
parts = {"tuning": tuning, "rate_limit": rate_limit, "resume": resume}
only = os.environ.get("BENCH_LONG_ONLY")
report = json.loads((results / "long.json").read_text()) if only else {"quick": quick}
for name, measure in parts.items():
    if not only or name == only:
        report[name] = measure()
(results / "long.json").write_text(json.dumps(report, indent=2))
