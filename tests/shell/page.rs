//! What the page reads, pinned: every type the shell sends over IPC, as JSON. A change in a
//! crate below (the engine, the journal, the API client) cannot change what the page gets
//! without one of these snapshots changing with it.

use act_export_desktop::error::{AppError, Code};
use act_export_desktop::page::{
    AppInfo, AppRow, ApprovalView, CaseDetail, CaseRow, CopyRow, EventRow, ExportDone, Greeting,
    JournalCheck, JournalPlace, OldCopy, RequestsView, Right, Saved, Status, Strength,
    UnfinishedRow,
};

fn case_row() -> CaseRow {
    CaseRow {
        reference: "DSR-1042".into(),
        subject: "Contoso Ltd".into(),
        right: Right::Access,
        right_words: "right of access (Art. 15)".into(),
        received: "2026-11-27".into(),
        received_words: "Friday 27 November 2026".into(),
        due: "2026-12-28".into(),
        due_words: "Monday 28 December 2026".into(),
        days_left: 23,
        standing: "23 days left".into(),
        overdue: false,
        status: Status::Answered,
        status_words: "answered".into(),
        extension_months: 1,
        extension: Some(
            "Extended by 1 month; the requester was told on 3 December 2026: many apps".into(),
        ),
        answered: Some("7 December 2026, answered on time".into()),
        exports: 2,
        notes: vec!["Called the requester.".into()],
        copies: vec![CopyRow {
            path: "/home/dana/contoso.zip".into(),
            saved: "7 December 2026, 09:30 UTC".into(),
            age_days: 40,
            exists: true,
            old: true,
            elsewhere: None,
        }],
        protect: true,
        assignee: Some("dana".into()),
        language: "fr".into(),
        language_name: "Français".into(),
    }
}

#[test]
fn app_info() {
    insta::assert_json_snapshot!(
        "app_info",
        AppInfo {
            name: "ACT Export",
            version: "0.1.0",
        }
    );
}

#[test]
fn greeting_and_apps() {
    insta::assert_json_snapshot!(
        "greeting",
        Greeting {
            display_name: "Dana Reyes".into(),
            base_url: "https://api.appcenter.ms/".into(),
            sample: false,
            remembered: true,
            remember_problem: Some("The keychain is locked.".into()),
        }
    );
    insta::assert_json_snapshot!(
        "app_row",
        AppRow {
            owner: "northwind-qa".into(),
            name: "fieldmate-android".into(),
            display_name: "FieldMate for Android".into(),
            owner_display_name: "Northwind QA".into(),
            os: "Android".into(),
        }
    );
}

#[test]
fn runs() {
    insta::assert_json_snapshot!(
        "run_row",
        act_export_desktop::page::run_row(&act_engine::readme::RunRow {
            id: "420b8c48-b63a-4735-bf31-b63f9f8ce049".into(),
            date: "2024-01-03T18:46:00Z".into(),
            test_series: "contoso-regression".into(),
            app_version: "2.1.0".into(),
            platform: "android".into(),
            result: "failed".into(),
        })
    );
}

#[test]
fn progress() {
    let progress = act_engine::Progress {
        phase: act_engine::Phase::Downloading,
        items_done: 12,
        items_total: 30,
        bytes_done: 4_000_000,
        bytes_total: Some(8_600_000),
        bytes_archived: 3_000_000,
        current: Some("files/app.apk".into()),
        app: Some("FieldMate for iOS, app 2 of 2".into()),
        retries: 3,
        last_retry: Some(act_engine::RetryNote {
            reason: act_api::RetryReason::ServerError { status: 503 },
            wait_seconds: 4,
            attempt: 2,
            max_attempts: 6,
        }),
        pacing_seconds: Some(12),
    };
    insta::assert_json_snapshot!(
        "progress_downloading",
        act_export_desktop::page::progress(&progress)
    );
    let mut waiting = progress;
    waiting.phase = act_engine::Phase::ListingRuns;
    waiting.last_retry = Some(act_engine::RetryNote {
        reason: act_api::RetryReason::RateLimited,
        wait_seconds: 30,
        attempt: 1,
        max_attempts: 6,
    });
    waiting.bytes_total = None;
    insta::assert_json_snapshot!(
        "progress_waiting",
        act_export_desktop::page::progress(&waiting)
    );
}

