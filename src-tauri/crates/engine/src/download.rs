//! Downloading the planned files, `parallel` at a time, into temporary files that the archive
//! writer then copies and removes. Each file is hashed as it arrives; a file whose bytes equal
//! an already archived one's is not stored twice (its links say "the same content").

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use act_api::{strip_query, Client, ErrorKind};
use futures_util::{StreamExt, TryStreamExt};
use tokio::sync::mpsc;

use crate::error::ExportError;
use crate::files::PlannedFile;
use crate::hashing::HashingFile;
use crate::ledger::Outcome;
use crate::model::{Item, ItemSource, ManifestEntry};
use crate::progress::{Phase, Tracker};

/// Hands an item to the writer. The writer only hangs up when it failed (or the export is
/// cancelled); the export then reports the writer's own error, not this one.
pub(crate) async fn send(sender: &mpsc::Sender<Item>, item: Item) -> Result<(), ExportError> {
    sender.send(item).await.map_err(|_| ExportError::Cancelled)
}

/// Bytes so far and sizes as servers declared them, per file, for the progress report.
struct Sizes {
    declared: Vec<Option<u64>>,
    done: Vec<u64>,
}

/// Downloads every planned file into temporary files in `downloads` and hands each to the
/// writer. Returns each file's outcome, in plan order.
pub(crate) async fn download_all(
    client: &Client,
    planned: Vec<PlannedFile>,
    parallel: usize,
    tracker: &Arc<Tracker>,
    sender: &mpsc::Sender<Item>,
    downloads: &Path,
    destination: &Path,
) -> Result<Vec<Outcome>, ExportError> {
    let sizes = Arc::new(Mutex::new(Sizes {
        declared: vec![None; planned.len()],
        done: vec![0; planned.len()],
    }));
    // SHA-256 → the path of the archived file with those bytes.
    let archived: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let mut outcomes: Vec<(usize, Outcome)> =
        futures_util::stream::iter(planned.into_iter().enumerate())
            .map(|(index, file)| {
                let (sizes, archived) = (sizes.clone(), archived.clone());
                async move {
                    let path = downloads.join(format!("{index}.part"));
                    let created = tokio::fs::File::create(&path)
                        .await
                        .map_err(|e| ExportError::io(destination, e))?;
                    let mut sink = HashingFile::new(created);
                    let mut report = |done: u64, total: Option<u64>| {
                        let Ok(mut s) = sizes.lock() else { return };
                        s.declared[index] = total.or(Some(done));
                        s.done[index] = done;
                        let bytes_done = s.done.iter().sum();
                        let bytes_total = s
                            .declared
                            .iter()
                            .all(Option::is_some)
                            .then(|| s.declared.iter().flatten().sum());
                        drop(s);
                        tracker.update(false, |p| {
                            p.bytes_done = bytes_done;
                            p.bytes_total = bytes_total;
                            p.current = Some(file.original_name.clone());
                        });
                    };
                    let fetched = client.download(&file.url, &mut sink, &mut report).await;
                    let sha256 = sink.sha256();
                    drop(sink);
                    tracker.update(false, |p| p.items_done += 1);
                    let outcome = match fetched {
                        Ok(_) => {
                            let first = {
                                let mut seen =
                                    archived.lock().map_err(|_| ExportError::Cancelled)?;
                                match seen.get(&sha256) {
                                    Some(other) => Some(other.clone()),
                                    None => {
                                        seen.insert(sha256.clone(), file.path.clone());
                                        None
                                    }
                                }
                            };
                            match first {
                                Some(other) => {
                                    let _ = tokio::fs::remove_file(&path).await;
                                    Outcome::SameContent(other)
                                }
                                None => {
                                    let item = Item {
                                        source: ItemSource::Downloaded { path, sha256 },
                                        entry: ManifestEntry {
                                            original_name: (file.original_name
                                                != file.path.rsplit('/').next().unwrap_or(""))
                                            .then(|| file.original_name.clone()),
                                            source_url: Some(strip_query(&file.url)),
                                            ..ManifestEntry::new(
                                                file.path.clone(),
                                                file.kind,
                                                file.run_ids.clone(),
                                            )
                                        },
                                    };
                                    send(sender, item).await?;
                                    Outcome::Archived
                                }
                            }
                        }
                        Err(error) if error.kind == ErrorKind::NotFound => {
                            let _ = tokio::fs::remove_file(&path).await;
                            Outcome::Missing(error.status)
                        }
                        Err(error) if error.kind == ErrorKind::LocalWrite => {
                            // Disk full, no permission...: a problem of the destination, named so.
                            let kind = error
                                .io_error()
                                .map_or(std::io::ErrorKind::Other, std::io::Error::kind);
                            return Err(ExportError::io(
                                destination,
                                std::io::Error::new(kind, error.to_string()),
                            ));
                        }
                        Err(error) => return Err(ExportError::api(Phase::Downloading, error)),
                    };
                    Ok::<_, ExportError>((index, outcome))
                }
            })
            .buffer_unordered(parallel)
            .try_collect()
            .await?;
    outcomes.sort_by_key(|(index, _)| *index);
    Ok(outcomes.into_iter().map(|(_, o)| o).collect())
}
