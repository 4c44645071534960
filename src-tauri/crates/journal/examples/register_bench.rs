//! The team's register, measured (issue 25, point 8): how long one append takes on PostgreSQL
//! over loopback TCP and over the Unix socket, against a journal file (SQLite), alone and with 4
//! writers at once; and how long the Requests screen's list takes (`Journal::cases`, what
//! `act_desk::Desk::cases` calls) with 10,000 requests and 100,000 events, on PostgreSQL and on
//! a journal file. Prints one JSON object (`bench/register` keeps it in
//! target/bench/register.json, `bench/report.py` renders it).
//!
//! The PostgreSQL cluster is act-test-support's private one, started as a server runs
//! (`fsync` on) and listening on 127.0.0.1 as well as on its socket
//! (`act_test_support::postgres::loopback_cluster`); the journal file is in a temporary
//! folder. Both are seeded through the journal's public calls, one append at a time, as the
//! officers would have written them.
//!
//! The order: seed, then the list (10,000 requests, 100,000 events exactly), then where the
//! list's time goes (the query, the events' JSON, the fold), then the appends (to a request of
//! the seeded journal: a register in use, not an empty one).
//!
//! `REGISTER_BENCH_REQUESTS` (10000), `REGISTER_BENCH_APPENDS` (2000) and
//! `REGISTER_BENCH_RUNS` (20) make a shorter run; events are 10 per request.

use std::error::Error;
use std::sync::Barrier;
use std::time::{Duration, Instant};

use act_journal::{case, Channel, EventKind, Folding, Journal, Location, Right};
use act_test_support::postgres::loopback_cluster;
use serde_json::{json, Value};
use time::{Date, Month, OffsetDateTime};

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// Events per request in the seeded journal.
const EVENTS_PER_REQUEST: usize = 10;
/// Writers at once in the concurrent part.
const WRITERS: usize = 4;
/// Appends before the timed ones (connections and caches warm).
const WARM_UP: usize = 50;
/// Runs of each part of the list's profile.
const PROFILE_RUNS: usize = 5;

fn setting(name: &str, default: usize) -> Result<usize> {
    match std::env::var(name) {
        Ok(value) => Ok(value.parse()?),
        Err(_) => Ok(default),
    }
}

fn main() -> Result<()> {
    let requests = setting("REGISTER_BENCH_REQUESTS", 10_000)?;
    let appends = setting("REGISTER_BENCH_APPENDS", 2_000)?;
    let runs = setting("REGISTER_BENCH_RUNS", 20)?;

    let cluster = loopback_cluster().ok_or("PostgreSQL is not installed (initdb not found)")?;
    let database = cluster.database();
    let tcp_url = cluster
        .tcp_address("postgres", &database)
        .ok_or("the cluster does not listen on TCP")?;
    let tcp = Location::parse(&tcp_url)?;
    let socket = Location::parse(&cluster.address("postgres", &database))?;
    let folder = tempfile::tempdir()?;
    let file = Location::File(folder.path().join("journal.sqlite"));

    let backends = [("postgres_tcp", &tcp), ("sqlite", &file)];
    let mut seed = serde_json::Map::new();
    for (name, location) in backends {
        eprintln!("register bench: seeding {name} ({requests} requests)");
        let (took, paces) = seeded(location, requests)?;
        let seconds = took.as_secs_f64();
        seed.insert(format!("{name}_s"), json!(round(seconds)));
        seed.insert(
            format!("{name}_events_per_s"),
            json!(round((requests * EVENTS_PER_REQUEST) as f64 / seconds)),
        );
        seed.insert(format!("{name}_events_per_s_by_tenth"), json!(paces));
    }

    let mut list = serde_json::Map::new();
    let mut profile = serde_json::Map::new();
    for (name, location) in backends {
        eprintln!("register bench: the list on {name}");
        list.insert(name.into(), listed(location, runs)?);
        let raw = match name {
            "sqlite" => Raw::File(location),
            _ => Raw::Postgres(&tcp_url),
        };
        profile.insert(name.into(), profiled(location, &raw)?);
    }

    // Appends go to a seeded request, the one opened last (a register in use).
    let reference = reference(requests - 1);
    let mut append = serde_json::Map::new();
    let mut concurrent = serde_json::Map::new();
    for (name, location) in [
        ("postgres_tcp", &tcp),
        ("postgres_socket", &socket),
        ("sqlite", &file),
    ] {
        eprintln!("register bench: {appends} appends on {name}, alone and {WRITERS} at once");
        append.insert(name.into(), appended(location, &reference, appends)?);
        concurrent.insert(
            name.into(),
            appended_at_once(location, &reference, appends / WRITERS)?,
        );
    }
    // What an officer's note costs through the desk: `record` finds the request first (the
    // whole list), then appends.
    let mut noted = serde_json::Map::new();
    for (name, location) in backends {
        let mut journal = Journal::open(location)?;
        let times = timed(runs, || {
            journal.record(Some(&reference), note(0, "added through record"))?;
            Ok(())
        })?;
        noted.insert(name.into(), latencies(&times));
    }

    let result = json!({
        "requests": requests,
        "events": requests * EVENTS_PER_REQUEST,
        "postgres": {
            "version": server_version(cluster, &database),
            "fsync": "on",
            "synchronous_commit": "on",
        },
        "sqlite": {"journal_mode": "wal", "synchronous": "full"},
        "seed": seed,
        "list": list,
        "list_profile": profile,
        "append": append,
        "append_writers": WRITERS,
        "append_at_once": concurrent,
        "record_note": noted,
    });
    println!("{}", serde_json::to_string_pretty(&result)?);
    Ok(())
}

