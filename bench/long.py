#!/usr/bin/env python3
"""Long exports (part of `make bench`): the defaults against fixed parallelism at 0, 30 and
100 ms; a 300-run export against the enforced request limit; a 30-run export against a limit
stricter than the documented one and against the documented one (the pace learned from the
service's answers); resuming after 90% of "large".
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

# Absolute: the program takes XDG_DATA_HOME (below) only when it is.
act, results = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
out = results / "out"
out.mkdir(parents=True, exist_ok=True)
quick = os.environ.get("BENCH_QUICK") == "1"
app = "northwind-qa/bench-app"
# The data folder the program shares its pace of API calls through (as the desktop app's):
# the benchmark's own, never the user's.
env = dict(os.environ, APPCENTER_ACCESS_TOKEN="sample-token-2f8e4c1a9b7d4e06",
           XDG_DATA_HOME=str(results / "data"))


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


fresh_folders = iter(range(1_000_000))


def fresh_data():
    """A data folder of its own: an export with it has the documented budget of API calls to
    itself, and discovers the limit anew (as the first export of a user would)."""
    return results / "data" / f"fresh-{next(fresh_folders)}"


def export(base, out_file, *flags, progress=None, data=None):
    """Runs one export (with a data folder of its own unless `data` is given); returns its wall
    time in seconds."""
    for p in [out_file, progress]:
        if p and p.exists():
            p.unlink()
    cmd = [act, "export", app, "--all-runs", "--out", str(out_file), "--base-url", base, *flags]
    if progress:
        cmd += ["--progress-file", str(progress)]
    began = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   env=dict(env, XDG_DATA_HOME=str(data or fresh_data())))
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


def api_calls(archive):
    """The API calls an archive's manifest lists, and their attempts in all."""
    with zipfile.ZipFile(archive) as z:
        calls = [c for c in json.loads(z.read("manifest.json"))["calls"] if c["operation"] != "download"]
    return len(calls), sum(c["attempts"] for c in calls)


def export_runs(base, out_file, runs, data):
    """Exports `runs` of the benchmark app with `data` as the data folder (the pace's state);
    returns the wall time in seconds."""
    if out_file.exists():
        out_file.unlink()
    cmd = [act, "export", app, "--out", str(out_file), "--base-url", base]
    for run in runs:
        cmd += ["--run", run]
    began = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=dict(env, XDG_DATA_HOME=str(data)))
    return time.monotonic() - began


def pace():
    """A 30-run export (every tenth run of "many-runs", 300 runs) at the default starting pace
    (500/300s) against the sample server enforcing 40 requests per 10 s, stricter than App
    Center documents, and 500 per 5 minutes, the documented limit, three times each, each time
    against a new server with an empty state folder (first contact); against 40/10 s once more
    with the state the first export left, after one window (a restart, or the next export). The same export with
    no limit at all (each against a new server too) gives the floor."""
    listing = Server("many-runs")
    found = subprocess.run([act, "runs", app, "--json", "--base-url", listing.base], check=True,
                           capture_output=True, env=env).stdout
    listing.close()
    runs = [r["id"] for r in json.loads(found)][::10][:30]
    # Each against a new server, as the limited ones (its first answers are slower), taking
    # turns with the exports against 500/300s (so that whatever else the machine does weighs
    # on both alike).
    floors = []

    def floor_run():
        free = Server("many-runs")
        floors.append(export_runs(free.base, out / "pace.zip", runs, fresh_data()))
        free.close()

    rows = []
    for limit in ["500/300s", "40/10s"]:
        requests, window = limit.rstrip("s").split("/")
        requests, window = int(requests), float(window)
        for _ in range(3):
            if limit == "500/300s":
                floor_run()
            floor = statistics.median(floors)
            server = Server("many-runs", "--rate-limit", limit)
            data = fresh_data()
            tries = [("first contact", 0)] + ([("learned", window)] if window < 60 else [])
            mine = []
            for label, wait in tries:
                time.sleep(wait)
                seconds = export_runs(server.base, out / "pace.zip", runs, data)
                calls, attempts = api_calls(out / "pace.zip")
                # The least a sliding window allows: a window's worth at once, the next a window on.
                least = ((calls - 1) // requests) * window
                # The least a token bucket (a window's worth at once, then the rate) allows.
                rate_least = max(0.0, (calls - requests) / requests * window)
                mine.append({"limit": limit, "run": label, "seconds": seconds, "api_calls": calls,
                             "answered_429": attempts - calls, "window_minimum": least,
                             "rate_minimum": rate_least, "floor": floor,
                             "minimum": max(least, floor)})
                print(f"bench: pace {limit} ({label}): {calls} API calls, {seconds:.1f} s, "
                      f"{attempts - calls} answered 429 (window minimum {least:.1f} s, floor {floor:.2f} s)",
                      flush=True)
            # Each retry was a 429 (the only failure on loopback): the server agrees.
            counted = server.close()
            assert counted == sum(r["answered_429"] for r in mine), (counted, mine)
            rows += mine
    floor = statistics.median(floors)
    for row in rows:
        row["floor"], row["minimum"] = floor, max(row["window_minimum"], floor)
    return {"runs": len(runs), "floor": floor, "floors": floors, "rows": rows, "discovery": discovery()}


def discovery():
    """What meeting a service for the first time costs: "many small" at 30 ms (its ~110 API
    calls go a few at a time until the service has admitted them once), against the same
    export with the state a first one left (the next export, as the first run of hyperfine
    leaves it for the others)."""
    server = Server("many-small", "--latency-ms", "30")
    export(server.base, out / "warm.zip")  # the server's caches
    first, again = [], []
    for _ in range(3 if quick else 5):
        data = fresh_data()
        first.append(export(server.base, out / "d.zip", data=data))
        again.append(export(server.base, out / "d.zip", data=data))
    server.close()
    print(f"bench: first contact at 30 ms {statistics.median(first):.2f} s, the next export "
          f"{statistics.median(again):.2f} s", flush=True)
    return {"first": first, "again": again}


def resume_once(profile, *server_flags):
    """A full export, then one killed once 90% of its bytes are in and run again."""
    server = Server(profile, *server_flags)
    full_progress = out / "full.progress.jsonl"
    full = export(server.base, out / "full.zip", progress=full_progress)
    # The killed export and the one that continues it are one user's: they share their pace.
    data = fresh_data()
    total = json.loads(full_progress.read_text().splitlines()[-1])["bytes_total"]
    target = out / "resumed.zip"
    progress = out / "resume.progress.jsonl"
    for p in [target, progress]:
        if p.exists():
            p.unlink()
    proc = subprocess.Popen([act, "export", app, "--all-runs", "--out", str(target), "--base-url", server.base,
                             "--progress-file", str(progress)], stdout=subprocess.DEVNULL,
                            env=dict(env, XDG_DATA_HOME=str(data)))
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
    again = export(server.base, target, data=data)
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


# BENCH_LONG_ONLY=tuning (or rate_limit, pace, resume) measures that part again and keeps the
# others from the last run.
parts = {"tuning": tuning, "rate_limit": rate_limit, "pace": pace, "resume": resume}
only = os.environ.get("BENCH_LONG_ONLY")
previous = results / "long.json"
report = json.loads(previous.read_text()) if only and previous.exists() else {"quick": quick}
for name, measure in parts.items():
    if not only or name == only:
        report[name] = measure()
(results / "long.json").write_text(json.dumps(report, indent=2))
