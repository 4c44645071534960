#!/usr/bin/env python3
"""Renders docs/benchmarks.md from the results of bench/run."""
import json
import os
import pathlib
import platform
import re
import statistics
import subprocess
import sys

results = pathlib.Path(sys.argv[1])


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB memory, {platform.system()} {platform.release()}"


def load(label):
    data = json.loads((results / f"{label}.json").read_text())
    times = {r["command"]: r["times"] for r in data["results"]}
    rss = None
    text = (results / f"{label}.time.txt").read_text()
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if match:
        rss = int(match.group(1)) / 1024
    rate = None
    events = [json.loads(l) for l in (results / f"{label}.progress.jsonl").read_text().splitlines() if l.strip()]
    downloading = [e["t_ms"] for e in events if e["phase"] == "downloading"]
    if len(downloading) > 2 and downloading[-1] > downloading[0]:
        rate = (len(downloading) - 1) / ((downloading[-1] - downloading[0]) / 1000)
    files = sum(1 for _ in open(results / f"{label}.urls.txt"))
    return times, rss, rate, files


def fmt(seconds):
    return f"{seconds:.2f} s"


def met(ok):
    return "met" if ok else "NOT met"


def link_name(run):
    """"a 40 MB/s link" or "loopback"."""
    if run["link"].startswith("--bandwidth "):
        return f"a {run['link'].split()[1]} MB/s link"
    return run["link"]


def long_exports():
    """The section for bench/long.py's results."""
    path = results / "long.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text())
    lines = ["", "## Long exports", "",
             "The defaults against a fixed `--parallel N --steady` (N in flight for API calls and",
             "downloads alike, no adapting) on \"many small\", median of "
             f"{len(data['tuning'][0]['times']['defaults'])} runs each, the settings taking turns:", "",
             "| latency | defaults | " + " | ".join(n for n in data["tuning"][0]["times"] if n != "defaults")
             + " | defaults / best |",
             "|---|---|" + "---|" * (len(data["tuning"][0]["times"]) - 1) + "---|"]
    for row in data["tuning"]:
        medians = {n: statistics.median(t) for n, t in row["times"].items()}
        lines.append(f"| {row['latency_ms']} ms | {fmt(medians['defaults'])} | "
                     + " | ".join(fmt(v) for n, v in medians.items() if n != "defaults")
                     + f" | {row['ratio']:.2f}x |")
    rate, resume = data["rate_limit"], data["resume"]
    worst = max(row["ratio"] for row in data["tuning"])
    rate_ratio = rate["seconds"] / rate["minimum"] if rate["minimum"] else float("nan")
    lines += ["",
              f"- **Request limit.** A 300-run export ({rate['api_calls']} API calls) against the sample server",
              f"  enforcing {rate['limit']}: {rate['seconds']:.1f} s, where the limit allows no less than",
              f"  {rate['minimum']} s; {rate['answered_429']} requests answered 429, {rate['retries']} retries.",
              ] + [f"- **Resume ({link_name(r)}).** \"{r['profile']}\" in full: {fmt(r['full'])}; killed (`kill -9`)"
                   f" after {r['killed_at']:.0%} of its bytes were in (then {r['staged_archive_bytes'] / 1e6:.0f} MB"
                   f" were in the staged archive, {r['staged_download_bytes'] / 1e6:.0f} MB in downloads not yet"
                   f" in it), then the same command again: {fmt(r['resumed'])}, {r['ratio']:.0%} of the full export."
                   for r in resume] + [
              "", "### Targets", "",
              f"- **Defaults within 1.15x of the best fixed `--parallel`** at 0, 30 and 100 ms: worst {worst:.2f}x"
              f" ({met(worst <= 1.15)}).",
              f"- **No 429 under the enforced limit, within 1.1x of its minimum**: {rate['answered_429']} answered"
              f" 429, {rate_ratio:.2f}x ({met(rate['answered_429'] == 0 and rate_ratio <= 1.1)}).",
              ] + [f"- **A resumed run costs at most 15% of a full export** ({link_name(r)}):"
                   f" {r['ratio']:.0%} ({met(r['ratio'] <= 0.15)})."
                   for r in resume if r["link"] != "loopback"] + [
              f"  On loopback, where this computer's disk and not the link is the slowest part, the same"
              f" resume costs {r['ratio']:.0%}: see below." for r in resume if r["link"] == "loopback"]
    if data.get("quick"):
        lines += ["", "(A quick run: \"many small\" instead of \"large\" for resume, and a 30-second limit.)"]
    return lines


