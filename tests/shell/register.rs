//! "Use the team's register" without a window: tested before it is used (a register that
//! cannot be used leaves the app where it was, in words), remembered without a password, and
//! used again after a restart. Against a real PostgreSQL (`act_test_support::postgres`).

use act_export_desktop::cache::InstanceCache;
use act_export_desktop::error::Code;
use act_export_desktop::page::RegisterAsk;
use act_export_desktop::state::AppState;
use act_export_desktop::{register, requests};
use act_test_support::postgres::{cluster, tls_cluster};

fn ask(address: &str) -> RegisterAsk {
    RegisterAsk {
        address: address.into(),
        password: None,
        remember: false,
    }
}

#[test]
fn the_teams_register_is_tried_before_it_is_used_and_used_again_after_a_restart() {
    let Some(cluster) = cluster() else {
        return;
    };
    let database = cluster.team_register(&["anna"]);
    let root = tempfile::tempdir().unwrap();
    let start = |cache: &str| {
        AppState::new(
            InstanceCache::claim(&root.path().join(cache)).unwrap(),
            root.path(),
            &root.path().join("witness"),
        )
    };
    let state = start("cache-1");

    // One that cannot be reached: said so, and the app keeps the journal on this computer.
    let unreachable = register::use_register(
        &state,
        ask("postgres://anna@localhost/register?host=/no-such-folder"),
    )
    .unwrap_err();
    assert_eq!(unreachable.code, Code::RegisterUnavailable);
    assert!(!state.desk().location().is_shared());
    // A password in the address is refused, and not repeated.
    let address = cluster.address("anna", &database);
    let with_password = address.replacen("anna@", "anna:s3cret@", 1);
    let refused = register::use_register(&state, ask(&with_password)).unwrap_err();
    assert_eq!(refused.code, Code::InvalidInput);
    assert!(!refused.message.contains("s3cret"), "{}", refused.message);
    // Not a register's address at all.
    let refused = register::use_register(&state, ask("/home/anna/journal.sqlite")).unwrap_err();
    assert_eq!(refused.code, Code::InvalidInput);
    assert!(
        refused.message.contains("postgres://"),
        "{}",
        refused.message
    );

    let place = register::use_register(&state, ask(&address)).unwrap();
    assert!(place.shared);
    assert_eq!(place.officer, "anna");
    assert_eq!(place.database.as_deref(), Some(database.as_str()));
    assert_eq!(
        place.protection.as_deref(),
        Some("local"),
        "the server's socket"
    );
    let view = requests::requests(&state).unwrap();
    assert!(view.journal.shared);
    assert_eq!(view.journal.protection.as_deref(), Some("local"));
    assert_eq!(view.officers, ["anna"]);
    let settings = std::fs::read_to_string(state.settings_path()).unwrap();
    assert!(
        settings.contains(&address.replace('/', "\\/")) || settings.contains(&address),
        "{settings}"
    );

    // After a restart: the same register.
    drop(state);
    let again = start("cache-2");
    assert!(!again.desk().location().is_shared());
    register::restore(&again);
    assert!(again.desk().location().is_shared());
    assert!(requests::requests(&again).unwrap().journal.shared);
    assert!(
        !again.journal_path().exists(),
        "nothing was written on this computer"
    );
}

/// Over TLS the page is told how far the server was checked, as the address asks; a server
/// whose certificate the address does not trust is refused in words, and the app stays where
/// it was.
#[test]
fn the_page_is_told_how_the_connection_to_the_register_is_protected() {
    let Some(cluster) = tls_cluster() else {
        return;
    };
    let database = cluster.database();
    let root = tempfile::tempdir().unwrap();
    let state = AppState::new(
        InstanceCache::claim(&root.path().join("cache")).unwrap(),
        root.path(),
        &root.path().join("witness"),
    );
    let with = |params: String| cluster.tls_address("postgres", &database, &params);
    let refused = register::use_register(
        &state,
        ask(&with(format!(
            "sslmode=verify-full&sslrootcert={}",
            cluster.other_authority().display()
        ))),
    )
    .unwrap_err();
    assert_eq!(refused.code, Code::RegisterUnavailable);
    assert!(
        refused.message.contains(
            "the server's certificate is not signed by an authority this connection trusts"
        ),
        "{}",
        refused.message
    );
    assert!(!state.desk().location().is_shared());
    for (params, protection) in [
        ("sslmode=require".to_string(), "unchecked"),
        (
            format!(
                "sslmode=verify-ca&sslrootcert={}",
                cluster.authority().display()
            ),
            "authority",
        ),
        (
            format!(
                "sslmode=verify-full&sslrootcert={}",
                cluster.authority().display()
            ),
            "checked",
        ),
    ] {
        let place = register::use_register(&state, ask(&with(params.clone()))).unwrap();
        assert_eq!(place.protection.as_deref(), Some(protection), "{params}");
        let view = requests::requests(&state).unwrap();
        assert_eq!(
            view.journal.protection.as_deref(),
            Some(protection),
            "{params}"
        );
        assert_eq!(
            register::place(&state).unwrap().protection.as_deref(),
            Some(protection)
        );
    }
    let place = register::use_this_computer(&state).unwrap();
    assert_eq!(place.protection, None);
}
