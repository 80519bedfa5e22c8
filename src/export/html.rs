//! The HTML handout: one self-contained page for a class or a newsroom.
//!
//! Inline CSS ([`CSS`]), no scripts, fonts, images or requests, and a
//! Content-Security-Policy that forbids them. Every untrusted field (article
//! text, titles, outlets, URLs, file names, notes) goes through [`escape`];
//! only `http`/`https` URLs become links. Meaning never rests on colour:
//! glyphs, `[-…-]` / `{+…+}` markers, strike-through, underline and bold.

use std::fmt::Write;

use crate::corpus::sanitize::for_display;
use crate::diff::{Change, change_runs};

use super::coverage::{column_label, glyph};
use super::handout::{
    Handout, VERSION, date_text, describe_version, shade_level, statement_heading, version_text,
};

/// The handout's stylesheet, embedded.
pub const CSS: &str = include_str!("../../assets/handout.css");

/// The Content-Security-Policy of every handout: inline styles only.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; \
                       base-uri 'none'; form-action 'none'";

/// The handout as one HTML document.
pub fn handout(h: &Handout) -> String {
    let mut out = String::new();
    let title = escape(&h.story.label);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"storydiff {VERSION}\">\n\
         <title>{title} · storydiff handout</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n"
    );
    header(&mut out, h);
    legend(&mut out);
    coverage(&mut out, h);
    pair(&mut out, h);
    quotes(&mut out, h);
    framing(&mut out, h);
    notes(&mut out, h);
    provenance(&mut out, h);
    out.push_str("</body>\n</html>\n");
    out
}