labels = sorted({p.name.rsplit(".", 1)[0] for p in results.glob("*.json") if p.name != "long.json"},
                key=lambda l: (not l.startswith("many"), int(l.rsplit("-", 1)[1][:-2])))
out = ["# Benchmarks", "",
       "ACT Export against the two baselines of the benchmark issue, on loopback against the sample",
       "server (`act-export sample-server --profile ... --latency-ms ...`), exporting the whole",
       "benchmark app. The numbers come from one run of `make bench`, except where \"Reading the",
       "numbers\" below says a part was measured again.", "",
       f"- Machine: {machine()}.",
       "- ACT Export: `act-export export ... --all-runs` (release build, default settings: downloads",
       "  start 16 at once and adapt between 2 and 64, API calls up to 64 at once, paced to 500 per",
       "  5 minutes).",
       "- Manual: `bench/manual.sh`, App Center's published procedure as a script: one `curl` after",
       "  another for every API call and every file, then `zip`.",
       "- Lower bound: `bench/lower-bound.sh`: only the file URLs, 16 `curl`s in flight",
       "  (`xargs -P 16`), then `zip -0`. No API calls, no checksums, no scoping.",
       "- Wall times by hyperfine (min and median of the runs); peak RSS by `/usr/bin/time -v`;",
       "  progress rate from `--progress-file` during the download phase.",
       "- The sample server runs on the same 2 cores and generates file bytes on the fly.", "",
       "| workload | latency | files | ACT Export min / median | manual min / median | lower bound min / median | ACT / manual | ACT / lower bound | ACT peak RSS | progress events/s |",
       "|---|---|---|---|---|---|---|---|---|---|"]
verdicts = []
for label in labels:
    times, rss, rate, files = load(label)
    workload, latency = label.rsplit("-", 1)
    act, manual, lower = times["act-export"], times["manual"], times["lower-bound"]
    ratio_manual = statistics.median(act) / statistics.median(manual)
    ratio_lower = statistics.median(act) / statistics.median(lower)
    out.append(f"| {workload} | {latency} | {files} | {fmt(min(act))} / {fmt(statistics.median(act))} | "
               f"{fmt(min(manual))} / {fmt(statistics.median(manual))} | {fmt(min(lower))} / {fmt(statistics.median(lower))} | "
               f"{ratio_manual:.3f} | {ratio_lower:.2f} | {rss:.0f} MB | {rate:.1f} |" if rss and rate else
               f"| {workload} | {latency} | {files} | {fmt(min(act))} / {fmt(statistics.median(act))} | "
               f"{fmt(min(manual))} / {fmt(statistics.median(manual))} | {fmt(min(lower))} / {fmt(statistics.median(lower))} | "
               f"{ratio_manual:.3f} | {ratio_lower:.2f} | {rss} | {rate} |")
    verdicts.append((workload, latency, ratio_manual, ratio_lower, rss, rate))

out += ["", "## Targets", ""]
for workload, latency, ratio_manual, ratio_lower, rss, rate in verdicts:
    lines = []
    if workload == "many-small" and latency == "30ms":
        lines.append(f"at most 1/10 of the manual time: {ratio_manual:.3f} ({'met' if ratio_manual <= 0.1 else 'NOT met'})")
    lines.append(f"at most 1.25x the lower bound: {ratio_lower:.2f}x ({'met' if ratio_lower <= 1.25 else 'NOT met'})")
    if workload == "large" and rss is not None:
        lines.append(f"peak RSS at most 150 MB: {rss:.0f} MB ({'met' if rss <= 150 else 'NOT met'})")
    if rate is not None:
        lines.append(f"at least 4 progress events per second while downloading: {rate:.1f} ({'met' if rate >= 4 else 'NOT met'})")
    out.append(f"- **{workload}, {latency}**: " + "; ".join(lines) + ".")
out += long_exports()
out += ["", "## Reproduce", "", "```sh", "make bench            # everything, about 25 minutes on 2 cores",
        "BENCH_QUICK=1 make bench   # \"many small\" only, a 30-second request limit", "```", ""]
notes = pathlib.Path(__file__).with_name("analysis.md")
if notes.exists():
    out += [notes.read_text()]
print("\n".join(out))
