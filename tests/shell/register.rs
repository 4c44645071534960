//! "Use the team's register" without a window: tested before it is used (a register that
//! cannot be used leaves the app where it was, in words), remembered without a password, and
//! used again after a restart. Against a real PostgreSQL (`act_test_support::postgres`).

use act_export_desktop::cache::InstanceCache;
use act_export_desktop::error::Code;
use act_export_desktop::page::RegisterAsk;
use act_export_desktop::state::AppState;
use act_export_desktop::{register, requests};
use act_test_support::postgres::cluster;

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
    let view = requests::requests(&state).unwrap();
    assert!(view.journal.shared);
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