/// Escapes text for HTML element content and quoted attribute values, after
/// writing control and invisible format characters as visible escapes
/// ([`for_display`]), so a bidi override cannot reorder what readers see.
pub fn escape(text: &str) -> String {
    let text = for_display(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The URL when it may become a link: `http` or `https`, with no spaces or
/// control characters. Anything else (`javascript:`, `data:`) stays text.
pub fn safe_link(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (web && clean).then_some(url)
}

/// A URL as a link when [`safe_link`] allows it, else as plain text.
fn url_html(url: &str) -> String {
    match safe_link(url) {
        Some(url) => format!(
            "<a class=\"url\" href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
            escape(url)
        ),
        None => format!("<span class=\"url\">{}</span>", escape(url)),
    }
}

fn header(out: &mut String, h: &Handout) {
    let dates = h.dates_text();
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">Story {} · {} outlet(s) · {dates}</p>\n<ol class=\"witnesses\">",
        escape(&h.story.label),
        escape(&h.story.id),
        h.members.len()
    );
    for (k, (article, name)) in h.members.iter().zip(&h.names).enumerate() {
        let title = article.title.as_deref().unwrap_or(&article.id);
        let url = article
            .url
            .as_deref()
            .map_or_else(String::new, |u| format!(" · {}", url_html(u)));
        let _ = writeln!(
            out,
            "<li><span class=\"label\">{}</span> <strong>{}</strong> · {} · <cite>{}</cite>{url}</li>",
            column_label(k),
            escape(name),
            date_text(article),
            escape(title)
        );
    }
    out.push_str("</ol>\n</header>\n");
}

fn legend(out: &mut String) {
    out.push_str(
        "<section class=\"legend\" id=\"legend\">\n<h2>How to read this handout</h2>\n<dl>\n\
         <dt><code>P</code></dt><dd>the row's reference text: the pivot outlet's, or the first outlet with a passage the pivot lacks</dd>\n\
         <dt><code>=</code></dt><dd>the same words (up to case, punctuation and quote style)</dd>\n\
         <dt><code>~</code></dt><dd>the same content, reworded</dd>\n\
         <dt><code>·</code></dt><dd>the outlet does not carry the passage</dd>\n\
         <dt><code>↕</code></dt><dd>told out of the reference's order</dd>\n\
         <dt><code>&lt;</code> <code>&gt;</code></dt><dd>only in the left or only in the right article of the pair</dd>\n\
         <dt>shading</dt><dd>how many outlets carry a passage (also written as a count): darker is more</dd>\n\
         <dt><del><span class=\"mk\">[-</span>struck<span class=\"mk\">-]</span></del></dt><dd>words only the left article has</dd>\n\
         <dt><ins><span class=\"mk\">{+</span>underlined<span class=\"mk\">+}</span></ins></dt><dd>words only the right article has</dd>\n\
         <dt><span class=\"differs\">bold</span></dt><dd>in quotations: words that differ from the other version</dd>\n\
         </dl>\n</section>\n",
    );
}

fn coverage(out: &mut String, h: &Handout) {
    let table = &h.collation.table;
    let n = h.members.len();
    out.push_str("<section id=\"coverage\">\n<h2>Coverage: who carries which passage</h2>\n<div class=\"scroll\">\n<table class=\"matrix\">\n<thead><tr><th scope=\"col\">passage</th>");
    for (k, name) in h.names.iter().enumerate() {
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"g\" title=\"{}\">{}</th>",
            escape(name),
            column_label(k)
        );
    }
    out.push_str("<th scope=\"col\">outlets</th><th scope=\"col\" class=\"text\">text</th></tr></thead>\n<tbody>\n");
    for passage in &table.passages {
        let carried = passage.carried_by();
        let _ = write!(
            out,
            "<tr class=\"c{}\"><th scope=\"row\">{}</th>",
            shade_level(carried, n),
            escape(&passage.id)
        );
        for cell in &passage.cells {
            let _ = write!(
                out,
                "<td class=\"g rel-{0}\" title=\"{0}\">{1}</td>",
                cell.relation.as_str(),
                escape(&glyph(cell))
            );
        }
        let from = if passage.reference == table.pivot {
            String::new()
        } else {
            format!(
                "<span class=\"label\">{}</span> ",
                column_label(passage.reference)
            )
        };
        let _ = writeln!(
            out,
            "<td class=\"count\">{carried}/{n}</td><td class=\"text\">{from}{}</td></tr>",
            escape(&passage.cells[passage.reference].text)
        );
    }
    out.push_str("</tbody>\n</table>\n</div>\n<ul class=\"small\">\n");
    for (share, (k, name)) in table.coverage(n).iter().zip(h.names.iter().enumerate()) {
        let pivot = if k == table.pivot { " (pivot)" } else { "" };
        let _ = writeln!(
            out,
            "<li><span class=\"label\">{}</span> {}{pivot}: {:.0}% of the passages</li>",
            column_label(k),
            escape(name),
            share * 100.0
        );
    }
    out.push_str("</ul>\n</section>\n");
}

/// Diff runs as HTML: removed words struck through between `[-` `-]`,
/// added words underlined between `{+` `+}`, outer spaces kept outside.
fn runs_html(runs: &[(String, Change)]) -> String {
    let mut out = String::new();
    for (text, change) in runs {
        let (open, close) = match change {
            Change::Kept => {
                out.push_str(&escape(text));
                continue;
            }
            Change::Removed => (
                "<del><span class=\"mk\">[-</span>",
                "<span class=\"mk\">-]</span></del>",
            ),
            Change::Added => (
                "<ins><span class=\"mk\">{+</span>",
                "<span class=\"mk\">+}</span></ins>",
            ),
        };
        out.push_str(&wrap_words(text, open, close));
    }
    out
}

/// Wraps the words of `text` (escaped) in `open`/`close`, spaces outside.
fn wrap_words(text: &str, open: &str, close: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return escape(text);
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!(
        "{}{open}{}{close}{}",
        escape(lead),
        escape(trimmed),
        escape(trail)
    )
}

