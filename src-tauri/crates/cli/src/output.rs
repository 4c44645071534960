//! What the program prints: text and JSON on stdout, columns padded to their widest cell.

use std::io::Write;

use crate::failure::Failure;

/// Writes `text` to stdout.
pub fn out(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Failure::other(format!("cannot write the output: {e}")))
}

/// Writes `value` to stdout as pretty JSON.
pub fn json(value: &impl serde::Serialize) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::other(e.to_string()))?;
    out(&format!("{text}\n"))
}

/// Lays rows out in aligned columns under `header`.
pub fn table<R: AsRef<[String]>>(header: &[&str], rows: &[R]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row.as_ref()) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let text: Vec<String> = cells
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        format!("{}\n", text.join("  ").trim_end())
    };
    let mut text = line(&mut header.iter().copied());
    for row in rows {
        text.push_str(&line(&mut row.as_ref().iter().map(String::as_str)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_as_wide_as_their_widest_cell() {
        let rows = vec![
            vec!["DSR-1042".to_string(), "Contoso Ltd".to_string()],
            vec!["X".to_string(), String::new()],
        ];
        assert_eq!(
            table(&["REQUEST", "WHOSE DATA"], &rows),
            "REQUEST   WHOSE DATA\nDSR-1042  Contoso Ltd\nX\n"
        );
    }
}
