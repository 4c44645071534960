//! Writing the zip: entries are hashed as they are written, into a temporary file beside the
//! destination (or the staging folder's `archive.partial`) that is flushed, synced and renamed
//! into place only when complete. Dropping an unfinished [`ArchiveWriter`] removes a temporary
//! file; a staged one stays, and a later run restores its last checkpoint: the entries written
//! up to then, each checked against its checksum again.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use act_api::CallRecord;
use tokio_util::sync::CancellationToken;
use zip::write::{FileOptions, SimpleFileOptions};
use zip::{AesMode, CompressionMethod, ZipWriter};

use crate::durable::{check_destination, move_into_place, persist};
use crate::error::ExportError;
use crate::gate::{Backing, Gate};
use crate::hashing::{copy_hashing, sha256_bytes};
use crate::ledger::Outcome;
use crate::model::{Item, ItemSource, ManifestEntry};
use crate::password::Password;
use crate::staging::{Checkpoint, SavedOutcome, StagingDir, PARTIAL};
use crate::toplevel::TopFile;

/// File types that are compressed already: stored as they are.
const STORED_EXTENSIONS: [&str; 22] = [
    "zip", "apk", "aab", "ipa", "xapk", "jar", "png", "jpg", "jpeg", "gif", "webp", "mp4", "mov",
    "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "dmg", "appx",
];

/// What the writer is told.
#[derive(Debug)]
pub(crate) enum ToWriter {
    /// An entry to write; `file` is the planned file it is, for downloads; `written` hears
    /// when it is in the archive.
    Write {
        item: Item,
        file: Option<usize>,
        written: Option<tokio::sync::oneshot::Sender<()>>,
    },
    /// A planned file that is not written (missing at the source, or the same content as
    /// another).
    Settled { file: usize, outcome: Outcome },
}

/// A staged writer's memory, for its checkpoints.
struct Staged {
    dir: StagingDir,
    /// The last checkpoint (or the start).
    last: Instant,
    /// How often it checkpoints ([`crate::ExportOptions::checkpoint_every`]).
    every: Duration,
    /// Something was written or settled since the last checkpoint.
    dirty: bool,
    outcomes: BTreeMap<usize, SavedOutcome>,
    /// Calls made by the runs before this one.
    calls: Vec<CallRecord>,
    /// Downloaded files copied since the last checkpoint: removed once it covers them.
    settled: Vec<PathBuf>,
}

/// What a staged writer restored from an earlier run's checkpoint.
#[derive(Debug, Default)]
pub(crate) struct Restored {
    /// The entries the zip holds already.
    pub entries: Vec<ManifestEntry>,
    /// The earlier zip could not be kept because this run's password is not the one it was
    /// begun with (or it had none).
    pub other_password: bool,
    pub outcomes: BTreeMap<usize, Outcome>,
    pub calls: Vec<CallRecord>,
}

/// The zip being written.
pub(crate) struct ArchiveWriter {
    /// Always `Some` until `finish` takes it.
    zip: Option<ZipWriter<Gate>>,
    abandoned: Arc<AtomicBool>,
    destination: PathBuf,
    folder: PathBuf,
    modified: zip::DateTime,
    cancel: CancellationToken,
    pub entries: Vec<ManifestEntry>,
    staged: Option<Staged>,
    /// Told of the bytes of downloaded files copied in (for the progress report).
    copied: Option<Box<dyn FnMut(u64) + Send>>,
    /// Encrypts every entry but `HOW-TO-OPEN.txt`, whatever its name in the answer's language
    /// (AES-256, WinZip AE-2: see [`crate::ae2`]).
    password: Option<Password>,
}

/// A reader that tells `hook` how many bytes each read gave.
struct Counting<'a, R> {
    inner: R,
    hook: Option<&'a mut Box<dyn FnMut(u64) + Send>>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(hook) = self.hook.as_mut() {
            hook(n as u64);
        }
        Ok(n)
    }
}

