//! Safe archive entry names.
//!
//! Names come from the service (file names, test file paths, URLs, ids) and so from anyone who
//! could upload to it. An entry name must be safe to extract with the built-in tools of
//! Windows, macOS and Linux: relative, no `..`, no backslashes, no control or invisible format
//! characters, no Windows reserved names, no trailing dots or spaces, a bounded length (ids in
//! folder names included), NFC, and unique in the archive the way case-insensitive file
//! systems compare names (full Unicode case folding: `ς` and `σ`, `ß` and `ss` are one name),
//! with no file where another entry needs a folder of the same name.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;

/// The longest path segment kept, in bytes (most file systems allow 255).
pub const MAX_SEGMENT_BYTES: usize = 120;
/// The longest whole entry name kept, in bytes (Windows' classic path limit, with room for the
/// folder the archive is extracted into).
pub const MAX_PATH_BYTES: usize = 180;

/// Device names Windows reserves, with or without an extension.
const RESERVED: [&str; 30] = [
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    "COM0",
    "COM1",
    "COM2",
    "COM3",
    "COM4",
    "COM5",
    "COM6",
    "COM7",
    "COM8",
    "COM9",
    "COM\u{b9}",
    "COM\u{b2}",
    "COM\u{b3}",
    "LPT0",
    "LPT1",
    "LPT2",
    "LPT3",
    "LPT4",
    "LPT5",
    "LPT6",
    "LPT7",
    "LPT8",
    "LPT9",
    "LPT\u{b9}",
];
/// The rest of the superscript device names (kept apart so the table stays readable).
const RESERVED_MORE: [&str; 2] = ["LPT\u{b2}", "LPT\u{b3}"];

