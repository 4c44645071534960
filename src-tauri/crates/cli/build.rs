//! Build script of the command line: on Windows targets, gives `act-export.exe` the app's icon
//! and version information (what Explorer's Properties and the antivirus show). Elsewhere it
//! does nothing.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if target_os != "windows" {
        return;
    }
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let icon = manifest_dir.join("../../../icons/icon.ico");
    println!("cargo::rerun-if-changed={}", icon.display());
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let numbers: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    let [major, minor, patch] = [0, 1, 2].map(|i| numbers.get(i).copied().unwrap_or(0));
    let rc = format!(
        r#"1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "ACT Export"
      VALUE "FileDescription", "ACT Export command line"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "act-export"
      VALUE "OriginalFilename", "act-export.exe"
      VALUE "ProductName", "ACT Export"
      VALUE "ProductVersion", "{version}"
      VALUE "LegalCopyright", "ACT Export contributors, MIT licence"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = icon.display().to_string().replace('\\', "/"),
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("act-export.rc");
    if let Err(error) = std::fs::write(&out, rc) {
        panic!("could not write {}: {error}", out.display());
    }
    if let Err(error) = embed_resource::compile(&out, embed_resource::NONE).manifest_optional() {
        panic!("could not compile the Windows resources: {error}");
    }
}
