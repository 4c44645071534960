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


def pace_lines(data):
    """The section for bench/long.py's pace part: a 30-run export against a stricter limit and
    the documented one."""
    p = data.get("pace")
    if not p:
        return []
    lines = ["", "## A limit stricter than the documented one", "",
             f"A {p['runs']}-run export (every tenth run of \"many-runs\") at the default starting pace",
             "(`--rate-limit 500/300s`) against the sample server enforcing `--rate-limit 40/10s` and",
             "`500/300s`, three times each, each time against a new server with an empty state folder (first",
             "contact), and against 40/10 s once more, one window later, with the state the first export left",
             "(a restart, or the next export). The same export against no limit at all (a new server each time)",
             f"takes {p['floor']:.2f} s (median of 3). \"Least\" is what the limit allows at best: a sliding",
             "window (the sample server's) admits a window's worth at once and the next a window later; a token",
             "bucket (a window's worth at once, then the rate, the reckoning that gives 14.5 s for 98 calls under",
             "40/10 s) would allow it sooner, shown for comparison. Elapsed",
             "(the median of the three) is compared with the larger of the sliding window's least and the",
             "export with no limit; answered 429 is the most of the three.", "",
             "| limit | export | API calls | answered 429 (most) | elapsed (median) | least (sliding window) | least (token bucket) | elapsed / least |",
             "|---|---|---|---|---|---|---|---|"]
    groups = {}
    for r in p["rows"]:
        groups.setdefault((r["limit"], r["run"]), []).append(r)
    summary = []
    for (limit, run), rs in groups.items():
        r = dict(rs[0], seconds=statistics.median(x["seconds"] for x in rs),
                 answered_429=max(x["answered_429"] for x in rs), runs=len(rs))
        summary.append(r)
        lines.append(f"| {limit} | {run} | {r['api_calls']} | {r['answered_429']} | {r['seconds']:.2f} s |"
                     f" {r['window_minimum']:.1f} s | {r['rate_minimum']:.1f} s | {r['seconds'] / r['minimum']:.2f}x |")
    d = p.get("discovery")
    if d:
        lines += ["", f"Meeting a service for the first time: \"many small\" at 30 ms, its API calls a few at a time"
                      f" until the service has admitted them once: {statistics.median(d['first']):.2f} s (median of"
                      f" {len(d['first'])}); the next export, with the state the first one left:"
                      f" {statistics.median(d['again']):.2f} s."]
    lines += ["", "### Targets", ""]
    for r in summary:
        if r["run"] != "first contact":
            continue
        if r["limit"].startswith("40/"):
            ok = r["answered_429"] <= 3 and r["seconds"] <= 1.25 * r["minimum"] + 2
            lines.append(f"- **40/10 s: at most 3 answers 429, at most 1.25x the least + 2 s**: {r['answered_429']}"
                         f" answered 429, {r['seconds']:.2f} s against {1.25 * r['minimum'] + 2:.2f} s ({met(ok)}).")
        else:
            ok = r["answered_429"] == 0 and r["seconds"] <= r["minimum"] + 2
            lines.append(f"- **{r['limit']}: no 429, at most 1.0x the least + 2 s**: {r['answered_429']} answered"
                         f" 429, {r['seconds']:.2f} s against {r['minimum'] + 2:.2f} s ({met(ok)}).")
    return lines


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
    return lines + pace_lines(data)


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
