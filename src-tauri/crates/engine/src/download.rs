//! Downloading the planned files into files in a downloads folder, handing each to the archive
//! writer. Each file is hashed as it arrives; a file whose bytes equal an already archived
//! one's is not stored twice (its links say "the same content"). How many downloads run at
//! once adapts to what the link gives ([`Concurrency`]); a link that expired (403 or 410) is
//! asked for anew once ([`Refresher`]); a file an earlier run began continues where it stopped.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use act_api::{strip_query, BaseUrl, Client, DownloadEvent, ErrorKind, RestartableSink};
use futures_util::stream::{FuturesUnordered, StreamExt};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use crate::archive::ToWriter;
use crate::error::ExportError;
use crate::files::PlannedFile;
use crate::hashing::HashingFile;
use crate::ledger::Outcome;
use crate::model::{Item, ItemSource, ManifestEntry};
use crate::progress::{Phase, Tracker};
use crate::refresh::Refresher;

/// Writes `bytes` to the file at `path`, private to the user from its creation.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::io::Write::write_all(&mut crate::staging::private_file(path, true)?, bytes)
}

/// Tells the writer. The writer only hangs up when it failed (or the export is cancelled);
/// the export then reports the writer's own error, not this one.
pub(crate) async fn send(
    sender: &mpsc::Sender<ToWriter>,
    message: ToWriter,
) -> Result<(), ExportError> {
    sender
        .send(message)
        .await
        .map_err(|_| ExportError::Cancelled)
}

/// How many downloads run at once. It starts at 16 (or the upper bound, if lower), grows while
/// the throughput grows (by two per finished download at first, tripling per round of
/// downloads, so that a far-away link is filled within a few round trips; by one when it
/// probes again later), stops growing when it no longer does, and halves when the storage
/// answers with errors or stalls; always within `[MIN, max]`. `steady` keeps it at
/// `max` (for measurements, and for links where probing hurts).
#[derive(Debug)]
pub(crate) struct Concurrency {
    limit: usize,
    max: usize,
    steady: bool,
    growing: bool,
    /// Added per finished download while growing: 2 until growth first stops, then 1.
    step: usize,
    /// Ticks in a row without a better throughput.
    flat: u32,
    best: f64,
    rate: f64,
    last_bytes: u64,
    last_tick: Instant,
    last_probe: Instant,
    troubles: u64,
}

impl Concurrency {
    const MIN: usize = 2;
    const START: usize = 16;
    const TICK: Duration = Duration::from_millis(250);
    const PROBE_EVERY: Duration = Duration::from_secs(3);
    const AHEAD: Duration = Duration::from_secs(2);
    const MIN_BUDGET: u64 = 256 * 1024 * 1024;

    pub(crate) fn new(max: usize, steady: bool) -> Concurrency {
        let max = max.max(1);
        let now = Instant::now();
        Concurrency {
            limit: if steady { max } else { Self::START.min(max) },
            max,
            steady,
            growing: !steady,
            step: 2,
            flat: 0,
            best: 0.0,
            rate: 0.0,
            last_bytes: 0,
            last_tick: now,
            last_probe: now,
            troubles: 0,
        }
    }

    pub(crate) fn limit(&self) -> usize {
        self.limit
    }

    /// How many bytes the files begun and not yet archived may hold together before another
    /// download waits (beyond the first [`Concurrency::MIN`]): what the downloads have moved in
    /// [`Concurrency::AHEAD`], at least [`Concurrency::MIN_BUDGET`]. On a link slower than
    /// the number of downloads can fill, large files then come a few at a time, one after
    /// another, instead of all together at the end. `steady` has no such bound.
    pub(crate) fn budget(&self) -> u64 {
        if self.steady {
            return u64::MAX;
        }
        let ahead = self.rate * Self::AHEAD.as_secs_f64();
        (ahead as u64).max(Self::MIN_BUDGET)
    }