fn pair(out: &mut String, h: &Handout) {
    let Some(((a, b), alignment)) = &h.pair else {
        out.push_str("<section id=\"pair\">\n<h2>Side by side</h2>\n<p>This story has one article: there is no pair to compare.</p>\n</section>\n");
        return;
    };
    let (left, right) = (h.members[*a], h.members[*b]);
    let (ln, rn) = (escape(&h.names[*a]), escape(&h.names[*b]));
    let s = &alignment.summary;
    let _ = writeln!(
        out,
        "<section id=\"pair\">\n<h2>Side by side: {ln} and {rn}</h2>\n<p>{ln} shares {:.0}% of its words with {rn}; {rn} shares {:.0}% with {ln}. Rows: {} same, {} reworded, {} only in {ln}, {} only in {rn}.</p>\n<div class=\"pair\">\n<div class=\"row head\"><div class=\"mark\">kind</div><div class=\"left\"><span class=\"label\">{}</span> {ln}</div><div class=\"right\"><span class=\"label\">{}</span> {rn}</div></div>",
        s.left_shared * 100.0,
        s.right_shared * 100.0,
        s.same,
        s.reworded,
        s.left_only,
        s.right_only,
        column_label(*a),
        column_label(*b)
    );
    let (lt, rt) = (left.sentence_texts(), right.sentence_texts());
    for row in &alignment.rows {
        let (l, r) = row.texts(&lt, &rt);
        let (l, r) = if l.is_empty() || r.is_empty() {
            (escape(&l), escape(&r))
        } else {
            let (lr, rr) = change_runs(&l, &r);
            (runs_html(&lr), runs_html(&rr))
        };
        let moved = if row.moved { "↕" } else { "" };
        let one_sided = if l.is_empty() || r.is_empty() {
            " one-sided"
        } else {
            ""
        };
        let side = |text: &str, class: &str, name: &str| {
            let empty = if text.is_empty() { " empty" } else { "" };
            format!(
                "<div class=\"{class}{empty}\"><span class=\"side-name\">{name}</span>{text}</div>"
            )
        };
        let _ = writeln!(
            out,
            "<div class=\"row kind-{}{one_sided}\"><div class=\"mark\" title=\"{}\">{}{moved}</div>{}{}</div>",
            row.kind.as_str(),
            row.kind.as_str(),
            escape(&row.kind.marker().to_string()),
            side(&l, "left", &ln),
            side(&r, "right", &rn)
        );
    }
    out.push_str("</div>\n</section>\n");
}

fn quotes(out: &mut String, h: &Handout) {
    out.push_str("<section id=\"quotes\">\n<h2>Quotations and each outlet's version</h2>\n");
    if h.quotes.statements.is_empty() {
        out.push_str("<p>No quotations were found.</p>\n");
    }
    for (n, statement) in h.quotes.statements.iter().enumerate() {
        let (speaker, flags) = statement_heading(statement);
        let flags = flags.map_or(String::new(), |f| format!(" · <em>{}</em>", escape(&f)));
        let _ = writeln!(
            out,
            "<div class=\"statement\">\n<h3>[{}] {}{flags}</h3>\n<dl>",
            n + 1,
            escape(speaker)
        );
        for (k, version) in statement.versions.iter().enumerate() {
            let article = h.members[version.article];
            let text = version_text(&statement.versions, k, escape, |t| {
                wrap_words(t, "<span class=\"differs\">", "</span>")
            });
            let _ = writeln!(
                out,
                "<dt>{} ({}) · {}</dt>\n<dd><blockquote>{text}</blockquote></dd>",
                escape(article.display_name()),
                escape(&article.id),
                escape(&describe_version(version))
            );
        }
        out.push_str("</dl>\n</div>\n");
    }
    out.push_str("</section>\n");
}

