//! Plain-text paragraphs from the content HTML that Readability extracted.
//!
//! The walk is iterative (no recursion), so deeply nested markup cannot
//! overflow the stack. Every block element ends a paragraph; inline text is
//! joined and its whitespace collapsed; `<br><br>` starts a new paragraph.

use dom_query::{Document, NodeRef};

use super::clean;

/// Marks a `<br>` in the text buffer (html5ever never leaves NUL in text).
const BR: char = '\u{0}';
/// Marks the start of link text in the text buffer.
const LINK_ON: char = '\u{1}';
/// Marks the end of link text in the text buffer.
const LINK_OFF: char = '\u{2}';

/// Elements that end the paragraph before them and start a new one.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements that hold a paragraph of text of their own; if the content has
/// fewer than two, its text is split on blank lines instead.
const TEXT_BLOCKS: &str = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th";

/// One paragraph as found, before filtering.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Piece {
    /// Plain text, whitespace collapsed.
    pub text: String,
    /// Whether it came from a heading (`h1`–`h6`).
    pub heading: bool,
    /// Non-space characters inside links.
    pub linked: usize,
    /// All non-space characters.
    pub total: usize,
}

impl Piece {
    /// Share of the text that is link text, 0.0–1.0.
    pub fn link_density(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        self.linked as f64 / self.total as f64
    }
}

/// Splits content HTML into paragraphs in reading order, skipping page furniture.
pub(super) fn pieces(content_html: &str) -> Vec<Piece> {
    let doc = Document::from(content_html);
    let Some(body) = doc.body() else {
        return Vec::new();
    };
    let plain = doc.select(TEXT_BLOCKS).length() < 2;
    let total_chars = body.normalized_char_count();
    let mut walker = Walker {
        plain,
        total_chars,
        ..Walker::default()
    };
    walker.walk(body);
    walker.flush();
    walker.out
}

/// A step of the iterative walk: enter a node, or leave an element.
enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave { block: bool, link: bool, pre: bool },
}

/// State of the walk over the content tree.
#[derive(Default)]
struct Walker {
    out: Vec<Piece>,
    buf: String,
    heading: bool,
    pre_depth: usize,
    plain: bool,
    total_chars: usize,
}

impl Walker {
    /// Visits the subtree of `root` in document order with an explicit stack.
    fn walk(&mut self, root: NodeRef<'_>) {
        let mut stack: Vec<Step<'_>> = root.children_it(true).map(Step::Enter).collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(node) => self.enter(node, &mut stack),
                Step::Leave { block, link, pre } => {
                    if link {
                        self.buf.push(LINK_OFF);
                    }
                    if block {
                        self.flush();
                    }
                    if pre {
                        self.pre_depth -= 1;
                    }
                }
            }
        }
    }

    /// Takes in a text node, or queues an element's children unless it is skipped.
    fn enter<'a>(&mut self, node: NodeRef<'a>, stack: &mut Vec<Step<'a>>) {
        if node.is_text() {
            let text = node.text();
            let clean = text
                .chars()
                .filter(|c| !matches!(*c, BR | LINK_ON | LINK_OFF));
            self.buf.extend(clean);
            return;
        }
        let Some(name) = node.node_name() else { return };
        let name = name.to_ascii_lowercase();
        if name == "br" {
            self.buf.push(BR);
            return;
        }
        if !node.is_element() || clean::is_skipped_in_content(&node, &name, self.total_chars) {
            return;
        }
        let block = BLOCK_TAGS.contains(&name.as_str());
        let link = name == "a";
        let pre = name == "pre";
        if block {
            self.flush();
            self.heading = matches!(name.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        }
        if link {
            self.buf.push(LINK_ON);
        }
        if pre {
            self.pre_depth += 1;
        }
        stack.push(Step::Leave { block, link, pre });
        stack.extend(node.children_it(true).map(Step::Enter));
    }

    /// Ends the current paragraph; inside `<pre>` blank lines split it too.
    fn flush(&mut self) {
        let blank_lines = self.plain || self.pre_depth > 0;
        let raw = std::mem::take(&mut self.buf);
        for mut piece in split_paragraphs(&raw, blank_lines) {
            piece.heading = self.heading;
            self.out.push(piece);
        }
        self.heading = false;
    }
}

/// Characters that render as nothing: soft hyphen, zero-width space, BOM.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}')
}

