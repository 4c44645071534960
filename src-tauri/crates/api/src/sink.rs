//! Where downloads are written: anything that can start over when a retry is needed.

use tokio::io::{AsyncSeekExt, AsyncWrite};

/// Something a download can be written to and started over in, when a retry is needed.
pub trait RestartableSink: AsyncWrite + Unpin + Send {
    /// Empties the sink so that the download can start again from byte 0.
    fn restart(&mut self) -> impl std::future::Future<Output = std::io::Result<()>> + Send;
}

impl RestartableSink for tokio::fs::File {
    async fn restart(&mut self) -> std::io::Result<()> {
        self.set_len(0).await?;
        self.seek(std::io::SeekFrom::Start(0)).await?;
        Ok(())
    }
}

impl RestartableSink for std::io::Cursor<Vec<u8>> {
    async fn restart(&mut self) -> std::io::Result<()> {
        self.get_mut().clear();
        self.set_position(0);
        Ok(())
    }
}
