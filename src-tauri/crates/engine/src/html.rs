//! The template layer's HTML escaping: every value an HTML template (`templates/*.html`)
//! writes goes through [`Html`], which `askama.toml` makes the escaper of those templates, so
//! nothing is written unescaped unless a template says so. As askama's own escaper, and
//! besides: control characters (but line feed and tab) and invisible format characters (a
//! right-to-left override, a zero-width space) become U+FFFD, so that a name from the service
//! can neither reorder nor hide the text around it.

use std::fmt::Write;

use crate::names::is_format_char;

/// The escaper of the engine's HTML templates.
#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl askama::filters::Escaper for Html {
    fn write_escaped_str<W: Write>(&self, mut dest: W, text: &str) -> std::fmt::Result {
        for c in text.chars() {
            match c {
                '&' => dest.write_str("&amp;")?,
                '<' => dest.write_str("&lt;")?,
                '>' => dest.write_str("&gt;")?,
                '"' => dest.write_str("&quot;")?,
                '\'' => dest.write_str("&#39;")?,
                c if (c.is_control() && c != '\n' && c != '\t') || is_format_char(c) => {
                    dest.write_char('\u{fffd}')?
                }
                c => dest.write_char(c)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use askama::filters::Escaper;

    use super::Html;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        Html.write_escaped_str(&mut out, text).unwrap();
        out
    }

    #[test]
    fn markup_quotes_controls_and_invisible_characters() {
        assert_eq!(
            escaped("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(escaped("bell\u{7}"), "bell\u{fffd}");
        assert_eq!(escaped("evil\u{202e}txt.exe"), "evil\u{fffd}txt.exe");
        assert_eq!(escaped("zero\u{200b}width"), "zero\u{fffd}width");
        assert_eq!(escaped("line\nand\ttab"), "line\nand\ttab");
    }
}