    /// A download finished.
    fn finished(&mut self) {
        if self.growing && !self.steady {
            self.limit = (self.limit + self.step).min(self.max);
        }
    }

    /// Every [`Concurrency::TICK`]: the bytes done so far and the storage retries so far.
    fn tick(&mut self, bytes_done: u64, troubles: u64) {
        if self.steady {
            return;
        }
        let now = Instant::now();
        if troubles > self.troubles {
            self.troubles = troubles;
            self.limit = (self.limit / 2).max(Self::MIN.min(self.max));
            self.growing = false;
            self.step = 1;
            self.best = 0.0;
            self.last_probe = now;
        }
        let elapsed = now.duration_since(self.last_tick).as_secs_f64();
        if elapsed <= 0.0 {
            return;
        }
        let sample = bytes_done.saturating_sub(self.last_bytes) as f64 / elapsed;
        self.last_bytes = bytes_done;
        self.last_tick = now;
        self.rate = if self.rate == 0.0 {
            sample
        } else {
            0.5 * self.rate + 0.5 * sample
        };
        if self.rate > self.best * 1.05 {
            self.best = self.rate;
            self.flat = 0;
        } else {
            self.flat += 1;
            if self.flat >= 2 {
                self.growing = false;
                self.step = 1;
            }
            if self.rate < self.best * 0.6 && self.limit > Self::START {
                // Much worse than at a smaller concurrency: too many at once.
                self.limit = (self.limit * 3 / 4).max(Self::MIN);
                self.best = self.rate;
            }
        }
        if !self.growing
            && self.limit < self.max
            && now.duration_since(self.last_probe) >= Self::PROBE_EVERY
        {
            self.growing = true;
            self.flat = 0;
            self.last_probe = now;
        }
    }
}

/// What an interrupted download needs to continue: its address and the server's validator;
/// once it is complete (and synced), also its SHA-256, so that a later run takes it as it is
/// when its bytes still have that checksum, without asking the server again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PartInfo {
    address: String,
    validator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    complete: Option<String>,
}

/// Where a download starts: a new file, or what an earlier run got of it.
struct Target {
    sink: HashingFile,
    validator: Option<String>,
    /// The earlier run finished it, and its bytes still have the checksum it recorded.
    complete: bool,
}

/// What the downloads share.
pub(crate) struct Downloads<'a> {
    pub client: &'a Client,
    pub base_url: &'a BaseUrl,
    /// Fresh links, one refresher per app of the request (a file's `app` picks it).
    pub refreshers: &'a [Refresher<'a>],
    pub tracker: &'a Arc<Tracker>,
    pub sender: &'a mpsc::Sender<ToWriter>,
    /// Where files land until the writer has copied them.
    pub folder: &'a Path,
    /// The archive's destination (for errors about the disk).
    pub destination: &'a Path,
    /// Keep what an interrupted download got, to continue it in a later run.
    pub keep_partial: bool,
    /// The export's stop: cancelled here when a download fails, so that the others end too.
    pub abort: &'a CancellationToken,
}

/// Bytes so far and sizes as servers declared them, per file, for the progress report.
struct Sizes {
    declared: Vec<Option<u64>>,
    done: Vec<u64>,
    /// Complete before this run began (an earlier run downloaded it): not counted against
    /// [`Concurrency::budget`], which is about what this run still has to move.
    earlier: Vec<bool>,
}

