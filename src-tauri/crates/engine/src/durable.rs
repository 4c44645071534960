//! Putting a finished file in place so that it is either complete or not there: written
//! beside its destination, synced, renamed, the folder synced.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

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

/// How many times a step is tried that another program may hold up for a moment, and the
/// pause before the next try (growing with each: 2.25 s in all).
const ATTEMPTS: u32 = 10;
const PAUSE: Duration = Duration::from_millis(50);

/// Runs `step` (given the attempt's number, from 1) until it succeeds, fails in a way `passing`
/// does not call passing, or has been tried [`ATTEMPTS`] times. Each failure tried again is
/// logged.
pub(crate) fn patiently<T>(
    path: &Path,
    passing: impl Fn(&io::Error) -> bool,
    mut step: impl FnMut(u32) -> io::Result<T>,
) -> io::Result<T> {
    let mut attempt = 1;
    loop {
        match step(attempt) {
            Err(e) if attempt < ATTEMPTS && passing(&e) => {
                tracing::warn!(path = %path.display(), error = %e, attempt, "held up for a moment; trying again");
                std::thread::sleep(PAUSE * attempt);
                attempt += 1;
            }
            done => return done,
        }
    }
}

/// A failure that passes on Windows: the file is open in another program that does not let
/// it be replaced meanwhile (a reader of the file without POSIX rename semantics, as on
/// FAT drives, network shares and Wine; a virus scanner; the search indexer). Nowhere else.
pub(crate) fn held_for_a_moment(error: &io::Error) -> bool {
    /// `ERROR_SHARING_VIOLATION`.
    const SHARING_VIOLATION: i32 = 32;
    cfg!(windows)
        && (error.kind() == io::ErrorKind::PermissionDenied
            || error.raw_os_error() == Some(SHARING_VIOLATION))
}

/// Renames `from` to `to` (replacing it), waiting a little for programs that hold `to` open.
pub(crate) fn rename(from: &Path, to: &Path) -> io::Result<()> {
    patiently(to, held_for_a_moment, |_| std::fs::rename(from, to))
}

/// Puts a complete, synced temporary file at `destination` (replacing it); nothing is left
/// behind when it fails.
pub(crate) fn replace_with(temp: NamedTempFile, destination: &Path) -> io::Result<()> {
    let temp = temp.into_temp_path();
    rename(&temp, destination)?;
    // Renamed: there is nothing left to remove.
    let _ = temp.keep();
    Ok(())
}

/// Renames a complete, synced temporary file to `destination` and syncs the folder, so that
/// the rename itself survives a crash or a power cut.
pub(crate) fn persist(temp: NamedTempFile, destination: &Path) -> Result<(), ExportError> {
    replace_with(temp, destination).map_err(|e| ExportError::io(destination, e))?;
    sync_folder_of(destination);
    Ok(())
}

/// Moves a complete, synced file to `destination`: a rename, or a copy where they are on
/// different drives.
pub(crate) fn move_into_place(from: &Path, destination: &Path) -> Result<(), ExportError> {
    match rename(from, destination) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn refused() -> io::Error {
        io::Error::from(io::ErrorKind::PermissionDenied)
    }

    #[test]
    fn a_refusal_is_tried_again_on_windows_only_and_not_for_ever() {
        let mut tries = 0;
        let done = patiently(Path::new("x"), held_for_a_moment, |attempt| {
            tries = attempt;
            if attempt < 3 {
                Err(refused())
            } else {
                Ok(())
            }
        });
        if cfg!(windows) {
            assert!(done.is_ok());
            assert_eq!(tries, 3);
        } else {
            assert_eq!(done.unwrap_err().kind(), io::ErrorKind::PermissionDenied);
            assert_eq!(tries, 1);
        }
        // A failure that does not pass is returned at once; one that never passes, in the end.
        let mut tries = 0;
        let gone = patiently(Path::new("x"), held_for_a_moment, |attempt| {
            tries = attempt;
            Err::<(), _>(io::Error::from(io::ErrorKind::NotFound))
        });
        assert_eq!(
            (gone.unwrap_err().kind(), tries),
            (io::ErrorKind::NotFound, 1)
        );
        let mut tries = 0;
        let never = patiently(
            Path::new("x"),
            |_| true,
            |attempt| {
                tries = attempt;
                Err::<(), _>(refused())
            },
        );
        assert!(never.is_err());
        assert_eq!(tries, ATTEMPTS);
    }

    /// A file that a reader holds open is replaced once the reader lets go (Windows without
    /// POSIX rename semantics, as Wine, refuses while it is open).
    #[test]
    fn a_file_held_open_by_a_reader_is_replaced_once_it_is_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.json");
        std::fs::write(&target, "old").unwrap();
        let mut reader = Some(File::open(&target).unwrap());
        let mut temp = NamedTempFile::new_in(dir.path()).unwrap();
        io::Write::write_all(&mut temp, b"new").unwrap();
        let temp = temp.into_temp_path();
        patiently(&target, held_for_a_moment, |attempt| {
            if attempt > 1 {
                reader = None;
            }
            std::fs::rename(&temp, &target)
        })
        .unwrap();
        drop(reader);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }
}
