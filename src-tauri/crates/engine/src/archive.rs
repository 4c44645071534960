//! Writing the zip: entries are hashed as they are written, into a temporary file beside the
//! destination that is flushed, synced and renamed into place only when complete. Dropping an
//! unfinished [`ArchiveWriter`] removes the temporary file.

use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use tempfile::NamedTempFile;
use tokio_util::sync::CancellationToken;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::error::{DestinationProblem, ExportError};
use crate::hashing::{copy_hashing, sha256_bytes};
use crate::model::{Item, ItemSource, ManifestEntry};

/// File types that are compressed already: stored as they are.
const STORED_EXTENSIONS: [&str; 22] = [
    "zip", "apk", "aab", "ipa", "xapk", "jar", "png", "jpg", "jpeg", "gif", "webp", "mp4", "mov",
    "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "dmg", "appx",
];

/// The temporary file the zip is written to. Once `abandoned`, writes and seeks do nothing (but
/// succeed): the zip crate finalises an archive when it is dropped, which for an abandoned
/// export would be wasted work and, on a full disk, a message on stderr.
struct Gate {
    file: NamedTempFile,
    abandoned: AtomicBool,
    /// Once abandoned: where the file position and end would be, starting from the real ones.
    virtual_at: Option<(u64, u64)>,
}

impl Gate {
    /// `None` while writing for real; the virtual position and end once abandoned.
    fn virtual_state(&mut self) -> Option<&mut (u64, u64)> {
        if !self.abandoned.load(Ordering::Relaxed) {
            return None;
        }
        if self.virtual_at.is_none() {
            let mut file: &File = self.file.as_file();
            let position = file.stream_position().unwrap_or(0);
            let end = file.metadata().map_or(position, |m| m.len()).max(position);
            self.virtual_at = Some((position, end));
        }
        self.virtual_at.as_mut()
    }
}

impl Write for Gate {
    fn write(&mut self, buffer: &[u8]) -> std::io::Result<usize> {
        if let Some((position, end)) = self.virtual_state() {
            *position += buffer.len() as u64;
            *end = (*end).max(*position);
            return Ok(buffer.len());
        }
        self.file.write(buffer)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.virtual_state().is_some() {
            return Ok(());
        }
        self.file.flush()
    }
}

impl Seek for Gate {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        if let Some((position, end)) = self.virtual_state() {
            *position = match to {
                SeekFrom::Start(n) => n,
                SeekFrom::Current(d) => position.saturating_add_signed(d),
                SeekFrom::End(d) => end.saturating_add_signed(d),
            };
            return Ok(*position);
        }
        self.file.seek(to)
    }
}

/// The zip being written.
pub(crate) struct ArchiveWriter {
    /// Always `Some` until `finish` takes it.
    zip: Option<ZipWriter<Gate>>,
    destination: PathBuf,
    folder: PathBuf,
    modified: zip::DateTime,
    cancel: CancellationToken,
    pub entries: Vec<ManifestEntry>,
}

/// Refuses destinations that cannot work, before any network call.
pub(crate) fn check_destination(destination: &Path) -> Result<PathBuf, ExportError> {
    let problem = |problem, source| ExportError::Destination {
        problem,
        path: destination.to_path_buf(),
        source,
    };
    if destination.is_dir() {
        return Err(problem(DestinationProblem::IsADirectory, None));
    }
    let parent = match destination.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(problem(DestinationProblem::FolderMissing, None));
    }
    Ok(parent)
}