#[test]
fn export_done_saved_and_unfinished() {
    insta::assert_json_snapshot!(
        "export_done",
        ExportDone {
            file_name: "ACT-Export_northwind-qa_fieldmate-android-and-1-more_2026-12-04.zip".into(),
            runs: 13,
            each_app: vec![
                act_export_desktop::page::app_runs(&act_engine::AppRuns {
                    owner: "northwind-qa".into(),
                    app: "fieldmate-android".into(),
                    display_name: "FieldMate for Android".into(),
                    runs: 8,
                }),
                act_export_desktop::page::app_runs(&act_engine::AppRuns {
                    owner: "northwind-qa".into(),
                    app: "fieldmate-ios".into(),
                    display_name: "FieldMate for iOS".into(),
                    runs: 5,
                }),
            ],
            files: 30,
            missing_files: 1,
            bytes: 8_600_000,
            sha256: "16c2b041bc927c21e5947e00cab5545e33f8a66f1b50a742891f4ebaffe9d70a".into(),
            excluded_records: 280,
            resumed_from: Some("4 December 2026, 14:40 UTC".into()),
            begun_anew: Some(act_engine::BegunAnew::OtherPassword.words().to_string()),
            reference: Some("DSR-1042".into()),
            protected: true,
            journal_problem: Some(AppError::new(Code::JournalStorage, "the journal is full")),
        }
    );
    insta::assert_json_snapshot!(
        "saved",
        Saved {
            path: "/home/dana/contoso.zip".into(),
            journal_problem: None,
        }
    );
    insta::assert_json_snapshot!(
        "unfinished_row",
        UnfinishedRow {
            key: "0123456789abcdef".into(),
            owner: "northwind-qa".into(),
            app: "fieldmate-android".into(),
            app_name: "FieldMate for Android and FieldMate for iOS".into(),
            runs: 13,
            started: "4 December 2026, 14:40 UTC".into(),
            files_done: 12,
            files_planned: 30,
            subject: Some("Contoso Ltd".into()),
            service: "sample data".into(),
            sample: true,
            can_resume: true,
            reference: Some("DSR-1042".into()),
            protected: true,
            in_use_by: Some("act-export (process 4242), since 14:52 UTC on 2026-12-04".into()),
        }
    );
    insta::assert_json_snapshot!(
        "strength",
        act_export_desktop::exports::strength(
            act_engine::lang::Lang::En,
            "correct horse battery staple"
        )
    );
    insta::assert_json_snapshot!(
        "strength_too_short",
        Strength {
            bits: 12,
            level: "too_short",
            words: "Not usable: it has fewer than 10 characters.".into(),
        }
    );
}

#[test]
fn requests() {
    insta::assert_json_snapshot!(
        "requests_view",
        RequestsView {
            cases: vec![case_row()],
            remind_after_days: 30,
            old_copies: vec![OldCopy {
                reference: "DSR-1042".into(),
                path: "/home/dana/contoso.zip".into(),
                age_days: 40,
            }],
            journal: JournalPlace {
                shared: true,
                shown: "database \"register\" on db.example.org".into(),
                address: Some("postgres://dana@db.example.org/register".into()),
                database: Some("register".into()),
                server: Some("db.example.org".into()),
                officer: "dana".into(),
                protection: Some("checked".into()),
            },
            officers: vec!["dana".into(), "erik".into()],
            approval_required: true,
            today: "Friday 4 December 2026".into(),
        }
    );
    let mut closed = case_row();
    closed.status = Status::Closed;
    closed.right = Right::Portability;
    insta::assert_json_snapshot!(
        "case_detail",
        CaseDetail {
            case: closed,
            events: vec![EventRow {
                seq: 7,
                at: "7 December 2026, 09:30 UTC".into(),
                what: "Delivered by email to privacy@contoso.example on 2026-12-07".into(),
                by: Some("erik".into()),
            }],
            approval: Some(ApprovalView {
                words: "Waiting for approval by another officer than erik, who exported its last archive: you can approve it or send it back.".into(),
                approved: false,
                can_review: true,
                papers: Some(act_export_desktop::page::papers_view(papers(), act_engine::lang::Lang::En)),
            }),
        }
    );
    insta::assert_json_snapshot!(
        "journal_check",
        JournalCheck {
            intact: false,
            events: 9,
            head: None,
            problem: Some("Event 4 was changed after it was written.".into()),
            finding: Some(act_journal::Finding::Changed),
        }
    );
}

/// The letter and the ledger an export recorded: one app with records of other runs left
/// out, a file no longer there and links not fetched for two reasons.
fn papers() -> act_engine::papers::Papers {
    use act_engine::papers::{AppPapers, Papers, RecordPapers};
    Papers {
        lang: act_engine::lang::Lang::En,
        letter: vec![
            act_engine::letter::Part::Heading {
                text: "Your request of 1 December 2026".into(),
            },
            act_engine::letter::Part::Item {
                term: "Why we hold it".into(),
                text: "To test our apps.".into(),
            },
        ],
        apps: vec![AppPapers {
            app: "contoso/checkout".into(),
            name: "Checkout".into(),
            runs: 3,
            files: 1,
            records: vec![
                RecordPapers {
                    endpoint: "testRuns".into(),
                    received: 40,
                    kept: 12,
                    excluded: 28,
                    left_out: vec![
                        "26 records of other test runs".into(),
                        "2 records that name no test run".into(),
                    ],
                },
                RecordPapers {
                    endpoint: "deviceLogs".into(),
                    received: 5,
                    kept: 5,
                    excluded: 0,
                    left_out: Vec::new(),
                },
            ],
            missing_files: 1,
            links_not_fetched: [
                ("link-not-valid".to_string(), 2),
                ("link-not-web".to_string(), 1),
            ]
            .into(),
            links_not_followed: Default::default(),
        }],
    }
}

#[test]
fn the_letter() {
    insta::assert_json_snapshot!(
        "profile",
        act_export_desktop::page::profile(&act_engine::letter::ControllerProfile::default())
    );
    insta::assert_json_snapshot!(
        "letter",
        act_export_desktop::page::letter_parts(vec![
            act_engine::letter::Part::Heading {
                text: "Your request".into()
            },
            act_engine::letter::Part::Paragraph {
                text: "You asked us for a copy.".into()
            },
            act_engine::letter::Part::Item {
                term: "Purposes".into(),
                text: "To test apps.".into()
            },
        ])
    );
}

#[test]
fn an_error() {
    let mut error = AppError::new(Code::Server, "App Center answered 503.");
    error.resumable = true;
    insta::assert_json_snapshot!("error", error);
}
