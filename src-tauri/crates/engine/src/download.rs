//! Downloading the planned files, `parallel` at a time, into temporary files that the archive
//! writer then copies and removes.

use std::path::Path;
use std::sync::Arc;

use act_api::{Client, ErrorKind};
use futures_util::{StreamExt, TryStreamExt};
use tokio::sync::mpsc;

use crate::archive::{Item, ManifestEntry, Source};
use crate::error::{ExportError, Step};
use crate::export::{entry, send};
use crate::files::PlannedFile;
use crate::progress::Tracker;
use crate::readme::MissingFile;

/// Downloads every planned file into temporary files beside the destination and hands each to
/// the writer. Files the service no longer has (404) are returned as missing.
pub(crate) async fn download_all(
    client: &Client,
    planned: Vec<PlannedFile>,
    parallel: usize,
    tracker: &Arc<Tracker>,
    sender: &mpsc::Sender<Item>,
    downloads: &Path,
    destination: &Path,
) -> Result<Vec<MissingFile>, ExportError> {
    let sizes = Arc::new(std::sync::Mutex::new((
        vec![None::<u64>; planned.len()],
        vec![0u64; planned.len()],
    )));
    let results: Vec<Option<MissingFile>> =
        futures_util::stream::iter(planned.into_iter().enumerate())
            .map(|(index, file)| {
                let path = downloads.join(format!("{index}.part"));
                let sizes = sizes.clone();
                async move {
                    let mut out = tokio::fs::File::create(&path)
                        .await
                        .map_err(|e| ExportError::io(destination, e))?;
                    let mut report = |done: u64, total: Option<u64>| {
                        let Ok(mut guard) = sizes.lock() else { return };
                        guard.0[index] = total.or(Some(done));
                        guard.1[index] = done;
                        let bytes_done = guard.1.iter().sum();
                        let bytes_total = guard
                            .0
                            .iter()
                            .all(Option::is_some)
                            .then(|| guard.0.iter().flatten().sum());
                        drop(guard);
                        tracker.update(false, |p| {
                            p.bytes_done = bytes_done;
                            p.bytes_total = bytes_total;
                            p.current = Some(file.original_name.clone());
                        });
                    };
                    let outcome = client.download(&file.url, &mut out, &mut report).await;
                    drop(out);
                    tracker.update(false, |p| p.items_done += 1);
                    match outcome {
                        Ok(_) => {
                            let item = Item {
                                source: Source::File(path),
                                entry: ManifestEntry {
                                    original_name: (file.original_name
                                        != file.path.rsplit('/').next().unwrap_or(""))
                                    .then(|| file.original_name.clone()),
                                    source_url: Some(act_api::strip_query(&file.url)),
                                    ..entry(file.path.clone(), file.kind, file.run_ids.clone())
                                },
                            };
                            send(sender, item).await?;
                            Ok(None)
                        }
                        Err(error) if error.kind == ErrorKind::NotFound => {
                            let _ = tokio::fs::remove_file(&path).await;
                            Ok(Some(MissingFile {
                                url: act_api::strip_query(&file.url),
                                kind: file.kind.to_string(),
                                run_ids: file.run_ids.clone(),
                            }))
                        }
                        Err(error) if error.kind == ErrorKind::LocalWrite => {
                            // Disk full, no permission...: a problem of the destination, named so.
                            let kind = error
                                .io_error()
                                .map_or(std::io::ErrorKind::Other, std::io::Error::kind);
                            Err(ExportError::io(
                                destination,
                                std::io::Error::new(kind, error.to_string()),
                            ))
                        }
                        Err(error) => Err(ExportError::api(Step::Download, error)),
                    }
                }
            })
            .buffer_unordered(parallel)
            .try_collect()
            .await?;
    Ok(results.into_iter().flatten().collect())
}
