//! Putting a finished file in place so that it is either complete or not there: written
//! beside its destination, synced, renamed, the folder synced.

use std::fs::File;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{DestinationProblem, ExportError};

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

/// Renames a complete, synced temporary file to `destination` and syncs the folder, so that
/// the rename itself survives a crash or a power cut.
pub(crate) fn persist(temp: NamedTempFile, destination: &Path) -> Result<(), ExportError> {
    temp.persist(destination)
        .map_err(|e| ExportError::io(destination, e.error))?;
    sync_folder_of(destination);
    Ok(())
}

/// Moves a complete, synced file to `destination`: a rename, or a copy where they are on
/// different drives.
pub(crate) fn move_into_place(from: &Path, destination: &Path) -> Result<(), ExportError> {
    match std::fs::rename(from, destination) {
        Ok(()) => {
            sync_folder_of(destination);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::CrossesDevices => {
            save_copy(from, destination)?;
            let _ = std::fs::remove_file(from);
            Ok(())
        }
        Err(e) => Err(ExportError::io(destination, e)),
    }
}

fn sync_folder_of(path: &Path) {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    sync_folder(folder);
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
/// at `destination`; a full disk is [`crate::DestinationProblem::DiskFull`]. Returns the bytes
/// copied.
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
