#!/usr/bin/env python3
"""Renders docs/benchmarks.md from the results of bench/run.

Usage: bench/report.py RESULTS_FOLDER
       bench/report.py --section register RESULTS_FOLDER   (the register's section alone)
"""
import json
import os
import pathlib
import platform
import re
import statistics
import subprocess
import sys
import textwrap

args = sys.argv[1:]
section = None
if args[:1] == ["--section"]:
    section, args = args[1], args[2:]
results = pathlib.Path(args[0])


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


def ms(value):
    if value >= 100:
        return f"{value:,.0f} ms"
    return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def wrapped(text, indent=""):
    """`text` as lines of at most 100 characters (a list item's further lines indented), a number
    and its unit on one line."""
    kept = re.sub(r"(\d) (ms|s|MB|events/s)\b", "\\1\0\\2", text)
    return [line.replace("\0", " ") for line in
            textwrap.wrap(kept, width=100, subsequent_indent=indent, break_on_hyphens=False)]


def register(own_run=False):
    """The section for bench/register's results (none when it did not run); `own_run`: measured
    apart from the rest (`BENCH_ONLY=register`), on this computer."""
    path = results / "register.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text())
    requests, events, writers = data["requests"], data["events"], data["append_writers"]
    append, together = data["append"], data["append_at_once"]
    lst, profile, seed = data["list"], data["list_profile"], data["seed"]
    appends = next(iter(append.values()))["count"]
    each = next(iter(together.values()))["count"] // writers
    runs = next(iter(lst.values()))["runs"]
    some = next(iter(profile.values()))
    names = {"postgres_tcp": "PostgreSQL, TCP (127.0.0.1)", "postgres_socket": "PostgreSQL, Unix socket",
             "sqlite": "journal file (SQLite)"}
    lines = ["", "## The team's register (PostgreSQL)", ""]
    if own_run:
        lines += wrapped("This part was measured on a run of its own (`BENCH_ONLY=register make bench`),"
                         f" on {machine()}.") + [""]
    lines += wrapped(
        f"The journal on PostgreSQL {data['postgres']['version'].split()[0]} (a private cluster on this computer,"
        " run as a server would be: `fsync` and `synchronous_commit` on), reached over loopback TCP and over its"
        " Unix socket, against the journal file (SQLite: WAL, `synchronous=FULL`), through the journal's own"
        f" calls (act-journal's example `register_bench`). Each journal first holds {requests:,} requests and"
        f" {events:,} events, written one append at a time, {events // requests} for each request (opened, notes,"
        " an export started and completed, saved, delivered, the copy deleted, closed; some extended, some with"
        " a failed export first, a fifth still open), several requests under way at once.")
    lines += [""]
    lines += wrapped(f"- Append: {appends:,} appends of one note to a request of that journal, one at a time,"
                     f" each timed (after 50 to warm up); then {writers} writers at once, each with its own"
                     f" connection, {each:,} appends each.", "  ")
    lines += wrapped(f"- The list: `Journal::cases` (every event read and folded), {runs}"
                     " times opening the journal for the call, and"
                     f" {runs} times on a journal already open; and as the app lists (`Desk::overview`):"
                     " the requests folded so far kept between calls, the journal opened for the call and"
                     f" only what was written since read and folded (one note before each of {runs} calls).", "  ")
    lines += ["", f"| journal | append p50 | p95 | p99 | max | {writers} writers: p50 | p95 | p99 | appends/s |",
              "|---|---|---|---|---|---|---|---|---|"]
    for name, a in append.items():
        t = together.get(name)
        alone = f"| {names.get(name, name)} | {ms(a['p50_ms'])} | {ms(a['p95_ms'])} | {ms(a['p99_ms'])} | {ms(a['max_ms'])} |"
        lines.append(alone + (f" {ms(t['p50_ms'])} | {ms(t['p95_ms'])} | {ms(t['p99_ms'])} | {t['appends_per_s']:.0f} |"
                              if t else " | | | |"))
    lines += ["", "| journal | as the app lists (kept): p50 / p95 | all read, opened for the call: p50 / p95 |"
                  " all read, already open: p50 / p95 | opening |"
                  " query and rows | bodies' JSON | rest of `events` | fold into requests |",
              "|---|---|---|---|---|---|---|---|---|"]
    for name, l in lst.items():
        p = profile.get(name)
        kept = (f"{ms(l['kept_p50_ms'])} / {ms(l['kept_p95_ms'])}" if "kept_p95_ms" in l else "")
        row = (f"| {names.get(name, name)} | {kept} | {ms(l['fresh_open_p50_ms'])} / {ms(l['fresh_open_p95_ms'])} |"
               f" {ms(l['open_p50_ms'])} / {ms(l['open_p95_ms'])} |")
        lines.append(row + (f" {ms(p['open_ms'])} | {ms(p['query_and_decode_ms'])} | {ms(p['json_parse_ms'])} |"
                            f" {ms(p['events_rest_ms'])} | {ms(p['fold_ms'])} |" if p else " | | | | |"))
    lines += [""]
    lines += wrapped(
        f"The last five columns are where the list's time goes (medians of {some['runs']}): opening the journal"
        " (connecting, checking the schema), the query with its rows decoded into strings (read straight with"
        f" the driver: {some['bytes_read'] / 1e6:.0f} MB), every body's JSON into an event (alone), the rest of"
        " the journal's `events` (the rows and the events held in memory, the events built), and folding the"
        " events into requests (`case::fold`). Writing the journals"
        f" one append at a time took {seed['postgres_tcp_s']:.0f} s on PostgreSQL"
        f" ({seed['postgres_tcp_events_per_s']:.0f} events/s) and {seed['sqlite_s']:.0f} s on the file"
        f" ({seed['sqlite_events_per_s']:.0f} events/s).")
    noted = data.get("record_note")
    if noted:
        lines += [""]
        lines += wrapped(
            "An officer's note as the desk records it (`Journal::record`, which finds the request among the"
            " references, reads and folds only its events through the index on the request, then appends): "
            + " and ".join(
                f"{ms(n['p50_ms'])} (p50) on {'PostgreSQL' if k.startswith('postgres') else 'the file'}"
                for k, n in noted.items()) + ".")
    tcp, listed = append.get("postgres_tcp"), lst.get("postgres_tcp")
    lines += ["", "### Targets", ""]
    if tcp:
        text = (f"- **An append under 20 ms at the 95th percentile** (PostgreSQL over loopback TCP):"
                f" {ms(tcp['p95_ms'])} ({met(tcp['p95_ms'] < 20)}).")
        t = together.get("postgres_tcp")
        if t:
            text += f" With {writers} writers at once: {ms(t['p95_ms'])} ({met(t['p95_ms'] < 20)})."
        lines += wrapped(text, "  ")
    if listed and "kept_p95_ms" in listed:
        text = (f"- **The Requests screen's list under 200 ms** ({listed['requests']:,} requests,"
                f" {listed['events']:,} events, PostgreSQL over TCP, as the app lists, p95):"
                f" {ms(listed['kept_p95_ms'])} ({met(listed['kept_p95_ms'] < 200)}).")
        f = lst.get("sqlite")
        if f and "kept_p95_ms" in f:
            text += f" On the journal file: {ms(f['kept_p95_ms'])} ({met(f['kept_p95_ms'] < 200)})."
        text += (f" The first list after the app starts reads everything: {ms(listed['fresh_open_p95_ms'])}"
                 f" ({met(listed['fresh_open_p95_ms'] < 200)})")
        if f:
            text += f", {ms(f['fresh_open_p95_ms'])} on the file"
        text += "."
        lines += wrapped(text, "  ")
    elif listed:
        text = (f"- **The Requests screen's list under 200 ms** ({listed['requests']:,} requests,"
                f" {listed['events']:,} events, PostgreSQL over TCP, the journal opened for the call as the app"
                f" does, p95): {ms(listed['fresh_open_p95_ms'])} ({met(listed['fresh_open_p95_ms'] < 200)}).")
        f = lst.get("sqlite")
        if f:
            text += f" On the journal file: {ms(f['fresh_open_p95_ms'])} ({met(f['fresh_open_p95_ms'] < 200)})."
        lines += wrapped(text, "  ")
    if requests != 10_000:
        lines += [""] + wrapped(f"(A shorter run: {requests:,} requests and {events:,} events; the targets are"
                                " for 10,000 and 100,000.)")
    return lines


if section == "register":
    print("\n".join(register(own_run=True)[1:]))
    sys.exit(0)

labels = sorted({p.name.rsplit(".", 1)[0] for p in results.glob("*.json") if p.name not in ("long.json", "register.json")},
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
out += register()
out += ["", "## Reproduce", "", "```sh", "make bench            # everything, about 35 minutes on 2 cores",
        "BENCH_QUICK=1 make bench   # \"many small\" only, a 30-second request limit",
        "BENCH_ONLY=register make bench   # the team's register alone (needs PostgreSQL), its section in",
        "                                 # target/bench/register.md", "```", ""]
notes = pathlib.Path(__file__).with_name("analysis.md")
if notes.exists():
    out += [notes.read_text()]
print("\n".join(out))
