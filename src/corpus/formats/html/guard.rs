//! A linear pre-scan that refuses absurdly nested markup before it is parsed.
//!
//! Both the HTML parser and Readability take time quadratic in nesting depth:
//! 20,000 nested `<div>`s take over a minute. Real pages nest under ~100
//! levels. The scan counts elements opened and not yet closed, leaving out
//! those the parser closes by itself (`p`, `li`, `td`, `a`…), which cannot
//! nest without a counted element between them; so the true depth is at most
//! a small multiple of the estimate.

use std::collections::HashMap;

/// The deepest nesting estimate accepted.
pub(super) const MAX_NESTING: usize = 500;

/// Elements without content.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements the parser closes implicitly when a sibling starts.
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "a", "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option",
    "p", "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
];

/// Estimates the deepest element nesting of the page; see the module docs.
pub(super) fn nesting_estimate(html: &str) -> usize {
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut scan = Scan::default();
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'<') {
        i += offset + 1;
        i = scan.tag(&lower, i);
    }
    scan.max
}

/// Counters of the scan.
#[derive(Default)]
struct Scan {
    open: HashMap<String, usize>,
    depth: usize,
    max: usize,
    foreign: usize,
}

impl Scan {
    /// Reads the tag starting at byte `i` (just after `<`); returns where to go on.
    fn tag(&mut self, lower: &str, i: usize) -> usize {
        let rest = &lower[i..];
        if rest.starts_with("!--") {
            return rest.find("-->").map_or(lower.len(), |end| i + end + 3);
        }
        let closing = rest.starts_with('/');
        let name_start = i + usize::from(closing);
        let name: String = lower[name_start..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if name.is_empty() {
            return name_start;
        }
        let Some(gt) = lower[name_start..].find('>') else {
            return lower.len();
        };
        let after = name_start + gt + 1;
        let self_closing = lower[..after - 1].ends_with('/');
        if closing {
            self.close(&name);
            after
        } else if RAW_TEXT.contains(&name.as_str()) {
            let end_tag = format!("</{name}");
            lower[after..]
                .find(&end_tag)
                .map_or(lower.len(), |end| after + end)
        } else {
            self.open(name, self_closing);
            after
        }
    }

    fn open(&mut self, name: String, self_closing: bool) {
        let foreign_root = name == "svg" || name == "math";
        if VOID.contains(&name.as_str()) || SELF_CLOSING_SIBLINGS.contains(&name.as_str()) {
            return;
        }
        // `/>` closes an element only in SVG and MathML.
        if self_closing && (self.foreign > 0 || foreign_root) {
            return;
        }
        self.foreign += usize::from(foreign_root);
        *self.open.entry(name).or_default() += 1;
        self.depth += 1;
        self.max = self.max.max(self.depth);
    }

    fn close(&mut self, name: &str) {
        if let Some(count) = self.open.get_mut(name).filter(|c| **c > 0) {
            *count -= 1;
            self.depth -= 1;
            if name == "svg" || name == "math" {
                self.foreign = self.foreign.saturating_sub(1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_only_elements_left_open() {
        assert_eq!(nesting_estimate("<div><div></div><div><p>x</div></div>"), 2);
        assert_eq!(nesting_estimate("<ul><li>a<li>b<li>c</ul>"), 1);
        assert_eq!(nesting_estimate("<div>".repeat(10).as_str()), 10);
    }

    #[test]
    fn ignores_raw_text_comments_and_stray_end_tags() {
        let html = "<script>'<div><div><div>'</script><!-- <div><div> --></span></div><b>x</b>";
        assert_eq!(nesting_estimate(html), 1);
        assert_eq!(nesting_estimate("<style>"), 0);
        assert_eq!(nesting_estimate("<title><div><div>"), 0);
    }

    #[test]
    fn self_closing_counts_only_in_svg() {
        assert_eq!(nesting_estimate("<svg><path/><path/><g/></svg>"), 1);
        assert_eq!(nesting_estimate("<div/><div/><div/>"), 3);
        assert_eq!(nesting_estimate("<svg/><math/>"), 0);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for html in [
            "<",
            "</",
            "<!--",
            "<a",
            "<é>",
            "<div é='<'>",
            "<\u{0}",
            "</>",
        ] {
            let _ = nesting_estimate(html);
        }
    }
}