fn framing(out: &mut String, h: &Handout) {
    let table = &h.framing;
    out.push_str("<section id=\"framing\">\n<h2>Framing: each outlet's word choices</h2>\n<div class=\"scroll\">\n<table class=\"framing\">\n<thead><tr><th></th>");
    for outlet in &table.outlets {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(outlet));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        if row.heading && row.cells.iter().all(Vec::is_empty) {
            let _ = writeln!(
                out,
                "<tr class=\"heading\"><th colspan=\"{}\">{}</th></tr>",
                table.outlets.len() + 1,
                escape(&row.label)
            );
            continue;
        }
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(&row.label));
        for items in &row.cells {
            let _ = write!(out, "<td>{}</td>", escape(&items.join(", ")));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n<p class=\"small\">Naming: each variant with its count per referent. Distinctive terms: z-scored log-odds against the story's other outlets.</p>\n</section>\n");
}

fn notes(out: &mut String, h: &Handout) {
    if h.notes.is_empty() {
        return;
    }
    out.push_str("<section id=\"notes\">\n<h2>Reviewer's notes</h2>\n<ul class=\"notes\">\n");
    for note in &h.notes {
        let mut head = format!(
            "<strong>{}</strong> · {}",
            escape(&note.location),
            note.status
        );
        if note.reviewed {
            head.push_str(" · reviewed");
        }
        for tag in &note.tags {
            let _ = write!(head, " · <code>#{}</code>", escape(tag));
        }
        let quote = if note.quote.is_empty() {
            String::new()
        } else {
            format!("<blockquote>{}</blockquote>", escape(&note.quote))
        };
        let text: Vec<String> = note.text.lines().map(escape).collect();
        let _ = writeln!(
            out,
            "<li><p>{head}</p>{quote}<p>{}</p></li>",
            text.join("<br>")
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn provenance(out: &mut String, h: &Handout) {
    out.push_str("<section id=\"provenance\" class=\"provenance\">\n<h2>Provenance</h2>\n<dl>\n<dt>Articles</dt>\n<dd><ul>\n");
    for (k, article) in h.members.iter().enumerate() {
        let url = article
            .url
            .as_deref()
            .map_or_else(|| "no source URL".to_owned(), url_html);
        let _ = writeln!(
            out,
            "<li><span class=\"label\">{}</span> <code>{}</code> · id <code>{}</code> · key <code>{}</code> · {url}</li>",
            column_label(k),
            escape(&article.path),
            escape(&article.id),
            h.collation.keys[k]
        );
    }
    let _ = writeln!(
        out,
        "</ul></dd>\n<dt>Made with</dt><dd>storydiff {VERSION} on {}</dd>\n<dt>Alignment threshold</dt><dd>{:.2} (least similarity for two passages to be linked)</dd>\n<dt>Story key</dt><dd><code>{}</code></dd>\n</dl>\n</section>",
        h.made,
        h.threshold(),
        h.collation.story_key
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup_and_quotes() {
        assert_eq!(
            escape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(escape("a & 'b'"), "a &amp; &#39;b&#39;");
    }

    #[test]
    fn only_web_urls_become_links() {
        assert!(safe_link("https://example.org/a?b=1").is_some());
        assert!(safe_link("HTTP://example.org").is_some());
        assert!(safe_link("javascript:alert(1)").is_none());
        assert!(safe_link(" javascript:alert(1)").is_none());
        assert!(safe_link("data:text/html,<script>").is_none());
        assert!(
            safe_link("https://x.org/\"onmouseover=").is_some_and(|u| escape(u).contains("&quot;"))
        );
        assert!(safe_link("https://x.org/a b").is_none());
    }

    #[test]
    fn changed_words_carry_visible_markers() {
        let (l, r) = change_runs("Lavrov said.", "Lavrov said on Monday.");
        assert_eq!(runs_html(&l), "Lavrov said.");
        assert!(runs_html(&r).contains(
            "<ins><span class=\"mk\">{+</span>on Monday<span class=\"mk\">+}</span></ins>"
        ));
    }
}
