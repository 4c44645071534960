//! What the app tells about itself.

use crate::page::AppInfo;

/// The app's version, from the workspace's Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The app's name as users see it.
pub const PRODUCT_NAME: &str = "ACT Export";

/// The app's name and version.
pub fn app_info() -> AppInfo {
    AppInfo {
        name: PRODUCT_NAME,
        version: VERSION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_is_the_package_version() {
        let info = app_info();
        assert_eq!(info.name, "ACT Export");
        assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
        assert!(info.version.split('.').count() == 3, "{}", info.version);
    }
}