/// A zip error as an I/O error of the same kind: a full disk met by the zip writer is a full
/// disk, not an unnamed write failure.
/// Why an earlier zip was not restored: the password this run gives is not the one it was
/// written with (or it was written without one).
#[derive(Debug)]
struct AnotherPassword(String);

impl std::fmt::Display for AnotherPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AnotherPassword {}

fn is_another_password(error: &std::io::Error) -> bool {
    error
        .get_ref()
        .is_some_and(|inner| inner.is::<AnotherPassword>())
}

fn zip_io(error: zip::result::ZipError) -> std::io::Error {
    match error {
        zip::result::ZipError::Io(error) => error,
        other => std::io::Error::other(other),
    }
}

fn zip_time(created: time::OffsetDateTime) -> zip::DateTime {
    zip::DateTime::from_date_and_time(
        u16::try_from(created.year()).unwrap_or(1980),
        u8::from(created.month()),
        created.day(),
        created.hour(),
        created.minute(),
        created.second(),
    )
    .unwrap_or_default()
}

impl ArchiveWriter {
    fn around(
        zip: ZipWriter<Gate>,
        destination: &Path,
        folder: PathBuf,
        created: time::OffsetDateTime,
        cancel: CancellationToken,
    ) -> ArchiveWriter {
        ArchiveWriter {
            abandoned: zip
                .get_ref()
                .map(|gate| gate.abandoned.clone())
                .unwrap_or_default(),
            zip: Some(zip),
            destination: destination.to_path_buf(),
            folder,
            modified: zip_time(created),
            cancel,
            entries: Vec::new(),
            staged: None,
            copied: None,
            password: None,
        }
    }

    /// Protects the entries written from now on with `password`.
    pub fn protect(&mut self, password: Option<Password>) {
        self.password = password;
    }

