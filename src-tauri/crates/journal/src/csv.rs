//! The journal as CSV, for a spreadsheet program or an auditor: UTF-8 with a byte-order mark
//! (so that spreadsheet programs read it as UTF-8), one row per event, every cell in double
//! quotes and every cell that a spreadsheet would take for a formula (starting with `=`, `+`,
//! `-`, `@`, a tab or a carriage return) neutralised with a leading apostrophe.
//!
//! Every cell is quoted, not only those holding a comma: a spreadsheet program set up for a
//! language that separates cells with `;` (German or French Excel, for example) splits an
//! unquoted cell at its `;`, so that a note such as `x;=1+2` would become a cell `=1+2`, a
//! formula. Inside quotes it stays one cell of text whatever the separator.

use std::borrow::Cow;
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

/// `text` as a cell's text: with a leading apostrophe when a spreadsheet would take it for a
/// formula. (Quoting is the writer's.)
pub fn neutralised(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes `events` as CSV: a byte-order mark, a header, then one row per event, lines ended
/// with CR LF, every cell quoted.
pub fn write(events: &[Recorded], out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(HEADER.iter().map(|h| neutralised(h).into_owned()))?;
    for e in events {
        let data = serde_json::to_string(&e.event).unwrap_or_default();
        let seq = e.seq.to_string();
        let describe = e.event.describe();
        let cells = [
            neutralised(&seq),
            neutralised(&e.at),
            neutralised(e.case.as_deref().unwrap_or("")),
            neutralised(e.event.name()),
            neutralised(&describe),
            neutralised(&e.hash),
            neutralised(&data),
        ];
        writer.write_record(cells.iter().map(|c| c.as_bytes()))?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralised("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralised("+1"), "'+1");
        assert_eq!(neutralised("-2"), "'-2");
        assert_eq!(neutralised("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralised("\tx"), "'\tx");
        assert_eq!(neutralised("\rx"), "'\rx");
        assert_eq!(neutralised("x;=1+2"), "x;=1+2", "inside a quoted cell");
        assert_eq!(neutralised("Contoso Ltd"), "Contoso Ltd");
        assert_eq!(neutralised("2026-11-27"), "2026-11-27");
    }
}