/// The request number `i`'s reference.
fn reference(i: usize) -> String {
    format!("DSR-{:05}", i + 1)
}

fn note(i: usize, what: &str) -> EventKind {
    EventKind::NoteAdded {
        note: format!(
            "Call {i} with the requester's contact: {what}; they asked that the answer go to the address on file"
        ),
    }
}

/// A hex string of 64 digits made from `seed` (a stand-in SHA-256).
fn digest(seed: usize) -> String {
    format!("{:016x}", seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)).repeat(4)
}

/// The `step`th event (0: opened) of request `i`, received on `received`: what an officer
/// records for a request, most answered and closed, some extended, some exports failing
/// first, some still open.
fn event(i: usize, step: usize, received: Date) -> EventKind {
    let app = format!("northwind-qa/client-{}", i % 37);
    let run_ids: Vec<String> = (0..3)
        .map(|r| format!("{:08x}-4a1b-4c2d-8e3f-{:012x}", i * 7 + r, i * 13 + r))
        .collect();
    let date = |days: i64| act_journal::due::iso(received + time::Duration::days(days));
    let open = i.is_multiple_of(5);
    let archive = format!("/home/officer/Documents/act-export-{}.zip", reference(i));
    match step {
        0 => EventKind::CaseOpened {
            subject: format!("Client {} Ltd", i % 997),
            right: if i.is_multiple_of(4) {
                Right::Portability
            } else {
                Right::Access
            },
            received: date(0),
            due: act_journal::due::iso(act_journal::due_date(received, 0)),
        },
        1 => note(i, "identity checked against the contract"),
        2 if i.is_multiple_of(6) => EventKind::ExportFailed {
            app,
            code: "network".into(),
        },
        2 if i % 6 == 1 => EventKind::Extended {
            months: 1,
            told_on: date(10),
            reason: "the client's runs span several apps and years".into(),
            due: act_journal::due::iso(act_journal::due_date(received, 1)),
        },
        2 => note(i, "scope agreed: the client's own test runs"),
        3 => EventKind::ExportStarted {
            app,
            run_ids: run_ids.clone(),
        },
        4 => EventKind::ExportCompleted {
            app,
            run_ids,
            runs: 3,
            files: 7,
            entries: 19,
            excluded_records: 2,
            bytes: 4_718_592 + i as u64,
            archive_sha256: digest(i),
            manifest_sha256: digest(i + 1),
            version: "1.4.0".into(),
            operator: "officer@example.org".into(),
            protected: i.is_multiple_of(2),
            papers: Some(papers(i).to_string()),
        },
        5 => EventKind::Saved {
            path: archive,
            archive_sha256: digest(i),
            computer: Some(format!("LAPTOP-{}", i % 7)),
        },
        6 if open => note(i, "waiting for the requester to confirm the address"),
        6 => EventKind::Delivered {
            channel: if i.is_multiple_of(3) {
                Channel::Portal
            } else {
                Channel::Email
            },
            recipient: format!("privacy@client-{}.example", i % 997),
            on: date(20),
            password_sent: i.is_multiple_of(2).then(|| "by text message".to_string()),
        },
        7 => EventKind::LocalCopyDeleted {
            path: archive,
            computer: Some(format!("LAPTOP-{}", i % 7)),
        },
        8 => note(i, "answer acknowledged by the requester"),
        _ if open => note(i, "reminder set for the due date"),
        _ => EventKind::Closed {},
    }
}