    /// Opens a temporary file beside `destination`.
    pub fn create(
        destination: &Path,
        created: time::OffsetDateTime,
        cancel: CancellationToken,
    ) -> Result<ArchiveWriter, ExportError> {
        let parent = check_destination(destination)?;
        let name = destination
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "archive.zip".into());
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".partial")
            .tempfile_in(&parent)
            .map_err(|e| ExportError::io(destination, e))?;
        let zip = ZipWriter::new(Gate::new(Backing::Temporary(temp), 0));
        Ok(ArchiveWriter::around(
            zip,
            destination,
            parent,
            created,
            cancel,
        ))
    }

    /// Opens the staging folder's zip: the earlier run's, restored to its last checkpoint when
    /// every entry there still has its checksum, else a new one. It is checkpointed every
    /// `checkpoint_every` (see [`ArchiveWriter::checkpoint_due`]).
    pub fn staged(
        staging: StagingDir,
        destination: &Path,
        created: time::OffsetDateTime,
        cancel: CancellationToken,
        earlier: Option<(Checkpoint, Vec<u8>)>,
        password: Option<&Password>,
        checkpoint_every: Duration,
    ) -> Result<(ArchiveWriter, Restored), ExportError> {
        check_destination(destination)?;
        let path = staging.dir.join(PARTIAL);
        let mut other_password = false;
        let restored = earlier.and_then(|(checkpoint, cd)| match restore(&path, &checkpoint, &cd, password) {
            Ok(zip) => Some((zip, checkpoint)),
            Err(error) => {
                other_password = is_another_password(&error);
                tracing::warn!(%error, "the unfinished archive could not be continued; it is begun anew");
                None
            }
        });
        let (zip, checkpoint) = match restored {
            Some(restored) => restored,
            None => {
                // Personal data from its first byte: private to the user from its creation.
                let file = crate::staging::private_file(&path, true)
                    .map_err(|e| ExportError::io(&path, e))?;
                let gate = Gate::new(Backing::Kept(file, path.clone()), 0);
                (ZipWriter::new(gate), Checkpoint::default())
            }
        };
        let folder = staging.dir.clone();
        let mut writer = ArchiveWriter::around(zip, destination, folder, created, cancel);
        writer.entries = checkpoint.entries.clone();
        let restored = Restored {
            entries: checkpoint.entries,
            other_password,
            outcomes: checkpoint
                .outcomes
                .iter()
                .map(|(i, o)| (*i, o.clone().into()))
                .collect(),
            calls: checkpoint.calls.clone(),
        };
        writer.staged = Some(Staged {
            dir: staging,
            last: Instant::now(),
            every: checkpoint_every,
            dirty: false,
            outcomes: checkpoint.outcomes,
            calls: checkpoint.calls,
            settled: Vec::new(),
        });
        Ok((writer, restored))
    }

    /// The folder the archive is written in.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Takes what the writer is told: writes an entry, or notes a file's outcome; a staged
    /// writer checkpoints when its interval has passed since the last checkpoint (at once
    /// with an interval of zero).
    pub fn take(&mut self, message: ToWriter) -> Result<(), ExportError> {
        match message {
            ToWriter::Write {
                item,
                file,
                written,
            } => {
                let downloaded = self.add(item)?;
                if let (Some(staged), Some(index)) = (self.staged.as_mut(), file) {
                    staged.outcomes.insert(index, SavedOutcome::Archived);
                    staged.settled.extend(downloaded);
                }
                if let Some(written) = written {
                    let _ = written.send(());
                }
            }
            ToWriter::Settled { file, outcome } => {
                if let Some(staged) = self.staged.as_mut() {
                    staged.outcomes.insert(file, outcome.into());
                }
            }
        }
        if let Some(staged) = self.staged.as_mut() {
            staged.dirty = true;
        }
        if self
            .checkpoint_due()
            .is_some_and(|due| due <= Instant::now())
        {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// When a staged writer with entries or outcomes not checkpointed yet is due to
    /// checkpoint them: its interval after the last checkpoint. `None` when there is nothing
    /// to checkpoint (or it is not staged). A writer waiting for more to write checkpoints
    /// at this moment if nothing came meanwhile, so that a checkpoint follows the last write
    /// within the interval even while the next file takes long.
    pub fn checkpoint_due(&self) -> Option<Instant> {
        self.staged
            .as_ref()
            .filter(|s| s.dirty)
            .map(|s| s.last + s.every)
    }

    /// Checkpoints what was written since the last checkpoint, if anything (a staged writer).
    pub fn checkpoint_now(&mut self) -> Result<(), ExportError> {
        if self.checkpoint_due().is_some() {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// Makes the zip a valid archive of what it holds so far and records that, so that a later
    /// run can continue from here; downloaded files it now covers are removed.
    fn checkpoint(&mut self) -> Result<(), ExportError> {
        let destination = self.destination.clone();
        let fail = |e: std::io::Error| ExportError::io(&destination, e);
        let Some(staged) = self.staged.as_mut() else {
            return Ok(());
        };
        let zip = self.zip.take().ok_or_else(|| closed(&destination))?;
        let cd_offset = zip.get_ref().map_or(0, Gate::position);
        let mut gate = zip.finish().map_err(|e| fail(zip_io(e)))?;
        let end = gate.position();
        // Before the directory is saved: a later run restores the entries as sealed.
        crate::ae2::seal(&mut gate, end).map_err(fail)?;
        let mut cd = vec![0u8; usize::try_from(end.saturating_sub(cd_offset)).unwrap_or(0)];
        gate.seek(SeekFrom::Start(cd_offset)).map_err(fail)?;
        gate.read_exact(&mut cd).map_err(fail)?;
        gate.backing.file().sync_data().map_err(fail)?;
        let checkpoint = Checkpoint {
            cd_offset,
            cd_sha256: sha256_bytes(&cd),
            entries: self.entries.clone(),
            outcomes: staged.outcomes.clone(),
            calls: staged.calls.clone(),
        };
        staged
            .dir
            .write_checkpoint(&checkpoint, &cd)
            .map_err(fail)?;
        for path in staged.settled.drain(..) {
            let _ = std::fs::remove_file(&path);
            let _ = std::fs::remove_file(path.with_extension("json"));
        }
        staged.last = Instant::now();
        staged.dirty = false;
        self.zip = Some(ZipWriter::new_append(gate).map_err(|e| fail(zip_io(e)))?);
        Ok(())
    }

    /// Writes one of the last entries (the README): no checkpoint follows it.
    pub fn add_last(&mut self, item: Item) -> Result<(), ExportError> {
        self.add(item).map(|_| ())
    }

    /// Writes one entry, with its size and checksum (a downloaded file's was taken while it
    /// downloaded). Returns the downloaded file when staged (it is removed at the next
    /// checkpoint), else removes it at once.
    /// Hears how many bytes of downloaded files were copied into the archive, as they are.
    pub(crate) fn on_copied(&mut self, hook: Box<dyn FnMut(u64) + Send>) {
        self.copied = Some(hook);
    }

    fn add(&mut self, item: Item) -> Result<Option<PathBuf>, ExportError> {
        let Item { source, mut entry } = item;
        let size = match &source {
            ItemSource::Bytes(bytes) => bytes.len() as u64,
            ItemSource::Downloaded { path, .. } => {
                std::fs::metadata(path).map_err(|e| self.fail(e))?.len()
            }
        };
        self.start_entry(&entry.path, size, in_the_clear(entry.kind.as_deref()))?;
        let (written, sha256, downloaded) = match source {
            ItemSource::Bytes(bytes) => {
                self.zip()?.write_all(&bytes).map_err(|e| self.fail(e))?;
                (bytes.len() as u64, sha256_bytes(&bytes), None)
            }
            ItemSource::Downloaded { path, sha256 } => {
                let file = File::open(&path).map_err(|e| self.fail(e))?;
                let cancel = self.cancel.clone();
                let destination = self.destination.clone();
                let mut hook = self.copied.take();
                let mut file = Counting {
                    inner: file,
                    hook: hook.as_mut(),
                };
                let copying = copy_hashing(
                    &mut file,
                    self.zip()?,
                    false,
                    || {
                        if cancel.is_cancelled() {
                            Err(ExportError::Cancelled)
                        } else {
                            Ok(())
                        }
                    },
                    |e| ExportError::io(&destination, e),
                );
                self.copied = hook;
                let (copied, _) = copying?;
                (copied, sha256, Some(path))
            }
        };
        entry.bytes = written;
        entry.sha256 = sha256;
        self.entries.push(entry);
        match downloaded {
            Some(path) if self.staged.is_some() => Ok(Some(path)),
            Some(path) => {
                let _ = std::fs::remove_file(&path);
                Ok(None)
            }
            None => Ok(None),
        }
    }

    fn zip(&mut self) -> Result<&mut ZipWriter<Gate>, ExportError> {
        let destination = &self.destination;
        self.zip.as_mut().ok_or_else(|| closed(destination))
    }

    /// Begins the entry at `path` of `size` bytes, as `entry_options` says it is written
    /// (`clear`: not encrypted, even in a protected archive).
    fn start_entry(&mut self, path: &str, size: u64, clear: bool) -> Result<(), ExportError> {
        let options = entry_options(self.password.as_ref(), self.modified, path, size, clear);
        let destination = &self.destination;
        let zip = self.zip.as_mut().ok_or_else(|| closed(destination))?;
        zip.start_file(path, options)
            .map_err(|e| ExportError::io(destination, zip_io(e)))
    }

    fn fail(&self, error: std::io::Error) -> ExportError {
        ExportError::io(&self.destination, error)
    }

    /// Writes the last entry (not listed in the manifest), completes the zip, syncs it to disk
    /// and moves it into place. Returns the archive's size and SHA-256 (taken from the complete
    /// file while it is synced).
    pub fn finish(mut self, manifest: &[u8]) -> Result<(u64, String), ExportError> {
        self.start_entry(crate::toplevel::MANIFEST, manifest.len() as u64, false)?;
        self.zip()?.write_all(manifest).map_err(|e| self.fail(e))?;
        let destination = self.destination.clone();
        let fail = |e: std::io::Error| ExportError::io(&destination, e);
        let zip = self.zip.take().ok_or_else(|| closed(&destination))?;
        let mut gate = zip.finish().map_err(|e| fail(zip_io(e)))?;
        let end = gate.position();
        crate::ae2::seal(&mut gate, end).map_err(fail)?;
        let file = gate.backing.file();
        // Hashing reads what the sync writes out: both at once.
        let mut reader = file.try_clone().map_err(fail)?;
        let hashing = std::thread::spawn(move || -> std::io::Result<String> {
            reader.seek(SeekFrom::Start(0))?;
            copy_hashing(&mut reader, &mut std::io::sink(), true, || Ok(()), |e| e)
                .map(|(_, sha)| sha)
        });
        let synced = file.sync_all();
        let sha256 = hashing
            .join()
            .map_err(|_| {
                fail(std::io::Error::other(
                    "the archive's checksum could not be taken",
                ))
            })?
            .map_err(fail)?;
        synced.map_err(fail)?;
        let size = file.metadata().map_err(fail)?.len();
        // Last moment to honour a cancel: after the move the archive is complete and kept.
        if self.cancel.is_cancelled() {
            return Err(ExportError::Cancelled);
        }
        match gate.backing {
            Backing::Temporary(temp) => persist(temp, &destination)?,
            Backing::Kept(file, path) => {
                drop(file);
                move_into_place(&path, &destination)?;
            }
        }
        Ok((size, sha256))
    }
}

/// The error of writing to an archive that was finished or checkpointed away.
fn closed(destination: &Path) -> ExportError {
    ExportError::io(destination, std::io::Error::other("the archive is closed"))
}

/// Whether an entry of `kind` (the manifest's) stays unencrypted in a protected archive: only
/// the note on how to open it, found by what it is, never by its name (which is in the answer's
/// language).
fn in_the_clear(kind: Option<&str>) -> bool {
    kind.and_then(TopFile::of_kind) == Some(TopFile::HowToOpen)
}

/// How an entry at `path` is written: its compression, date, permissions, and encryption
/// (none when `clear`).
fn entry_options<'a>(
    password: Option<&'a Password>,
    modified: zip::DateTime,
    path: &str,
    size: u64,
    clear: bool,
) -> FileOptions<'a, 'static, ()> {
    let options: FileOptions<'a, 'static, ()> = SimpleFileOptions::default()
        .compression_method(compression_for(path))
        .last_modified_time(modified)
        .unix_permissions(0o644)
        .large_file(size >= u64::from(u32::MAX));
    match password {
        Some(password) if !clear => options.with_aes_encryption(AesMode::Aes256, password.expose()),
        _ => options,
    }
}

/// Makes the staged zip at `path` what it was at `checkpoint` (its entries, then the saved
/// central directory), checks every entry against its checksum again, and opens it to
/// continue.
/// A protected archive's entries are read with its password: another password (or none) fails,
/// and the archive is begun anew.
fn restore(
    path: &Path,
    checkpoint: &Checkpoint,
    cd: &[u8],
    password: Option<&Password>,
) -> std::io::Result<ZipWriter<Gate>> {
    let mut file = File::options().read(true).write(true).open(path)?;
    file.set_len(checkpoint.cd_offset)?;
    file.seek(SeekFrom::Start(checkpoint.cd_offset))?;
    file.write_all(cd)?;
    file.sync_data()?;
    // Every entry is read back in full, on as many threads as there are cores (each with its
    // own reader of the file): the zip reader checks each entry's CRC-32 at its end (an
    // encrypted entry's authentication code: AE-2 has no CRC-32), and the size must be the one
    // recorded. (A SHA-256 again would guard against nothing more: the checksums it would be
    // compared with live in the same private folder.)
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let check = |part: usize| -> std::io::Result<()> {
        let reader = File::open(path)?;
        let mut archive = zip::ZipArchive::new(reader).map_err(zip_io)?;
        if archive.len() != checkpoint.entries.len() {
            return Err(std::io::Error::other(
                "the checkpoint does not match the archive",
            ));
        }
        for expected in checkpoint.entries.iter().skip(part).step_by(threads) {
            let clear = in_the_clear(expected.kind.as_deref());
            let mut entry = match password {
                Some(password) if !clear => {
                    archive.by_name_decrypt(&expected.path, password.expose().as_bytes())
                }
                _ => archive.by_name(&expected.path),
            }
            .map_err(|e| match e {
                zip::result::ZipError::InvalidPassword => std::io::Error::other(AnotherPassword(
                    format!("{} was written with another password", expected.path),
                )),
                other => zip_io(other),
            })?;
            // Protected or not as this run asks: never a mix of the two in one archive.
            let protect = password.is_some() && !clear;
            if entry.encrypted() != protect {
                return Err(std::io::Error::other(AnotherPassword(format!(
                    "{} was written {} a password",
                    expected.path,
                    if entry.encrypted() { "with" } else { "without" }
                ))));
            }
            let bytes = std::io::copy(&mut entry, &mut std::io::sink())?;
            if bytes != expected.bytes {
                return Err(std::io::Error::other(format!(
                    "{} is not what it was",
                    expected.path
                )));
            }
        }
        Ok(())
    };
    std::thread::scope(|scope| {
        let parts: Vec<_> = (0..threads)
            .map(|part| scope.spawn(move || check(part)))
            .collect();
        parts.into_iter().try_for_each(|part| {
            part.join()
                .map_err(|_| std::io::Error::other("an entry could not be checked"))?
        })
    })?;
    let gate = Gate::new(Backing::Kept(file, path.to_path_buf()), 0);
    ZipWriter::new_append(gate).map_err(zip_io)
}

impl From<SavedOutcome> for Outcome {
    fn from(saved: SavedOutcome) -> Outcome {
        match saved {
            SavedOutcome::Archived => Outcome::Archived,
            SavedOutcome::SameContent { path } => Outcome::SameContent(path),
            SavedOutcome::Missing { status } => Outcome::Missing(status),
        }
    }
}

impl From<Outcome> for SavedOutcome {
    fn from(outcome: Outcome) -> SavedOutcome {
        match outcome {
            Outcome::Archived => SavedOutcome::Archived,
            Outcome::SameContent(path) => SavedOutcome::SameContent { path },
            Outcome::Missing(status) => SavedOutcome::Missing { status },
        }
    }
}

impl Drop for ArchiveWriter {
    fn drop(&mut self) {
        // Not finished: an abandoned export. Drop the zip without writing its end; a temporary
        // file goes with it, a staged one stays for a later run.
        self.abandoned.store(true, Ordering::Relaxed);
        drop(self.zip.take());
    }
}

/// Deflate for text and data; store what is compressed already.
pub(crate) fn compression_for(path: &str) -> CompressionMethod {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match extension {
        Some(e) if STORED_EXTENSIONS.contains(&e.as_str()) => CompressionMethod::Stored,
        _ => CompressionMethod::Deflated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_met_by_the_zip_writer_is_a_full_disk() {
        let full = zip::result::ZipError::Io(std::io::ErrorKind::StorageFull.into());
        let error = ExportError::io(Path::new("a.zip"), zip_io(full));
        assert_eq!(error.code(), "disk_full", "{error}");
        let other = zip_io(zip::result::ZipError::FileNotFound);
        assert_eq!(other.kind(), std::io::ErrorKind::Other);
    }

    #[test]
    fn compressed_formats_are_stored() {
        assert_eq!(compression_for("files/a.APK"), CompressionMethod::Stored);
        assert_eq!(
            compression_for("files/s.dSYM.zip"),
            CompressionMethod::Stored
        );
        assert_eq!(
            compression_for("data/runs.json"),
            CompressionMethod::Deflated
        );
        assert_eq!(
            compression_for("files/device.log"),
            CompressionMethod::Deflated
        );
        assert_eq!(compression_for("files/noext"), CompressionMethod::Deflated);
    }
}
