//! Making the sample data from a fixed seed: the same ids, names and sizes at every start.

use std::collections::BTreeMap;

use crate::content::{seed_of, splitmix, ContentKind};
use crate::data::{
    AppData, ClientData, Dataset, FileData, FileSetEntry, HashFileData, OwnerData, PhantomClient,
    Profile, RunData,
};

struct Gen {
    state: u64,
    files: BTreeMap<String, FileData>,
}

impl Gen {
    fn next(&mut self) -> u64 {
        splitmix(&mut self.state)
    }

    fn uuid(&mut self) -> String {
        let a = self.next();
        let b = self.next();
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        )
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let index = usize::try_from(self.next() % items.len() as u64).unwrap_or(0);
        &items[index]
    }

    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    /// Registers a file and returns its key.
    fn file(
        &mut self,
        name: &str,
        size: u64,
        kind: ContentKind,
        content_type: &'static str,
    ) -> String {
        let key = format!("{:016x}", self.next());
        self.files.insert(
            key.clone(),
            FileData {
                key: key.clone(),
                name: name.to_string(),
                size,
                kind,
                content_type,
            },
        );
        key
    }
}

const FEATURES: [(&str, [&str; 3]); 4] = [
    (
        "Sign in",
        [
            "Sign in with a valid account",
            "Wrong password is refused",
            "Session survives restart",
        ],
    ),
    (
        "Work orders",
        [
            "List today's orders",
            "Close an order with a photo",
            "Offline order sync",
        ],
    ),
    (
        "Timesheet",
        ["Clock in and out", "Edit a past entry", "Weekly total"],
    ),
    (
        "Settings",
        ["Change language", "Notification toggles", "Sign out"],
    ),
];

const LOCALES: [&str; 5] = ["en_US", "de_DE", "fr_FR", "nl_NL", "en_GB"];

struct AppPlan {
    owner: usize,
    name: &'static str,
    display_name: &'static str,
    os: &'static str,
    platform: &'static str,
    /// `(client index, runs)`.
    clients: Vec<(usize, usize)>,
    binary_bytes: u64,
}

/// Builds the dataset for a profile.
pub fn build(profile: &Profile) -> Dataset {
    let mut g = Gen {
        state: seed_of("act-export sample data v1"),
        files: BTreeMap::new(),
    };
    let user = OwnerData {
        id: g.uuid(),
        name: "alex.morgan".into(),
        display_name: "Alex Morgan".into(),
        kind: "user",
        email: "alex.morgan@northwind-qa.example".into(),
    };
    let org = OwnerData {
        id: g.uuid(),
        name: "northwind-qa".into(),
        display_name: "Northwind QA Services".into(),
        kind: "org",
        email: "qa@northwind-qa.example".into(),
    };
    let clients: Vec<ClientData> = [
        ("Contoso Ltd", "contoso-regression"),
        ("Fabrikam Inc", "fabrikam-smoke"),
        ("Tailspin Toys", "tailspin-nightly"),
        ("Alex Morgan (personal)", "personal"),
    ]
    .iter()
    .map(|(name, series)| ClientData {
        name: (*name).into(),
        series: (*series).into(),
    })
    .collect();

    let plans = match profile {
        Profile::Sample => vec![
            AppPlan {
                owner: 1,
                name: "fieldmate-android",
                display_name: "FieldMate for Android",
                os: "Android",
                platform: "Java",
                clients: vec![(0, 8), (1, 8), (2, 8)],
                binary_bytes: 3 * 1024 * 1024,
            },
            AppPlan {
                owner: 1,
                name: "fieldmate-ios",
                display_name: "FieldMate for iOS",
                os: "iOS",
                platform: "Objective-C-Swift",
                clients: vec![(0, 6), (1, 6)],
                binary_bytes: 4 * 1024 * 1024,
            },
            AppPlan {
                owner: 0,
                name: "pocket-budget",
                display_name: "Pocket Budget",
                os: "Android",
                platform: "React-Native",
                clients: vec![(3, 1)],
                binary_bytes: 1536 * 1024,
            },
        ],
        Profile::Bench { runs, file_bytes } => vec![AppPlan {
            owner: 1,
            name: "bench-app",
            display_name: "Benchmark App",
            os: "Android",
            platform: "Java",
            clients: vec![(0, *runs)],
            binary_bytes: *file_bytes,
        }],
    };
    let bench = matches!(profile, Profile::Bench { .. });
    let owners = [user.clone(), org.clone()];
    let apps = plans
        .iter()
        .map(|plan| build_app(&mut g, plan, &owners[plan.owner], &clients, bench))
        .collect();
    // Made last, so that every id above stays what it was before the phantom client existed.
    let phantom = PhantomClient {
        name: "Wingtip Toys".into(),
        binary_key: g.file(
            "wingtip-secret-1.0.apk",
            64 * 1024,
            ContentKind::Binary,
            "application/octet-stream",
        ),
        symbols_key: g.file(
            "wingtip-secret-1.0.dSYM.zip",
            16 * 1024,
            ContentKind::Binary,
            "application/zip",
        ),
        icon_key: g.file("icon-wingtip.png", 2048, ContentKind::Binary, "image/png"),
        test_file_key: g.file(
            "wingtip_secret_steps.rb",
            4096,
            ContentKind::Text,
            "text/plain",
        ),
    };
    Dataset {
        user,
        orgs: vec![org],
        apps,
        clients,
        files: g.files,
        feature_flags: vec!["test-new-device-picker".into(), "test-report-v2".into()],
        phantom,
    }
}