/// Writes `requests` requests of [`EVENTS_PER_REQUEST`] events each into the new journal at
/// `location`, several requests under way at a time (their events interleaved, as in a
/// register in use), stamped over two years; how long it took, and the pace (events a second)
/// of each tenth.
fn seeded(location: &Location, requests: usize) -> Result<(Duration, Vec<f64>)> {
    /// A request's steps are this many slots apart (about 5 requests under way at once).
    const SPREAD: usize = 5;
    let mut order: Vec<(usize, usize, usize)> = (0..requests)
        .flat_map(|i| (0..EVENTS_PER_REQUEST).map(move |step| (i + step * SPREAD, i, step)))
        .collect();
    order.sort_unstable();
    let first = Date::from_calendar_date(2024, Month::January, 1)?;
    let start = OffsetDateTime::new_utc(first, time::Time::MIDNIGHT);
    let span = 2 * 365 * 24 * 3600 / order.len().max(1) as i64;
    let mut journal = Journal::open(location)?;
    let began = Instant::now();
    let tenth = (order.len() / 10).max(1);
    let (mut paces, mut lap) = (Vec::new(), Instant::now());
    for (n, &(_, i, step)) in order.iter().enumerate() {
        let received = first + time::Duration::days((i * 730 / requests.max(1)) as i64);
        let at = start + time::Duration::seconds(n as i64 * span);
        let at = at.format(&time::format_description::well_known::Rfc3339)?;
        journal.append_at(Some(&reference(i)), event(i, step, received), &at)?;
        if (n + 1) % tenth == 0 {
            let pace = tenth as f64 / lap.elapsed().as_secs_f64();
            eprintln!(
                "register bench: {} of {} events, {pace:.0} a second",
                n + 1,
                order.len()
            );
            paces.push(round(pace));
            lap = Instant::now();
        }
    }
    Ok((began.elapsed(), paces))
}

/// The list as the app asks for it (the journal opened for the call, then `cases`) and on a
/// journal already open, `runs` times each.
fn listed(location: &Location, runs: usize) -> Result<Value> {
    let mut requests = 0;
    let fresh = timed(runs, || {
        requests = Journal::open(location)?.cases()?.len();
        Ok(())
    })?;
    let journal = Journal::open(location)?;
    let open = timed(runs, || {
        requests = journal.cases()?.len();
        Ok(())
    })?;
    // As the app lists (`Desk::overview`): the requests folded so far are kept between calls,
    // and each call opens the journal and reads only what was written since: here one note,
    // appended before each timed call.
    let events = journal.head()?.map_or(0, |h| h.events);
    let mut kept = Folding::default();
    Journal::open(location)?.refresh(&mut kept)?;
    let mut writer = Journal::open(location)?;
    let mut kept_times = Vec::with_capacity(runs);
    for run in 0..runs {
        writer.append(Some(&reference(0)), note(run, "kept"))?;
        let started = Instant::now();
        Journal::open(location)?.refresh(&mut kept)?;
        requests = kept.cases().len();
        kept_times.push(started.elapsed());
    }
    let (fresh, open, kept) = (latencies(&fresh), latencies(&open), latencies(&kept_times));
    Ok(json!({
        "requests": requests,
        "events": events,
        "runs": runs,
        "fresh_open_p50_ms": fresh["p50_ms"],
        "fresh_open_p95_ms": fresh["p95_ms"],
        "fresh_open_max_ms": fresh["max_ms"],
        "open_p50_ms": open["p50_ms"],
        "open_p95_ms": open["p95_ms"],
        "open_max_ms": open["max_ms"],
        "kept_p50_ms": kept["p50_ms"],
        "kept_p95_ms": kept["p95_ms"],
        "kept_max_ms": kept["max_ms"],
    }))
}

