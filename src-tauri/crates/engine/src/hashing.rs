//! SHA-256 while copying: one loop for the archive writer, `verify` and the archive's own
//! checksum, and a download sink that hashes what it writes.

use std::io::{Read, Write};
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll};

use act_api::{FileSink, RestartableSink};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWrite;

/// The size of the pieces copied.
const PIECE: usize = 256 * 1024;

/// Copies `from` into `to` in pieces, hashing what passes unless `hash` is false (the
/// checksum is known already); `between` runs before each piece (to honour a cancel).
/// Returns the bytes copied and their SHA-256, lowercase hex (empty when not hashed).
pub(crate) fn copy_hashing<E>(
    from: &mut dyn Read,
    to: &mut dyn Write,
    hash: bool,
    mut between: impl FnMut() -> Result<(), E>,
    io_error: impl Fn(std::io::Error) -> E,
) -> Result<(u64, String), E> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; PIECE];
    let mut total = 0u64;
    loop {
        between()?;
        let n = match from.read(&mut buffer) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_error(e)),
        };
        if n == 0 {
            let sha = if hash {
                hex::encode(hasher.finalize())
            } else {
                String::new()
            };
            return Ok((total, sha));
        }
        if hash {
            hasher.update(&buffer[..n]);
        }
        to.write_all(&buffer[..n]).map_err(&io_error)?;
        total += n as u64;
    }
}

/// SHA-256 of bytes, lowercase hex.
pub(crate) fn sha256_bytes(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A download target that hashes every byte written to it; restarting empties both.
pub(crate) struct HashingFile {
    file: FileSink,
    hasher: Sha256,
}

impl HashingFile {
    /// A new, empty file.
    pub(crate) async fn create(path: &Path) -> std::io::Result<HashingFile> {
        Ok(HashingFile {
            file: FileSink::create(path).await?,
            hasher: Sha256::new(),
        })
    }

    /// A file an earlier run began: what it holds is hashed, and writing continues after it.
    pub(crate) async fn resume(path: &Path) -> std::io::Result<HashingFile> {
        let owned = path.to_path_buf();
        let hasher = tokio::task::spawn_blocking(move || -> std::io::Result<Sha256> {
            let mut file = std::fs::File::open(owned)?;
            let mut hasher = Sha256::new();
            let mut buffer = vec![0u8; PIECE];
            loop {
                let n = file.read(&mut buffer)?;
                if n == 0 {
                    return Ok(hasher);
                }
                hasher.update(&buffer[..n]);
            }
        })
        .await
        .map_err(std::io::Error::other)??;
        Ok(HashingFile {
            file: FileSink::append(path).await?,
            hasher,
        })
    }

    /// The SHA-256 of everything the file holds.
    pub(crate) fn sha256(&self) -> String {
        hex::encode(self.hasher.clone().finalize())
    }

    /// Makes what it holds durable.
    pub(crate) async fn sync(&mut self) -> std::io::Result<()> {
        self.file.sync().await
    }
}

impl AsyncWrite for HashingFile {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = &mut *self;
        match Pin::new(&mut this.file).poll_write(cx, buf) {
            Poll::Ready(Ok(n)) => {
                this.hasher.update(&buf[..n]);
                Poll::Ready(Ok(n))
            }
            other => other,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.file).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.file).poll_shutdown(cx)
    }
}

impl RestartableSink for HashingFile {
    async fn restart(&mut self) -> std::io::Result<()> {
        self.file.restart().await?;
        self.hasher = Sha256::new();
        Ok(())
    }

    fn written(&self) -> u64 {
        self.file.written()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    #[tokio::test]
    async fn the_sink_hashes_what_it_writes_and_forgets_on_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        let mut sink = HashingFile::create(&path).await.unwrap();
        sink.write_all(b"wrong start").await.unwrap();
        sink.restart().await.unwrap();
        sink.write_all(b"hello").await.unwrap();
        sink.flush().await.unwrap();
        assert_eq!(sink.sha256(), sha256_bytes(b"hello"));
        assert_eq!(
            sha256_bytes(&std::fs::read(&path).unwrap()),
            sha256_bytes(b"hello")
        );
        drop(sink);
        // An earlier run's file: its bytes count, and writing continues after them.
        let mut sink = HashingFile::resume(&path).await.unwrap();
        assert_eq!(sink.written(), 5);
        sink.write_all(b", world").await.unwrap();
        sink.flush().await.unwrap();
        assert_eq!(sink.sha256(), sha256_bytes(b"hello, world"));
        assert_eq!(
            sha256_bytes(&std::fs::read(&path).unwrap()),
            sha256_bytes(b"hello, world")
        );
    }
}