impl Downloads<'_> {
    fn part(&self, index: usize) -> PathBuf {
        self.folder.join(format!("{index}.part"))
    }

    fn info(&self, index: usize) -> PathBuf {
        self.folder.join(format!("{index}.json"))
    }

    /// The download target for file `index`: what an earlier run began when it is the same
    /// file at the same address, else a new file.
    async fn target(&self, index: usize, address: &str) -> Result<Target, ExportError> {
        let part = self.part(index);
        let earlier: Option<PartInfo> = std::fs::read(self.info(index))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .filter(|info: &PartInfo| info.address == address);
        let fail = |e| ExportError::io(self.destination, e);
        match earlier {
            Some(info) if part.exists() => {
                let sink = HashingFile::resume(&part).await.map_err(fail)?;
                let complete = info.complete.as_deref() == Some(sink.sha256().as_str());
                if info.complete.is_some() && !complete {
                    // Not what was downloaded (a torn write, an edit): start it again.
                    return Ok(Target {
                        sink: HashingFile::create(&part).await.map_err(fail)?,
                        validator: None,
                        complete: false,
                    });
                }
                Ok(Target {
                    sink,
                    validator: info.validator,
                    complete,
                })
            }
            _ => Ok(Target {
                sink: HashingFile::create(&part).await.map_err(fail)?,
                validator: None,
                complete: false,
            }),
        }
    }

    /// Notes that file `index` is complete, for a later run.
    fn note_complete(&self, index: usize, address: &str, validator: Option<String>, sha256: &str) {
        let info = PartInfo {
            address: address.to_string(),
            validator,
            complete: Some(sha256.to_string()),
        };
        if let Ok(bytes) = serde_json::to_vec(&info) {
            let _ = write_private(&self.info(index), &bytes);
        }
    }

    /// Downloads one file (into its `.part` file), asking once for a fresh link when the old
    /// one expired. Returns its SHA-256, or the outcome when it is not to be archived.
    async fn fetch(
        &self,
        index: usize,
        file: &PlannedFile,
        sizes: &Mutex<Sizes>,
    ) -> Result<Result<String, Outcome>, ExportError> {
        let address = strip_query(&file.url);
        let Target {
            mut sink,
            mut validator,
            complete,
        } = self.target(index, &address).await?;
        if complete {
            let held = sink.written();
            if let Ok(mut s) = sizes.lock() {
                s.declared[index] = Some(held);
                s.done[index] = held;
                s.earlier[index] = true;
            }
            return Ok(Ok(sink.sha256()));
        }
        let last_validator = Mutex::new(validator.clone());
        let mut url = file.url.clone();
        let mut refreshed = false;
        let began = Instant::now();
        loop {
            let info_path = self.info(index);
            let keep = self.keep_partial;
            let shown = address.clone();
            let mut report = |event: DownloadEvent| {
                let (done, total) = match event {
                    DownloadEvent::Started {
                        total,
                        from,
                        validator,
                    } => {
                        if let Ok(mut seen) = last_validator.lock() {
                            seen.clone_from(&validator);
                        }
                        if keep {
                            let info = PartInfo {
                                address: shown.clone(),
                                validator,
                                complete: None,
                            };
                            if let Ok(bytes) = serde_json::to_vec(&info) {
                                let _ = write_private(&info_path, &bytes);
                            }
                        }
                        (from, total)
                    }
                    DownloadEvent::Received { done } => (done, None),
                };
                let Ok(mut s) = sizes.lock() else { return };
                if let Some(total) = total {
                    s.declared[index] = Some(total);
                }
                s.done[index] = done;
                if s.declared[index].is_none() {
                    s.declared[index] = None;
                }
                let bytes_done = s.done.iter().sum();
                let bytes_total = s
                    .declared
                    .iter()
                    .all(Option::is_some)
                    .then(|| s.declared.iter().flatten().sum());
                drop(s);
                self.tracker.update(false, |p| {
                    p.bytes_done = bytes_done;
                    p.bytes_total = bytes_total;
                    p.current = Some(file.original_name.clone());
                });
            };
            let result = self
                .client
                .download(&url, &mut sink, validator.take(), &mut report)
                .await;
            match result {
                Ok(_) => {
                    let sha256 = sink.sha256();
                    if self.keep_partial {
                        sink.sync()
                            .await
                            .map_err(|e| ExportError::io(self.destination, e))?;
                        let validator = last_validator.lock().ok().and_then(|v| v.clone());
                        self.note_complete(index, &address, validator, &sha256);
                    }
                    return Ok(Ok(sha256));
                }
                Err(error) if matches!(error.status, Some(403 | 410)) && !refreshed => {
                    refreshed = true;
                    let fresh = match self.refreshers.get(file.app) {
                        Some(refresher) => refresher.fresh_link(&file.origin, began).await,
                        None => None,
                    };
                    match fresh.and_then(|link| self.base_url.resolve(&link).ok()) {
                        Some(fresh) => {
                            tracing::info!(file = %address, "the link had expired; a fresh one was read");
                            url = fresh;
                            sink.restart()
                                .await
                                .map_err(|e| ExportError::io(self.destination, e))?;
                        }
                        None => return self.failed(error),
                    }
                }
                Err(error) => return self.failed(error),
            }
        }
    }

    fn failed(&self, error: act_api::ApiError) -> Result<Result<String, Outcome>, ExportError> {
        match error.kind {
            ErrorKind::NotFound => Ok(Err(Outcome::Missing(error.status))),
            ErrorKind::LocalWrite => {
                // Disk full, no permission...: a problem of the destination, named so.
                let kind = error
                    .io_error()
                    .map_or(std::io::ErrorKind::Other, std::io::Error::kind);
                Err(ExportError::io(
                    self.destination,
                    std::io::Error::new(kind, error.to_string()),
                ))
            }
            _ => Err(ExportError::api(Phase::Downloading, error)),
        }
    }

    /// Downloads every planned file whose outcome is not known yet (`done`), `concurrency`
    /// deciding how many at once, and hands each to the writer. Returns every file's outcome,
    /// in plan order.
    pub(crate) async fn all(
        &self,
        planned: Vec<PlannedFile>,
        done: HashMap<usize, Outcome>,
        archived_before: HashMap<(usize, String), String>,
        mut concurrency: Concurrency,
    ) -> Result<Vec<Outcome>, ExportError> {
        let count = planned.len();
        let sizes = Mutex::new(Sizes {
            declared: vec![None; count],
            done: vec![0; count],
            earlier: vec![false; count],
        });
        // (app, SHA-256) → the path of the archived file of that app with those bytes (apps
        // are kept apart: the same bytes in two apps are archived in each).
        let archived: Mutex<HashMap<(usize, String), String>> = Mutex::new(archived_before);
        let mut outcomes: Vec<Option<Outcome>> =
            (0..count).map(|i| done.get(&i).cloned()).collect();
        let mut waiting = planned
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !done.contains_key(i))
            .peekable();
        let mut running = FuturesUnordered::new();
        let mut ticker = tokio::time::interval(Concurrency::TICK);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let (sizes, archived) = (&sizes, &archived);
        // Files begun and not yet in the archive (or settled otherwise).
        let mut open: HashSet<usize> = HashSet::new();
        // The first failure. The downloads still running are then stopped and waited for, not
        // dropped: a dropped download may still have a file being created in the folder by the
        // blocking pool, after the export has removed that folder.
        let mut failure: Option<ExportError> = None;
        loop {
            while failure.is_none()
                && running.len() < concurrency.limit()
                && waiting.peek().is_some()
            {
                if running.len() >= Concurrency::MIN {
                    let outstanding: u64 = sizes.lock().map_or(0, |s| {
                        // A file whose size is not known yet counts as large as the files
                        // whose sizes are known, on average.
                        let known: Vec<u64> = s.declared.iter().flatten().copied().collect();
                        let guess = known.iter().sum::<u64>() / (known.len() as u64).max(1);
                        open.iter()
                            .filter(|&&i| !s.earlier[i])
                            .map(|&i| s.declared[i].unwrap_or(guess).max(s.done[i]))
                            .sum()
                    });
                    if outstanding >= concurrency.budget() {
                        break;
                    }
                }
                let Some((index, file)) = waiting.next() else {
                    break;
                };
                open.insert(index);
                tracing::debug!(
                    file = index,
                    running = running.len(),
                    limit = concurrency.limit(),
                    budget = concurrency.budget(),
                    "download begins"
                );
                running.push(async move {
                    let fetched = self.fetch(index, &file, sizes).await;
                    self.tracker.update(false, |p| p.items_done += 1);
                    let outcome = match fetched? {
                        Err(outcome) => {
                            let _ = std::fs::remove_file(self.part(index));
                            let _ = std::fs::remove_file(self.info(index));
                            send(
                                self.sender,
                                ToWriter::Settled {
                                    file: index,
                                    outcome: outcome.clone(),
                                },
                            )
                            .await?;
                            outcome
                        }
                        Ok(sha256) => self.archive(index, &file, sha256, archived).await?,
                    };
                    Ok::<_, ExportError>((index, outcome))
                });
            }
            if running.is_empty() {
                break;
            }
            tokio::select! {
                finished = running.next() => {
                    let Some(finished) = finished else { break };
                    match finished {
                        Ok((index, outcome)) => {
                            open.remove(&index);
                            outcomes[index] = Some(outcome);
                            concurrency.finished();
                        }
                        Err(error) => {
                            self.abort.cancel();
                            failure.get_or_insert(error);
                        }
                    }
                }
                _ = ticker.tick() => {
                    let bytes = sizes.lock().map(|s| s.done.iter().sum()).unwrap_or(0);
                    concurrency.tick(bytes, self.tracker.download_retries());
                }
            }
        }
        if let Some(error) = failure {
            return Err(error);
        }
        Ok(outcomes
            .into_iter()
            .map(|o| o.unwrap_or(Outcome::Missing(None)))
            .collect())
    }

    /// Hands a downloaded file to the writer, unless its bytes are archived already.
    async fn archive(
        &self,
        index: usize,
        file: &PlannedFile,
        sha256: String,
        archived: &Mutex<HashMap<(usize, String), String>>,
    ) -> Result<Outcome, ExportError> {
        let first = {
            let mut seen = archived.lock().map_err(|_| ExportError::Cancelled)?;
            let key = (file.app, sha256.clone());
            match seen.get(&key) {
                Some(other) => Some(other.clone()),
                None => {
                    seen.insert(key, file.path.clone());
                    None
                }
            }
        };
        if let Some(other) = first {
            let _ = std::fs::remove_file(self.part(index));
            let _ = std::fs::remove_file(self.info(index));
            let outcome = Outcome::SameContent(other);
            send(
                self.sender,
                ToWriter::Settled {
                    file: index,
                    outcome: outcome.clone(),
                },
            )
            .await?;
            return Ok(outcome);
        }
        let item = Item {
            source: ItemSource::Downloaded {
                path: self.part(index),
                sha256,
            },
            entry: ManifestEntry {
                original_name: (file.original_name != file.path.rsplit('/').next().unwrap_or(""))
                    .then(|| file.original_name.clone()),
                source_url: Some(strip_query(&file.url)),
                ..ManifestEntry::new(file.path.clone(), file.kind, file.run_ids.clone())
            },
        };
        // The download keeps its place until its file is in the archive: downloads do not run
        // far ahead of a writer that is slower than they are (a slow disk), and what an
        // interrupted export leaves to do stays small.
        write_and_wait(self.sender, item, index).await?;
        Ok(Outcome::Archived)
    }
}

