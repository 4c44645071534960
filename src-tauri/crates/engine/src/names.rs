//! Safe archive entry names.
//!
//! Names come from the service (file names, test file paths, URLs) and so from anyone who could
//! upload to it. An entry name must be safe to extract with the built-in tools of Windows, macOS
//! and Linux: relative, no `..`, no backslashes, no control characters, no Windows reserved
//! names, no trailing dots or spaces, a bounded length, NFC, and unique in the archive.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;

/// The longest path segment kept, in bytes (most file systems allow 255).
pub const MAX_SEGMENT_BYTES: usize = 120;
/// The longest whole entry name kept, in bytes (Windows' classic path limit, with room for the
/// folder the archive is extracted into).
pub const MAX_PATH_BYTES: usize = 180;

const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Makes one path segment safe. Never empty, never `.` or `..`.
pub fn sanitize_segment(raw: &str) -> String {
    let nfc: String = raw.nfc().collect();
    let mut out: String = nfc
        .chars()
        .map(|c| match c {
            c if c.is_control() => '_',
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c => c,
        })
        .collect();
    // Windows drops trailing dots and spaces; leading ones hide files or look like `..`.
    out = out.trim_matches(|c: char| c == '.' || c == ' ').to_string();
    if out.is_empty() {
        out = "_".into();
    }
    let stem = out.split('.').next().unwrap_or("").trim_end();
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem)) {
        out = format!("_{out}");
    }
    truncate_keeping_extension(&out, MAX_SEGMENT_BYTES)
}

/// Makes a relative path (segments separated by `/` or `\`) safe; `..` and `.` segments and
/// empty ones are dropped, so nothing can climb out of the folder it is put in.
pub fn sanitize_path(raw: &str) -> String {
    let segments: Vec<String> = raw
        .split(['/', '\\'])
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "." && *s != "..")
        .map(sanitize_segment)
        .collect();
    if segments.is_empty() {
        return "_".into();
    }
    segments.join("/")
}

/// Cuts `name` to at most `max` bytes on a character boundary, keeping a short extension.
fn truncate_keeping_extension(name: &str, max: usize) -> String {
    if name.len() <= max {
        return name.to_string();
    }
    let extension = name
        .rfind('.')
        .map(|i| &name[i..])
        .filter(|e| e.len() <= 16)
        .unwrap_or("");
    let mut cut = max - extension.len();
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let stem = name[..cut].trim_end_matches(['.', ' ']);
    format!("{stem}{extension}")
}

/// Hands out unique, safe entry names. Names are compared case-insensitively, as Windows and
/// macOS do, and a suffix ` (2)`, ` (3)`... is added on a collision.
#[derive(Debug, Default)]
pub struct EntryNames {
    taken: HashSet<String>,
}

impl EntryNames {
    /// A safe, unique entry name under `folder` (itself already safe) for `raw`.
    pub fn claim(&mut self, folder: &str, raw: &str) -> String {
        let base = shorten_path(folder.trim_end_matches('/'), &sanitize_path(raw));
        let mut candidate = base.clone();
        let mut n = 2;
        while !self.taken.insert(candidate.to_lowercase()) {
            candidate = with_suffix(&base, n);
            n += 1;
        }
        candidate
    }

    /// Reserves a fixed name (such as `manifest.json`) so that no other entry takes it.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_lowercase());
    }
}

/// Room kept for a ` (NN)` suffix added on a collision.
const SUFFIX_ROOM: usize = 8;
/// The most bytes a folder segment keeps when a path must be shortened.
const SHORT_FOLDER_BYTES: usize = 24;
/// The least bytes the file name keeps when a path must be shortened.
const MIN_FILE_BYTES: usize = 40;

fn join(folder: &str, relative: &str) -> String {
    if folder.is_empty() {
        relative.to_string()
    } else {
        format!("{folder}/{relative}")
    }
}

/// Keeps `folder/relative` (both safe already) within [`MAX_PATH_BYTES`], suffix room
/// included: long folder segments of `relative` are cut short, and the ones farthest from the
/// file are dropped if that is not enough; the file name keeps its extension.
fn shorten_path(folder: &str, relative: &str) -> String {
    let limit = MAX_PATH_BYTES - SUFFIX_ROOM;
    let full = join(folder, relative);
    if full.len() <= limit {
        return full;
    }
    let budget = limit.saturating_sub(folder.len() + 1).max(MIN_FILE_BYTES);
    let mut segments: Vec<&str> = relative.split('/').collect();
    let file = segments.pop().unwrap_or("_");
    let mut folders: Vec<String> = segments
        .iter()
        .map(|s| sanitize_segment(&truncate_keeping_extension(s, SHORT_FOLDER_BYTES)))
        .collect();
    let room = |folders: &[String]| folders.iter().map(|f| f.len() + 1).sum::<usize>();
    while !folders.is_empty() && room(&folders) + MIN_FILE_BYTES > budget {
        folders.remove(0);
    }
    let file_room = budget.saturating_sub(room(&folders)).max(MIN_FILE_BYTES);
    let file = sanitize_segment(&truncate_keeping_extension(file, file_room));
    folders.push(file);
    join(folder, &folders.join("/"))
}