impl ArchiveWriter {
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
        let modified = zip::DateTime::from_date_and_time(
            u16::try_from(created.year()).unwrap_or(1980),
            u8::from(created.month()),
            created.day(),
            created.hour(),
            created.minute(),
            created.second(),
        )
        .unwrap_or_default();
        Ok(ArchiveWriter {
            zip: Some(ZipWriter::new(Gate {
                file: temp,
                abandoned: AtomicBool::new(false),
                virtual_at: None,
            })),
            destination: destination.to_path_buf(),
            folder: parent,
            modified,
            cancel,
            entries: Vec::new(),
        })
    }

    /// The folder the archive goes into.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Writes one entry, with its size and checksum; a downloaded temporary file is removed
    /// afterwards (its checksum was taken while it downloaded).
    pub fn add(&mut self, item: Item) -> Result<(), ExportError> {
        let Item { source, mut entry } = item;
        let size = match &source {
            ItemSource::Bytes(bytes) => bytes.len() as u64,
            ItemSource::Downloaded { path, .. } => {
                std::fs::metadata(path).map_err(|e| self.fail(e))?.len()
            }
        };
        let options = SimpleFileOptions::default()
            .compression_method(compression_for(&entry.path))
            .last_modified_time(self.modified)
            .unix_permissions(0o644)
            .large_file(size >= u64::from(u32::MAX));
        self.zip()?
            .start_file(entry.path.as_str(), options)
            .map_err(|e| self.fail(std::io::Error::other(e)))?;
        let (written, sha256) = match source {
            ItemSource::Bytes(bytes) => {
                self.zip()?.write_all(&bytes).map_err(|e| self.fail(e))?;
                (bytes.len() as u64, sha256_bytes(&bytes))
            }
            ItemSource::Downloaded { path, sha256 } => {
                let mut file = File::open(&path).map_err(|e| self.fail(e))?;
                let cancel = self.cancel.clone();
                let destination = self.destination.clone();
                let zip = self.zip()?;
                let (copied, _) = copy_hashing(
                    &mut file,
                    zip,
                    false,
                    || {
                        if cancel.is_cancelled() {
                            Err(ExportError::Cancelled)
                        } else {
                            Ok(())
                        }
                    },
                    |e| ExportError::io(&destination, e),
                )?;
                drop(file);
                let _ = std::fs::remove_file(&path);
                (copied, sha256)
            }
        };
        entry.bytes = written;
        entry.sha256 = sha256;
        self.entries.push(entry);
        Ok(())
    }

    fn zip(&mut self) -> Result<&mut ZipWriter<Gate>, ExportError> {
        let destination = &self.destination;
        self.zip.as_mut().ok_or_else(|| {
            ExportError::io(destination, std::io::Error::other("the archive is closed"))
        })
    }

    fn fail(&self, error: std::io::Error) -> ExportError {
        ExportError::io(&self.destination, error)
    }

    /// Writes the last entry (not listed in the manifest), completes the zip, syncs it to disk
    /// and renames it into place. Returns the archive's size.
    pub fn finish(mut self, manifest: &[u8]) -> Result<u64, ExportError> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(self.modified)
            .unix_permissions(0o644);
        self.zip()?
            .start_file("manifest.json", options)
            .map_err(|e| self.fail(std::io::Error::other(e)))?;
        self.zip()?.write_all(manifest).map_err(|e| self.fail(e))?;
        let destination = self.destination.clone();
        let fail = |e: std::io::Error| ExportError::io(&destination, e);
        let zip = self
            .zip
            .take()
            .ok_or_else(|| fail(std::io::Error::other("the archive is closed")))?;
        let mut temp = zip
            .finish()
            .map_err(|e| fail(std::io::Error::other(e)))?
            .file;
        temp.flush().map_err(fail)?;
        temp.as_file().sync_all().map_err(fail)?;
        // Last moment to honour a cancel: after the rename the archive is complete and kept.
        if self.cancel.is_cancelled() {
            return Err(ExportError::Cancelled);
        }
        let size = temp.as_file().metadata().map_err(fail)?.len();
        persist(temp, &destination)?;
        Ok(size)
    }
}

/// Renames a complete, synced temporary file to `destination` and syncs the folder, so that
/// the rename itself survives a crash or a power cut.
fn persist(temp: NamedTempFile, destination: &Path) -> Result<(), ExportError> {
    temp.persist(destination)
        .map_err(|e| ExportError::io(destination, e.error))?;
    let folder = match destination.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    sync_folder(folder);
    Ok(())
}

#[cfg(unix)]
fn sync_folder(folder: &Path) {
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// Windows cannot open a folder as a file to sync it; its rename is durable once it returns.
#[cfg(not(unix))]
fn sync_folder(_: &Path) {}

/// Copies a finished archive to `destination` the way the export writes one: into a temporary
/// file beside it, synced, renamed into place, the folder synced. On any failure nothing is left
/// at `destination`; a full disk is [`DestinationProblem::DiskFull`]. Returns the bytes copied.
pub fn save_copy(source: &Path, destination: &Path) -> Result<u64, ExportError> {
    let folder = check_destination(destination)?;
    let fail = |e: std::io::Error| ExportError::io(destination, e);
    let mut from = File::open(source).map_err(|cause| ExportError::Write {
        path: source.to_path_buf(),
        cause,
    })?;
    let mut temp = tempfile::Builder::new()
        .prefix(".act-export-save.")
        .suffix(".partial")
        .tempfile_in(&folder)
        .map_err(fail)?;
    let copied = std::io::copy(&mut from, temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    persist(temp, destination)?;
    Ok(copied)
}

impl Drop for ArchiveWriter {
    fn drop(&mut self) {
        // Not finished: an abandoned export. Drop the zip without writing its end, then the
        // temporary file (which removes it).
        if let Some(zip) = self.zip.take() {
            if let Some(gate) = zip.get_ref() {
                gate.abandoned.store(true, Ordering::Relaxed);
            }
        }
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
