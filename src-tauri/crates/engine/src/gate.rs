//! The file a zip is written to: a temporary file beside the destination (removed when
//! dropped), or a file kept in a staging folder (left for a later run to continue). It tracks
//! its own position, so that a checkpoint knows where the entries end. Once abandoned, writes
//! and seeks do nothing (but succeed): the zip crate finalises an archive when it is dropped,
//! which for an abandoned export would be wasted work and, on a full disk, a message on stderr.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tempfile::NamedTempFile;

/// What backs the zip.
pub(crate) enum Backing {
    Temporary(NamedTempFile),
    Kept(File, PathBuf),
}

impl Backing {
    pub(crate) fn file(&self) -> &File {
        match self {
            Backing::Temporary(temp) => temp.as_file(),
            Backing::Kept(file, _) => file,
        }
    }
}

pub(crate) struct Gate {
    pub(crate) backing: Backing,
    pub(crate) abandoned: Arc<AtomicBool>,
    /// The position, as the zip crate sees it.
    position: u64,
    /// Once abandoned: where the file end would be.
    virtual_end: Option<u64>,
}

impl Gate {
    pub(crate) fn new(backing: Backing, position: u64) -> Gate {
        Gate {
            backing,
            abandoned: Arc::new(AtomicBool::new(false)),
            position,
            virtual_end: None,
        }
    }

    /// Where the zip crate writes next.
    pub(crate) fn position(&self) -> u64 {
        self.position
    }

    fn abandoned(&mut self) -> bool {
        if !self.abandoned.load(Ordering::Relaxed) {
            return false;
        }
        if self.virtual_end.is_none() {
            let end = self
                .backing
                .file()
                .metadata()
                .map_or(self.position, |m| m.len());
            self.virtual_end = Some(end.max(self.position));
        }
        true
    }
}

impl Write for Gate {
    fn write(&mut self, buffer: &[u8]) -> std::io::Result<usize> {
        if self.abandoned() {
            self.position += buffer.len() as u64;
            if let Some(end) = self.virtual_end.as_mut() {
                *end = (*end).max(self.position);
            }
            return Ok(buffer.len());
        }
        let mut file: &File = self.backing.file();
        let n = file.write(buffer)?;
        self.position += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.abandoned() {
            return Ok(());
        }
        let mut file: &File = self.backing.file();
        file.flush()
    }
}

impl Seek for Gate {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        if self.abandoned() {
            let end = self.virtual_end.unwrap_or(self.position);
            self.position = match to {
                SeekFrom::Start(n) => n,
                SeekFrom::Current(d) => self.position.saturating_add_signed(d),
                SeekFrom::End(d) => end.saturating_add_signed(d),
            };
            return Ok(self.position);
        }
        let mut file: &File = self.backing.file();
        self.position = file.seek(to)?;
        Ok(self.position)
    }
}

impl Read for Gate {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let mut file: &File = self.backing.file();
        let n = file.read(buffer)?;
        self.position += n as u64;
        Ok(n)
    }
}