/// Where the list's time goes (medians of [`PROFILE_RUNS`]): opening the journal, the query
/// alone (every row decoded into strings, read straight with the driver on a connection
/// already open), each body's JSON into an event alone, the journal's `events` in all (the
/// query, the JSON, the rows and events held), and the fold into requests.
fn profiled(location: &Location, raw: &Raw<'_>) -> Result<Value> {
    let open = timed(PROFILE_RUNS, || {
        Journal::open(location)?;
        Ok(())
    })?;
    let (query, bytes) = raw_rows(raw, PROFILE_RUNS, None)?;
    let mut bodies = Vec::new();
    raw_rows(raw, 1, Some(&mut bodies))?;
    let parse = timed(PROFILE_RUNS, || {
        for body in &bodies {
            std::hint::black_box(serde_json::from_str::<EventKind>(body)?);
        }
        Ok(())
    })?;
    let journal = Journal::open(location)?;
    let events = timed(PROFILE_RUNS, || {
        std::hint::black_box(journal.events()?);
        Ok(())
    })?;
    let recorded = journal.events()?;
    let fold = timed(PROFILE_RUNS, || {
        std::hint::black_box(case::fold(&recorded));
        Ok(())
    })?;
    let median = |times: &[Duration]| round(ms(percentile(times, 0.5)));
    Ok(json!({
        "runs": PROFILE_RUNS,
        "open_ms": median(&open),
        "query_and_decode_ms": median(&query),
        "json_parse_ms": median(&parse),
        "events_ms": median(&events),
        "events_rest_ms": round(median(&events) - median(&query) - median(&parse)),
        "fold_ms": median(&fold),
        "bytes_read": bytes,
    }))
}

/// A journal read straight with its driver.
enum Raw<'a> {
    File(&'a Location),
    /// The register's address (the cluster's: trusted, no password).
    Postgres(&'a str),
}

/// The query the journal reads its events with, each column decoded into a string, `runs`
/// times on one connection, each timed; and the bytes of a run. With `keep`, the bodies are
/// kept there.
fn raw_rows(
    raw: &Raw<'_>,
    runs: usize,
    mut keep: Option<&mut Vec<String>>,
) -> Result<(Vec<Duration>, usize)> {
    const QUERY: &str =
        "SELECT seq, at, case_ref, kind, body, prev, hash FROM {events} ORDER BY seq";
    let mut bytes = 0;
    let times = match raw {
        Raw::File(location) => {
            let path = location.file().ok_or("not a journal file")?;
            let conn = rusqlite::Connection::open(path)?;
            let mut statement = conn.prepare(&QUERY.replace("{events}", "events"))?;
            timed(runs, || {
                bytes = 0;
                let mut rows = statement.query([])?;
                while let Some(row) = rows.next()? {
                    let seq: i64 = row.get(0)?;
                    let strings: Vec<Option<String>> = (1..7)
                        .map(|c| row.get(c))
                        .collect::<std::result::Result<_, _>>()?;
                    bytes += size(seq, &strings);
                    kept(&mut keep, &strings);
                }
                Ok(())
            })?
        }
        Raw::Postgres(url) => {
            let url = url.to_string();
            let query = QUERY.replace("{events}", "act_export.events");
            // The driver runs a runtime of its own: on a thread of its own, as the journal.
            std::thread::scope(|scope| {
                scope
                    .spawn(|| -> Result<Vec<Duration>> {
                        let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
                        timed(runs, || {
                            bytes = 0;
                            for row in client.query(&query, &[])? {
                                let seq: i64 = row.get(0);
                                let strings: Vec<Option<String>> =
                                    (1..7).map(|c| row.get(c)).collect();
                                bytes += size(seq, &strings);
                                kept(&mut keep, &strings);
                            }
                            Ok(())
                        })
                    })
                    .join()
                    .map_err(|_| "the query's thread panicked")?
            })
            .map_err(|e| e.to_string())?
        }
    };
    Ok((times, bytes))
}

/// Keeps a row's body (its fourth string) in `keep`, if any.
fn kept(keep: &mut Option<&mut Vec<String>>, strings: &[Option<String>]) {
    if let (Some(keep), Some(Some(body))) = (keep, strings.get(3)) {
        keep.push(body.clone());
    }
}

/// The bytes of one row as read.
fn size(seq: i64, strings: &[Option<String>]) -> usize {
    std::hint::black_box(seq).to_string().len()
        + strings.iter().flatten().map(String::len).sum::<usize>()
}

/// `appends` appends of one note to `reference`, one at a time, each timed (after
/// [`WARM_UP`]).
fn appended(location: &Location, reference: &str, appends: usize) -> Result<Value> {
    let mut journal = Journal::open(location)?;
    for i in 0..WARM_UP {
        journal.append(Some(reference), note(i, "warming up"))?;
    }
    let mut i = 0;
    let times = timed(appends, || {
        i += 1;
        journal.append(Some(reference), note(i, "timed"))?;
        Ok(())
    })?;
    Ok(latencies(&times))
}

/// [`WRITERS`] writers at once, each with its own journal (its own connection), each
/// `appends` appends to `reference`, each timed; all the times together.
fn appended_at_once(location: &Location, reference: &str, appends: usize) -> Result<Value> {
    let start = Barrier::new(WRITERS);
    let writers = std::thread::scope(|scope| {
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| {
                let start = &start;
                scope.spawn(move || -> Result<(Instant, Vec<Duration>, Instant)> {
                    let mut journal = Journal::open(location)?;
                    for i in 0..WARM_UP / WRITERS {
                        journal.append(Some(reference), note(i, "warming up"))?;
                    }
                    start.wait();
                    let began = Instant::now();
                    let mut i = 0;
                    let times = timed(appends, || {
                        i += 1;
                        journal.append(Some(reference), note(w * appends + i, "at once"))?;
                        Ok(())
                    })?;
                    Ok((began, times, Instant::now()))
                })
            })
            .collect();
        writers
            .into_iter()
            .map(|writer| writer.join().map_err(|_| "a writer panicked")?)
            .collect::<Result<Vec<_>>>()
    })?;
    let began = writers.iter().map(|w| w.0).min().ok_or("no writers")?;
    let ended = writers.iter().map(|w| w.2).max().ok_or("no writers")?;
    let all: Vec<Duration> = writers.into_iter().flat_map(|w| w.1).collect();
    let mut result = latencies(&all);
    result["writers"] = json!(WRITERS);
    result["appends_per_s"] = json!(round(
        all.len() as f64 / ended.duration_since(began).as_secs_f64()
    ));
    Ok(result)
}

