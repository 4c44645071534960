//! Seeing less, read from the page's style sheet and modules: the rules for forced colours
//! (which WebKitGTK cannot switch on, so the GUI tests can only imitate them) use the system's
//! colours alone and cover what colour alone would lose; reduced motion stills everything;
//! the marks drawn for the eye are not read out.

use std::path::Path;

fn styles() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/styles.css");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    without_comments(&text)
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The bodies of the blocks `@media <query> { … }` (without their outer braces).
fn media_blocks(css: &str, query: &str) -> Vec<String> {
    let head = format!("@media {query}");
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(at) = css[from..].find(&head) {
        let open = from + at + css[from + at..].find('{').expect("a block");
        let mut depth = 0;
        let mut end = open;
        for (i, c) in css[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        blocks.push(css[open + 1..end].to_string());
        from = end;
    }
    blocks
}

/// The rules of a block without nested blocks: (selector, [(property, value)]).
fn rules(block: &str) -> Vec<(String, Vec<(String, String)>)> {
    block
        .split('}')
        .filter_map(|rule| {
            let (selector, body) = rule.split_once('{')?;
            let declarations = body
                .split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(p, v)| (p.trim().to_string(), v.trim().to_string()))
                .collect();
            Some((selector.trim().to_string(), declarations))
        })
        .collect()
}

/// The CSS system colours (CSS Color 4), and the words a colour's value may hold beside them.
const SYSTEM_COLOURS: [&str; 19] = [
    "accentcolor",
    "accentcolortext",
    "activetext",
    "buttonborder",
    "buttonface",
    "buttontext",
    "canvas",
    "canvastext",
    "field",
    "fieldtext",
    "graytext",
    "highlight",
    "highlighttext",
    "linktext",
    "mark",
    "marktext",
    "selecteditem",
    "selecteditemtext",
    "visitedtext",
];
const OTHER_WORDS: [&str; 13] = [
    "transparent",
    "currentcolor",
    "none",
    "auto",
    "solid",
    "dashed",
    "dotted",
    "double",
    "underline",
    "thin",
    "medium",
    "thick",
    "inherit",
];

#[test]
fn the_forced_colours_rules_use_the_systems_colours_alone() {
    let blocks = media_blocks(&styles(), "(forced-colors: active)");
    assert!(
        !blocks.is_empty(),
        "styles.css has no rules for forced colours"
    );
    let mut selectors = String::new();
    for block in &blocks {
        for (selector, declarations) in rules(block) {
            selectors.push_str(&selector);
            selectors.push('\n');
            for (property, value) in declarations {
                let colourful = ["color", "background", "border", "outline", "shadow", "fill"]
                    .iter()
                    .any(|p| property.contains(p));
                if !colourful {
                    continue;
                }
                let lower = value.to_lowercase();
                for bad in [
                    "#",
                    "rgb",
                    "hsl",
                    "lab(",
                    "lch(",
                    "color(",
                    "color-mix",
                    "var(",
                ] {
                    assert!(
                        !lower.contains(bad),
                        "{selector} {{ {property}: {value} }}: not a system colour"
                    );
                }
                for word in lower
                    .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
                    .filter(|w| !w.is_empty() && !w.chars().all(|c| c == '-'))
                {
                    let known = SYSTEM_COLOURS.contains(&word)
                        || OTHER_WORDS.contains(&word)
                        // Lengths: 1px, 0.5rem...
                        || ["px", "rem", "em"].contains(&word);
                    assert!(
                        known,
                        "{selector} {{ {property}: {value} }}: {word} is not a system colour"
                    );
                }
            }
        }
    }
    // What is shown by colour or by a background, which forced colours take away: the focus
    // ring, the selected rows, the badges, the progress bar, the password's meter, the steps.
    for (what, selector) in [
        ("the focus ring", ":focus-visible"),
        ("the selected rows", "tr.selected"),
        ("the selected rows of a grid", "aria-selected"),
        ("the sample-data badge", ".badge"),
        ("the progress bar", "progress"),
        ("the password's meter", "#password-strength"),
        ("the current step", "li[aria-current=\"step\"]"),
        ("the steps done", "li.done"),
    ] {
        assert!(
            selectors.contains(selector),
            "no rule for {what} ({selector}) with forced colours:\n{selectors}"
        );
    }
}

#[test]
fn reduced_motion_stills_transitions_animations_and_scrolling() {
    let css = styles();
    let blocks = media_blocks(&css, "(prefers-reduced-motion: reduce)");
    assert_eq!(blocks.len(), 1, "one block for reduced motion");
    let still: Vec<(String, String)> = rules(&blocks[0])
        .into_iter()
        .filter(|(selector, _)| selector.starts_with('*'))
        .flat_map(|(_, declarations)| declarations)
        .collect();
    for (property, value) in [
        ("animation-duration", "0s !important"),
        ("animation-iteration-count", "1 !important"),
        ("transition-duration", "0s !important"),
        ("transition-delay", "0s !important"),
        ("scroll-behavior", "auto !important"),
    ] {
        assert!(
            still.iter().any(|(p, v)| p == property && v == value),
            "reduced motion: every element needs {property}: {value}; it has {still:?}"
        );
    }
    // The page's scripts scroll without animation (smooth scrolling would ignore the setting).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js");
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let source = std::fs::read_to_string(entry.path()).unwrap();
        let compact: String = source.chars().filter(|c| !c.is_whitespace()).collect();
        for smooth in ["behavior:\"smooth\"", "behavior:'smooth'"] {
            assert!(
                !compact.contains(smooth),
                "{}: smooth scrolling",
                entry.path().display()
            );
        }
    }
}

#[test]
fn the_marks_drawn_for_the_eye_are_not_read_out() {
    // A mark drawn with `content` (a tick, a warning sign, a meter's bars) is read out by screen
    // readers unless it has a text alternative ("/" then what to read instead): every rule that
    // draws a string other than a counter's number says what to read, and a rule of its own
    // comes first for a system that cannot read that form.
    let css = styles();
    let mut marks = 0;
    for (selector, declarations) in rules(&css) {
        let contents: Vec<&String> = declarations
            .iter()
            .filter(|(p, _)| p == "content")
            .map(|(_, v)| v)
            .collect();
        let Some(last) = contents.last() else {
            continue;
        };
        let drawn = last.split('/').next().unwrap_or_default();
        let words: String = drawn
            .split('"')
            .skip(1)
            .step_by(2)
            .collect::<String>()
            .replace(['.', ' '], "");
        if words.is_empty() {
            continue;
        }
        marks += 1;
        assert!(
            last.contains('/') && contents.len() == 2,
            "{selector}: draws {drawn} with no text alternative (content: \"…\" / \"\";), \
             after a plain one"
        );
    }
    assert!(marks >= 8, "the marks: {marks}");
}