/// Turns a raw text buffer into paragraphs: whitespace collapses to one
/// space, two or more `<br>` in a row split, and so do blank lines when
/// `blank_lines` is set. Counts link characters per paragraph.
fn split_paragraphs(raw: &str, blank_lines: bool) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut cur = Piece {
        text: String::new(),
        heading: false,
        linked: 0,
        total: 0,
    };
    let (mut brs, mut newlines, mut space, mut in_link) = (0, 0, false, false);
    for c in raw.chars() {
        match c {
            BR => (brs, space) = (brs + 1, true),
            LINK_ON => in_link = true,
            LINK_OFF => in_link = false,
            '\n' => (newlines, space) = (newlines + 1, true),
            c if c.is_whitespace() => space = true,
            c if is_invisible(c) => {}
            c => {
                if brs >= 2 || (blank_lines && newlines >= 2) {
                    push_piece(&mut out, &mut cur);
                } else if space && !cur.text.is_empty() {
                    cur.text.push(' ');
                }
                cur.text.push(c);
                cur.total += 1;
                cur.linked += usize::from(in_link);
                (brs, newlines, space) = (0, 0, false);
            }
        }
    }
    push_piece(&mut out, &mut cur);
    out
}

fn push_piece(out: &mut Vec<Piece>, cur: &mut Piece) {
    let piece = std::mem::replace(
        cur,
        Piece {
            text: String::new(),
            heading: false,
            linked: 0,
            total: 0,
        },
    );
    if !piece.text.is_empty() {
        out.push(piece);
    }
}

/// Collapses runs of whitespace to one space and trims; drops invisible characters.
pub(super) fn collapse_ws(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    words
        .join(" ")
        .chars()
        .filter(|c| !is_invisible(*c))
        .collect()
}

/// Counts words; text in scripts written without spaces (Han, kana, Thai)
/// counts one word per two characters, roughly their average word length.
pub(super) fn word_count(s: &str) -> usize {
    let unspaced = s
        .chars()
        .filter(|c| {
            matches!(*c as u32, 0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
        })
        .count();
    s.split_whitespace().count() + unspaced / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        pieces(html).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn blocks_split_and_inline_text_joins() {
        let html = "<div><p>One <b>two</b>\n  three</p>loose <i>text</i><ul><li>a</li><li>b \
            <p>c</p></li></ul><h2>Head</h2></div>";
        assert_eq!(
            texts(html),
            ["One two three", "loose text", "a", "b", "c", "Head"]
        );
        assert!(pieces("<h3>H</h3>")[0].heading);
    }

    #[test]
    fn double_br_splits_and_single_br_joins() {
        let html = "<p>one<br>two<br> <br>three<br><br><br>four</p><p>five</p>";
        assert_eq!(texts(html), ["one two", "three", "four", "five"]);
    }

    #[test]
    fn blank_lines_split_only_plain_text_and_pre() {
        assert_eq!(texts("<div>a\n\nb</div>"), ["a", "b"]);
        assert_eq!(texts("<p>a\n\nb</p><p>c</p>"), ["a b", "c"]);
        assert_eq!(
            texts("<p>x</p><p>y</p><pre>a\n\n b</pre>"),
            ["x", "y", "a", "b"]
        );
    }

    #[test]
    fn furniture_and_invisible_characters_are_dropped() {
        let html = "<div><p>Body&shy;text&#8203; here</p><figure><figcaption>Cap</figcaption>\
            </figure><p class='byline'>By X</p><p hidden>H</p><script>s()</script></div>";
        assert_eq!(texts(html), ["Bodytext here"]);
    }

    #[test]
    fn link_characters_are_counted() {
        let p = &pieces("<p>ab <a href=x>cd ef</a></p>")[0];
        assert_eq!((p.linked, p.total), (4, 6));
        let p = &pieces("<p>\u{1}ab cd\u{2}</p>")[0];
        assert_eq!(
            (p.text.as_str(), p.linked),
            ("ab cd", 0),
            "markers in the page are text"
        );
    }

    #[test]
    fn words_are_counted_in_unspaced_scripts_too() {
        assert_eq!(word_count("Lavrov said  this"), 3);
        assert_eq!(word_count("拉夫罗夫表示"), 4);
        assert_eq!(collapse_ws("  a \u{a0} b\u{200b}\n"), "a b");
    }
}