/// Hands the downloaded file `index` to the writer and waits until it is in the archive, or
/// until the writer has gone (it failed, or the export was cancelled). A writer that stops
/// while this message is being queued may never read it: the message, and the reply it
/// carries, then stay in the closed channel for as long as a sender lives, so the wait ends on
/// the channel closing, not only on the reply.
async fn write_and_wait(
    sender: &mpsc::Sender<ToWriter>,
    item: Item,
    index: usize,
) -> Result<(), ExportError> {
    let (written, in_archive) = tokio::sync::oneshot::channel();
    send(
        sender,
        ToWriter::Write {
            item,
            file: Some(index),
            written: Some(written),
        },
    )
    .await?;
    tokio::select! {
        biased;
        answer = in_archive => answer.map_err(|_| ExportError::Cancelled),
        () = sender.closed() => Err(ExportError::Cancelled),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn downloaded(path: &str) -> Item {
        Item {
            source: ItemSource::Downloaded {
                path: PathBuf::from(path),
                sha256: String::new(),
            },
            entry: ManifestEntry::new(path.into(), "attachment", vec![]),
        }
    }

    #[tokio::test]
    async fn a_download_whose_writer_has_gone_unread_stops_waiting() {
        let (sender, mut receiver) = mpsc::channel::<ToWriter>(4);
        let waiting =
            tokio::spawn(async move { write_and_wait(&sender, downloaded("a"), 0).await });
        // The message is queued, and then the writer stops without reading it (as when it
        // fails or is cancelled just as the download queues its file).
        while receiver.is_empty() {
            tokio::task::yield_now().await;
        }
        receiver.close();
        let result = act_test_support::until("the download stops waiting", waiting)
            .await
            .unwrap();
        assert!(matches!(result, Err(ExportError::Cancelled)), "{result:?}");
        drop(receiver);
    }

    #[tokio::test]
    async fn a_download_waits_until_the_writer_has_its_file() {
        let (sender, mut receiver) = mpsc::channel::<ToWriter>(4);
        let waiting =
            tokio::spawn(async move { write_and_wait(&sender, downloaded("a"), 7).await });
        let Some(ToWriter::Write {
            file: Some(7),
            written: Some(written),
            ..
        }) = receiver.recv().await
        else {
            panic!("the file was not handed over");
        };
        assert!(!waiting.is_finished());
        written.send(()).unwrap();
        waiting.await.unwrap().unwrap();
    }

    #[tokio::test(start_paused = true)]
    async fn grows_while_the_throughput_grows_and_halves_on_trouble() {
        let mut c = Concurrency::new(64, false);
        assert_eq!(c.limit(), 16);
        let mut bytes = 0u64;
        // Throughput follows the concurrency (a latency-bound link): it keeps growing.
        for _ in 0..6 {
            for _ in 0..c.limit() {
                c.finished();
            }
            tokio::time::advance(Concurrency::TICK).await;
            bytes += c.limit() as u64 * 1_000_000;
            c.tick(bytes, 0);
        }
        assert_eq!(c.limit(), 64);
        // A stall or error at the storage: halve.
        c.tick(bytes, 1);
        assert_eq!(c.limit(), 32);

        // A bandwidth-bound link: the throughput stays flat, so it stops growing.
        let mut c = Concurrency::new(64, false);
        let mut bytes = 0u64;
        for _ in 0..8 {
            c.finished();
            tokio::time::advance(Concurrency::TICK).await;
            bytes += 10_000_000;
            c.tick(bytes, 0);
        }
        assert!(c.limit() <= Concurrency::START + 6, "{}", c.limit());
        // Files begun and not archived may hold what 2 s of downloads move, at least 256 MiB.
        assert_eq!(
            Concurrency::new(64, false).budget(),
            Concurrency::MIN_BUDGET
        );
        let mut c = Concurrency::new(64, false);
        for tick in 1..=20u64 {
            tokio::time::advance(Concurrency::TICK).await;
            c.tick(tick * 50_000_000, 0); // 200 MB/s
        }
        assert_eq!(c.budget(), 400_000_000);
        assert_eq!(Concurrency::new(16, true).budget(), u64::MAX);
        // Steady keeps what it was given.
        let mut c = Concurrency::new(16, true);
        c.finished();
        c.tick(1, 5);
        assert_eq!(c.limit(), 16);
    }
}