fn build_app(
    g: &mut Gen,
    plan: &AppPlan,
    owner: &OwnerData,
    clients: &[ClientData],
    bench: bool,
) -> AppData {
    let ios = plan.os == "iOS";
    let mut hash_files = Vec::new();
    let mut runs = Vec::new();
    let mut day = 0u64;
    for &(client_index, run_count) in &plan.clients {
        let client = &clients[client_index];
        let short = client.series.split('-').next().unwrap_or("client");
        let mut version_binary: Option<(String, String, Option<String>)> = None;
        for n in 0..run_count {
            // A new app version (and binary) every three runs: runs share binaries.
            let minor = n / 3;
            let version = format!("2.{}.{}", minor + 1, n % 3);
            if n % 3 == 0 || version_binary.is_none() || bench {
                let ext = if ios { "ipa" } else { "apk" };
                let filename = format!("fieldmate-{short}-{version}.{ext}");
                let key = g.file(
                    &filename,
                    plan.binary_bytes,
                    ContentKind::Binary,
                    "application/octet-stream",
                );
                let id = g.uuid();
                hash_files.push(HashFileData {
                    id: id.clone(),
                    filename,
                    key,
                });
                let dsym = if ios {
                    let filename = format!("fieldmate-{short}-{version}.dSYM.zip");
                    let key = g.file(
                        &filename,
                        512 * 1024,
                        ContentKind::Binary,
                        "application/zip",
                    );
                    let dsym_id = g.uuid();
                    hash_files.push(HashFileData {
                        id: dsym_id.clone(),
                        filename,
                        key,
                    });
                    Some(dsym_id)
                } else {
                    None
                };
                version_binary = Some((version.clone(), id, dsym));
            }
            let Some((_, app_hash_file_id, dsym_hash_file_id)) = version_binary.clone() else {
                continue;
            };
            let id = g.uuid();
            let app_upload_id = if n % 2 == 0 { id.clone() } else { g.uuid() };
            day += g.range(1, 4);
            let (month, dom, hour, minute) = (
                1 + (day / 28) % 12,
                1 + day % 28,
                g.range(7, 18),
                g.range(0, 59),
            );
            let date = format!("2024-{month:02}-{dom:02}T{hour:02}:{minute:02}:00Z");
            let date_finished = format!("2024-{month:02}-{dom:02}T{:02}:{minute:02}:00Z", hour + 1);
            let (icon_bytes, set_files, artifacts_bytes, log_bytes) = if bench {
                (2048, 0, 0, 0)
            } else {
                (8 * 1024, 3, 200 * 1024, 24 * 1024)
            };
            let icon_key = g.file(
                &format!("icon-{short}.png"),
                icon_bytes,
                ContentKind::Binary,
                "image/png",
            );
            let mut file_set = Vec::new();
            for (i, path) in [
                "features/sign_in.feature",
                "features/step_definitions/steps.rb",
                "config/cucumber.yml",
            ]
            .iter()
            .take(set_files)
            .enumerate()
            {
                let size = g.range(2 * 1024, 16 * 1024) + i as u64;
                let key = g.file(path, size, ContentKind::Text, "text/plain");
                let hash_id = g.uuid();
                let filename = path.rsplit('/').next().unwrap_or(path).to_string();
                hash_files.push(HashFileData {
                    id: hash_id.clone(),
                    filename,
                    key,
                });
                file_set.push(FileSetEntry {
                    path: (*path).to_string(),
                    hash_file_id: hash_id,
                });
            }
            let mut artifacts = Vec::new();
            let mut device_logs = Vec::new();
            if !bench {
                let key = g.file(
                    "screenshots.zip",
                    artifacts_bytes,
                    ContentKind::Binary,
                    "application/zip",
                );
                artifacts.push(("screenshots".to_string(), key));
                for device in 0..2 {
                    let snapshot = g.uuid();
                    let device_log = g.file(
                        &format!("device-{device}.log"),
                        log_bytes,
                        ContentKind::Text,
                        "text/plain",
                    );
                    let test_log = g.file(
                        &format!("test-{device}.log"),
                        log_bytes / 2,
                        ContentKind::Text,
                        "text/plain",
                    );
                    device_logs.push((snapshot, device_log, test_log));
                }
            }
            let features = (0..2)
                .map(|_| {
                    let (name, tests) = g.pick(&FEATURES);
                    (
                        (*name).to_string(),
                        tests.iter().map(|t| (*t).to_string()).collect(),
                    )
                })
                .collect();
            let total = 6u32;
            let failed = u32::try_from(g.next() % 3).unwrap_or(0).min(total);
            let skipped = u32::from(g.next().is_multiple_of(5));
            runs.push(RunData {
                id,
                app_upload_id,
                client: client.name.clone(),
                series: client.series.clone(),
                date,
                date_finished,
                app_version: version,
                platform: if ios { "ios" } else { "android" },
                test_type: if ios { "XCUITest" } else { "Appium" },
                passed: total - failed - skipped,
                failed,
                skipped,
                devices: 2,
                locale: (*g.pick(&LOCALES)).to_string(),
                app_hash_file_id,
                dsym_hash_file_id,
                icon_key,
                file_set,
                artifacts,
                device_logs,
                features,
            });
        }
    }
    let hash_files_index_key = g.file("hash-files.json", 4096, ContentKind::Text, "text/plain");
    AppData {
        id: g.uuid(),
        name: plan.name.into(),
        display_name: plan.display_name.into(),
        os: plan.os,
        platform: plan.platform,
        owner: owner.clone(),
        runs,
        hash_files,
        hash_files_index_key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_data_is_deterministic_and_shaped_as_promised() {
        let a = build(&Profile::Sample);
        let b = build(&Profile::Sample);
        assert_eq!(a.apps[0].runs[5].id, b.apps[0].runs[5].id);
        assert_eq!(a.apps.len(), 3);
        let runs: usize = a.apps.iter().map(|app| app.runs.len()).sum();
        assert!(runs >= 36, "{runs}");
        let shared = &a.apps[0];
        let series: std::collections::BTreeSet<_> = shared.runs.iter().map(|r| &r.series).collect();
        assert!(series.len() >= 3, "several clients share one app");
        assert!(shared.runs.iter().any(|r| r.app_upload_id != r.id));
        assert!(shared.runs.iter().any(|r| r.app_upload_id == r.id));
        // Every referenced hash file exists.
        for app in &a.apps {
            for run in &app.runs {
                let ids = std::iter::once(&run.app_hash_file_id)
                    .chain(run.dsym_hash_file_id.iter())
                    .chain(run.file_set.iter().map(|f| &f.hash_file_id));
                for id in ids {
                    assert!(app.hash_files.iter().any(|h| &h.id == id), "{id}");
                }
            }
        }
        assert_eq!(a.orgs[0].kind, "org");
        assert_eq!(a.user.kind, "user");
    }
}