fn with_suffix(path: &str, n: u32) -> String {
    let (dir, file) = match path.rsplit_once('/') {
        Some((d, f)) => (format!("{d}/"), f),
        None => (String::new(), path),
    };
    let (stem, extension) = match file.rfind('.') {
        Some(i) if i > 0 => (&file[..i], &file[i..]),
        _ => (file, ""),
    };
    format!("{dir}{stem} ({n}){extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_become_safe() {
        assert_eq!(sanitize_path("../../../../etc/passwd"), "etc/passwd");
        assert_eq!(sanitize_path("/etc/shadow"), "etc/shadow");
        assert_eq!(
            sanitize_path("C:\\Windows\\System32\\evil.sys"),
            "C_/Windows/System32/evil.sys"
        );
        assert_eq!(sanitize_path("CON"), "_CON");
        assert_eq!(sanitize_path("nul.txt"), "_nul.txt");
        assert_eq!(sanitize_path("com1.log"), "_com1.log");
        assert_eq!(sanitize_path("bell\u{7}x\u{1b}[31m.apk"), "bell_x_[31m.apk");
        assert_eq!(sanitize_path(".."), "_");
        assert_eq!(sanitize_path(""), "_");
        assert_eq!(sanitize_path("a/./b//c"), "a/b/c");
        assert_eq!(sanitize_path("trailing. "), "trailing");
        assert_eq!(
            sanitize_path("<img src=x onerror=alert(1)>"),
            "_img src=x onerror=alert(1)_"
        );
        let long = sanitize_path(&format!("{}.apk", "A".repeat(300)));
        assert!(long.len() <= MAX_SEGMENT_BYTES && long.ends_with(".apk"));
    }

    #[test]
    fn nfd_and_nfc_are_the_same_name() {
        let mut names = EntryNames::default();
        let nfd = names.claim("files", "Cafe\u{301}.txt");
        let nfc = names.claim("files", "Caf\u{e9}.txt");
        assert_eq!(nfd, "files/Caf\u{e9}.txt");
        assert_eq!(nfc, "files/Caf\u{e9} (2).txt");
    }

    #[test]
    fn collisions_get_suffixes_case_insensitively() {
        let mut names = EntryNames::default();
        names.reserve("manifest.json");
        assert_eq!(names.claim("", "MANIFEST.json"), "MANIFEST (2).json");
        assert_eq!(names.claim("f", "dup.apk"), "f/dup.apk");
        assert_eq!(names.claim("f", "DUP.apk"), "f/DUP (2).apk");
        assert_eq!(names.claim("f", "dup.apk"), "f/dup (3).apk");
        assert_eq!(names.claim("f", "noext"), "f/noext");
        assert_eq!(names.claim("f", "noext"), "f/noext (2)");
    }

    #[test]
    fn long_folders_are_bounded_too() {
        // Found by the property test: long folder segments in a test file's path.
        let mut names = EntryNames::default();
        let raw = format!(
            "{}/{}/{}.rb",
            "\u{10a05}x".repeat(40),
            "y".repeat(150),
            "z".repeat(150)
        );
        let first = names.claim("files/test-files/upload", &raw);
        let second = names.claim("files/test-files/upload", &raw);
        assert!(
            first.len() <= MAX_PATH_BYTES && second.len() <= MAX_PATH_BYTES,
            "{first}\n{second}"
        );
        assert!(
            first.ends_with(".rb") && second.ends_with(" (2).rb"),
            "{first}\n{second}"
        );
        assert!(first.starts_with("files/test-files/upload/"));
    }

    #[test]
    fn whole_paths_are_bounded() {
        let mut names = EntryNames::default();
        let deep = format!("{}/{}", "d".repeat(100), "f".repeat(100));
        let name = names.claim("files/test-files", &deep);
        assert!(name.len() <= MAX_PATH_BYTES, "{}", name.len());
    }
}
