//! Where downloads are written: anything that can start over, or say how much it holds so
//! that a download continues after it.

use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncSeekExt, AsyncWrite};

/// Something a download can be written to, continued in, and started over in.
pub trait RestartableSink: AsyncWrite + Unpin + Send {
    /// Empties the sink so that the download can start again from byte 0.
    fn restart(&mut self) -> impl std::future::Future<Output = std::io::Result<()>> + Send;

    /// The bytes it holds: a download may continue after them (HTTP `Range`).
    fn written(&self) -> u64;
}

impl RestartableSink for std::io::Cursor<Vec<u8>> {
    async fn restart(&mut self) -> std::io::Result<()> {
        self.get_mut().clear();
        self.set_position(0);
        Ok(())
    }

    fn written(&self) -> u64 {
        self.get_ref().len() as u64
    }
}

/// A file as a download target that knows its length.
#[derive(Debug)]
pub struct FileSink {
    file: tokio::fs::File,
    written: u64,
}

impl FileSink {
    /// A new, empty file, private to the user from its creation (0600 on Unix: a download
    /// holds personal data from its first byte).
    pub async fn create(path: &std::path::Path) -> std::io::Result<FileSink> {
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        options.mode(0o600);
        Ok(FileSink {
            file: options.open(path).await?,
            written: 0,
        })
    }

    /// An existing file, to continue after its last byte.
    pub async fn append(path: &std::path::Path) -> std::io::Result<FileSink> {
        let mut file = tokio::fs::OpenOptions::new().write(true).open(path).await?;
        let written = file.seek(std::io::SeekFrom::End(0)).await?;
        Ok(FileSink { file, written })
    }

    /// Makes the bytes written so far durable.
    pub async fn sync(&mut self) -> std::io::Result<()> {
        use tokio::io::AsyncWriteExt;
        self.file.flush().await?;
        self.file.sync_data().await
    }
}

impl AsyncWrite for FileSink {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = &mut *self;
        match Pin::new(&mut this.file).poll_write(cx, buf) {
            Poll::Ready(Ok(n)) => {
                this.written += n as u64;
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

impl RestartableSink for FileSink {
    async fn restart(&mut self) -> std::io::Result<()> {
        self.file.set_len(0).await?;
        self.file.seek(std::io::SeekFrom::Start(0)).await?;
        self.written = 0;
        Ok(())
    }

    fn written(&self) -> u64 {
        self.written
    }
}