/// True for Unicode format characters (general category Cf): invisible, and able to change how
/// text around them is shown (U+202E turns `txt.exe` into `exe.txt` on screen).
pub fn is_format_char(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2
        | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

fn is_reserved(segment: &str) -> bool {
    let stem = segment.split('.').next().unwrap_or("").trim_end();
    RESERVED
        .iter()
        .chain(RESERVED_MORE.iter())
        .any(|r| r.eq_ignore_ascii_case(stem))
}

/// Makes one path segment safe. Never empty, never `.` or `..`.
pub fn sanitize_segment(raw: &str) -> String {
    let nfc: String = raw.nfc().collect();
    let mut out: String = nfc
        .chars()
        .map(|c| match c {
            c if c.is_control() || is_format_char(c) => '_',
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c => c,
        })
        .collect();
    // Windows drops trailing dots and spaces; leading ones hide files or look like `..`.
    out = out.trim_matches(|c: char| c == '.' || c == ' ').to_string();
    if out.is_empty() {
        out = "_".into();
    }
    if is_reserved(&out) {
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
    let mut cut = max.saturating_sub(extension.len());
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let stem = name[..cut].trim_end_matches(['.', ' ']);
    format!("{stem}{extension}")
}

/// How two names compare on a case-insensitive file system: NFC of the full case folding.
fn fold(name: &str) -> String {
    caseless::default_case_fold_str(name).nfc().collect()
}

/// Hands out unique, safe entry names. Names are compared the way case-insensitive file
/// systems do, and a suffix ` (2)`, ` (3)`... is added on a collision, to the file name or to
/// the folder that would clash with a file.
#[derive(Debug, Default)]
pub struct EntryNames {
    /// Folded names of the files handed out.
    files: HashSet<String>,
    /// Folded names of every folder the files handed out need.
    folders: HashSet<String>,
    /// Put before every folder claimed (an app's own folder in an archive of several apps).
    prefix: Vec<String>,
}

impl EntryNames {
    /// A safe, unique entry name under `folder` (made of `/`-separated segments, each made
    /// safe here too: folders may hold ids from the service) for `raw`.
    pub fn claim(&mut self, folder: &str, raw: &str) -> String {
        let ours: Vec<String> = folder
            .split('/')
            .filter(|s| !s.is_empty())
            .map(sanitize_segment)
            .collect();
        let protected = self.prefix.len() + ours.len().min(PROTECTED_FOLDERS);
        let mut fixed = self.prefix.clone();
        fixed.extend(ours);
        let mut segments = fixed;
        segments.extend(sanitize_path(raw).split('/').map(str::to_string));
        let mut segments = shorten(segments, protected);
        // A folder on the way must not be a file already.
        for depth in 1..segments.len() {
            let mut n = 2;
            let original = segments[depth - 1].clone();
            while self.files.contains(&fold(&segments[..depth].join("/"))) {
                segments[depth - 1] = with_suffix(&original, n);
                n += 1;
            }
        }
        let base = segments.join("/");
        let mut candidate = base.clone();
        let mut n = 2;
        loop {
            let key = fold(&candidate);
            if !self.files.contains(&key) && !self.folders.contains(&key) {
                self.files.insert(key);
                break;
            }
            candidate = with_suffix(&base, n);
            n += 1;
        }
        let mut prefix = String::new();
        for segment in candidate
            .split('/')
            .rev()
            .skip(1)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(segment);
            self.folders.insert(fold(&prefix));
        }
        candidate
    }

    /// From now on, every name claimed is under `prefix` (made of `/`-separated segments, each
    /// made safe): `apps/{owner}/{app}` in an archive of several apps. Shortening never
    /// touches it.
    pub fn set_prefix(&mut self, prefix: &str) {
        self.prefix = prefix
            .split('/')
            .filter(|s| !s.trim().is_empty())
            .map(sanitize_segment)
            .collect();
    }

    /// The prefix, as names have it: `""`, or its segments each followed by `/`.
    pub fn prefix(&self) -> String {
        self.prefix.iter().map(|s| format!("{s}/")).collect()
    }

    /// Reserves a fixed name (such as `manifest.json`) so that no other entry takes it.
    pub fn reserve(&mut self, name: &str) {
        self.files.insert(fold(name));
    }
}

/// Top-level folders of ours (`files/test-files`) that shortening never touches.
const PROTECTED_FOLDERS: usize = 2;
/// Room kept for a ` (NN)` suffix added on a collision.
const SUFFIX_ROOM: usize = 8;
/// The most bytes a folder segment keeps when a path must be shortened.
const SHORT_FOLDER_BYTES: usize = 24;
/// The least bytes the file name keeps when a path must be shortened.
const MIN_FILE_BYTES: usize = 40;

fn total_len(segments: &[String]) -> usize {
    segments.iter().map(String::len).sum::<usize>() + segments.len().saturating_sub(1)
}

/// Keeps a path (safe segments, the last the file name) within [`MAX_PATH_BYTES`], suffix room
/// included: the folder segments after the first `protected` ones (ids, test file folders) are
/// cut short, and those farthest from the file are dropped if that is not enough; the file
/// name keeps its extension.
fn shorten(mut segments: Vec<String>, protected: usize) -> Vec<String> {
    let limit = MAX_PATH_BYTES - SUFFIX_ROOM;
    if total_len(&segments) <= limit || segments.len() < 2 {
        if let Some(last) = segments.last_mut() {
            *last = truncate_keeping_extension(last, limit);
        }
        return segments;
    }
    let file = segments.pop().unwrap_or_else(|| "_".into());
    for segment in segments.iter_mut().skip(protected) {
        *segment = sanitize_segment(&truncate_keeping_extension(segment, SHORT_FOLDER_BYTES));
    }
    while segments.len() > protected && total_len(&segments) + 1 + MIN_FILE_BYTES > limit {
        segments.remove(protected);
    }
    let room = limit
        .saturating_sub(total_len(&segments) + 1)
        .max(MIN_FILE_BYTES);
    segments.push(sanitize_segment(&truncate_keeping_extension(&file, room)));
    segments
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
    fn every_reserved_device_name_is_avoided() {
        for name in [
            "COM0",
            "LPT0",
            "com\u{b9}.txt",
            "LPT\u{b3}",
            "CONIN$",
            "conout$.log",
            "nul .txt",
        ] {
            assert!(sanitize_segment(name).starts_with('_'), "{name}");
        }
        assert_eq!(sanitize_segment("COM10"), "COM10");
        assert_eq!(sanitize_segment("console"), "console");
    }

    #[test]
    fn invisible_format_characters_never_reach_a_name() {
        let name = sanitize_segment("invoice\u{202e}fdp.exe\u{200b}\u{feff}");
        assert_eq!(name, "invoice_fdp.exe__");
    }

    #[test]
    fn names_collide_as_case_insensitive_file_systems_compare_them() {
        let mut names = EntryNames::default();
        assert_eq!(names.claim("f", "\u{3c3}.txt"), "f/\u{3c3}.txt");
        assert_eq!(names.claim("f", "\u{3c2}.txt"), "f/\u{3c2} (2).txt");
        assert_eq!(names.claim("f", "\u{3a3}.txt"), "f/\u{3a3} (3).txt");
        assert_eq!(names.claim("f", "stra\u{df}e"), "f/stra\u{df}e");
        assert_eq!(names.claim("f", "STRASSE"), "f/STRASSE (2)");
    }

    #[test]
    fn a_file_and_a_folder_never_share_a_name() {
        let mut names = EntryNames::default();
        assert_eq!(names.claim("a", "support"), "a/support");
        assert_eq!(names.claim("a", "support/env.rb"), "a/support (2)/env.rb");
        assert_eq!(
            names.claim("a", "Support/hooks.rb"),
            "a/Support (2)/hooks.rb"
        );
        let mut names = EntryNames::default();
        assert_eq!(names.claim("b", "lib/x.rb"), "b/lib/x.rb");
        assert_eq!(names.claim("b", "LIB"), "b/LIB (2)");
    }

    #[test]
    fn long_ids_in_folders_are_bounded_too() {
        let mut names = EntryNames::default();
        let id = "9".repeat(200);
        let name = names.claim(&format!("files/test-files/{id}"), "features/steps.rb");
        assert!(name.len() <= MAX_PATH_BYTES, "{} {name}", name.len());
        assert!(
            name.starts_with("files/test-files/") && name.ends_with("steps.rb"),
            "{name}"
        );
    }

    #[test]
    fn whole_paths_are_bounded() {
        let mut names = EntryNames::default();
        let deep = format!("{}/{}", "d".repeat(100), "f".repeat(100));
        let name = names.claim("files/test-files", &deep);
        assert!(name.len() <= MAX_PATH_BYTES, "{}", name.len());
    }
}
