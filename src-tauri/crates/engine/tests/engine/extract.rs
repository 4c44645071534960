//! Archives built from hostile names, extracted with Python's zipfile, `unzip` and `bsdtar`,
//! stay inside the target folder; README.html holds no script and no event handler.

use std::process::Command;
use std::sync::Arc;

use act_engine::{export, ExportOptions, Scope};
use tokio_util::sync::CancellationToken;

use crate::support::{files_under, request, server, tool};

#[tokio::test]
async fn hostile_archives_extract_inside_the_target_folder_everywhere() {
    let server = server().await;
    server.controls().update(|s| s.hostile_names = true);
    let work = tempfile::tempdir().unwrap();
    let archive = work.path().join("hostile.zip");
    let mut request = request(&server, 0, Scope::WholeApp, archive.clone());
    request.options = ExportOptions {
        subject: Some("<script>alert(1)</script>\"><img src=x onerror=alert(2)>".into()),
        ..ExportOptions::default()
    };
    let summary = export(
        request,
        Arc::new(|_: &act_engine::Progress| {}),
        CancellationToken::new(),
    )
    .await
    .unwrap();

    let extractors: Vec<(&str, Vec<String>)> = vec![
        (
            "python3",
            vec![
                "-c".into(),
                "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])".into(),
            ],
        ),
        ("unzip", vec!["-q".into()]),
        ("bsdtar", vec!["-xf".into()]),
    ];
    let mut ran = 0;
    for (name, base_args) in extractors {
        if !tool(name) {
            assert!(
                std::env::var("CI").is_err(),
                "{name} is needed here (make test installs it)"
            );
            eprintln!("SKIPPED: {name} is not installed");
            continue;
        }
        let target = work.path().join(format!("out-{name}"));
        std::fs::create_dir_all(&target).unwrap();
        let mut command = Command::new(name);
        command.args(&base_args);
        match name {
            "python3" => {
                command.arg(&archive).arg(&target);
            }
            "unzip" => {
                command.arg(&archive).arg("-d").arg(&target);
            }
            _ => {
                command.arg(&archive).arg("-C").arg(&target);
            }
        }
        let output = command.output().unwrap();
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let files = files_under(&target);
        assert_eq!(files.len(), summary.entries, "{name} extracted every entry");
        let root = target.canonicalize().unwrap();
        for file in files {
            assert!(
                file.canonicalize().unwrap().starts_with(&root),
                "{name}: {} escaped",
                file.display()
            );
        }
        // Nothing was written beside the target folder.
        let beside: Vec<_> = std::fs::read_dir(work.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            beside
                .iter()
                .all(|n| n == "hostile.zip" || n.starts_with("out-")),
            "{beside:?}"
        );
        ran += 1;
    }
    assert!(ran > 0, "no extractor was available");

    // README.html: parsed, it has no script element, no event handler, nothing from elsewhere.
    let readme = work.path().join("out-python3/README.html");
    if readme.exists() {
        let check = r#"
import sys, html.parser
class P(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        assert tag not in ('script', 'iframe', 'object', 'embed', 'img', 'link'), tag
        for k, v in attrs:
            assert not k.startswith('on'), k
            assert not (k in ('src', 'href') and v and ':' in v), (k, v)
P().feed(open(sys.argv[1], encoding='utf-8').read())
"#;
        let output = Command::new("python3")
            .args(["-c", check])
            .arg(&readme)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = std::fs::read_to_string(&readme).unwrap();
        assert!(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