/// `f` run `runs` times, each timed.
fn timed(runs: usize, mut f: impl FnMut() -> Result<()>) -> Result<Vec<Duration>> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let began = Instant::now();
        f()?;
        times.push(began.elapsed());
    }
    Ok(times)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The `p` quantile of `times` (nearest rank).
fn percentile(times: &[Duration], p: f64) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort_unstable();
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len().max(1));
    sorted.get(rank - 1).copied().unwrap_or_default()
}

/// p50, p95, p99, max and mean of `times`, in milliseconds.
fn latencies(times: &[Duration]) -> Value {
    let mean = times.iter().map(|d| ms(*d)).sum::<f64>() / times.len().max(1) as f64;
    json!({
        "count": times.len(),
        "p50_ms": round(ms(percentile(times, 0.50))),
        "p95_ms": round(ms(percentile(times, 0.95))),
        "p99_ms": round(ms(percentile(times, 0.99))),
        "max_ms": round(ms(times.iter().copied().max().unwrap_or_default())),
        "mean_ms": round(mean),
    })
}

/// The server's version (`SHOW server_version`).
fn server_version(cluster: &act_test_support::postgres::Cluster, database: &str) -> String {
    let url = cluster.address("postgres", database);
    std::thread::spawn(move || {
        postgres::Client::connect(&url, postgres::NoTls)
            .and_then(|mut client| client.query_one("SHOW server_version", &[]))
            .map(|row| row.get::<_, String>(0))
            .unwrap_or_default()
    })
    .join()
    .unwrap_or_default()
}

/// The letter and the ledger an export records (as large as a real one's: a letter of about
/// 3 kB, one app with four endpoints).
fn papers(i: usize) -> serde_json::Value {
    let paragraph = |text: String| serde_json::json!({"kind": "paragraph", "text": text});
    let mut letter = vec![serde_json::json!({"kind": "heading", "text": "Your test data"})];
    letter.extend((0..12).map(|n| {
        paragraph(format!(
            "Paragraph {n} of the letter answering request DSR-{i:05}: what we hold about you, \
             why, for how long, who received it and where it came from, in plain words."
        ))
    }));
    let records = ["testRuns", "testReports", "deviceLogs", "screenshots"].map(|endpoint| {
        serde_json::json!({
            "endpoint": endpoint, "received": 40, "kept": 12, "excluded": 28,
            "left_out": ["28 records of other test runs"],
        })
    });
    serde_json::json!({
        "letter": letter,
        "apps": [{
            "app": "contoso/checkout", "name": "Checkout", "runs": 3, "files": 7,
            "records": records, "missing_files": 0,
            "links_not_fetched": {}, "links_not_followed": {},
        }],
    })
}
