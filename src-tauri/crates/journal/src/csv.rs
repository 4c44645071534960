//! The journal as CSV, for a spreadsheet program or an auditor: UTF-8 with a byte-order mark
//! (so that spreadsheet programs read it as UTF-8), one row per event, every cell that a
//! spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
//! return) neutralised with a leading apostrophe.

use std::io::Write;

use crate::event::Recorded;

const HEADER: [&str; 7] = [
    "Event",
    "Time (UTC)",
    "Request",
    "What",
    "Details",
    "Hash",
    "Data (JSON)",
];

/// One cell: neutralised against formulas, quoted when it holds a comma, quote or line break.
pub fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Writes `events` as CSV.
pub fn write(events: &[Recorded], out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let line = |cells: Vec<String>| format!("{}\r\n", cells.join(","));
    out.write_all(line(HEADER.iter().map(|h| cell(h)).collect()).as_bytes())?;
    for e in events {
        let data = serde_json::to_string(&e.event).unwrap_or_default();
        let cells = vec![
            e.seq.to_string(),
            cell(&e.at),
            cell(e.case.as_deref().unwrap_or("")),
            cell(e.event.name()),
            cell(&e.event.describe()),
            cell(&e.hash),
            cell(&data),
        ];
        out.write_all(line(cells).as_bytes())?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_commas_quoted() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(cell("Contoso Ltd"), "Contoso Ltd");
        assert_eq!(cell("2026-11-27"), "2026-11-27");
    }
}
