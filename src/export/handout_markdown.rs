//! The handout as GitHub-flavoured Markdown, for a wiki, an LMS or an issue:
//! the same sections as the HTML handout, with `~~deleted~~` and
//! `**inserted**` words. Every untrusted field goes through [`escape`], so
//! no raw HTML from article text reaches the page.

use std::fmt::Write;

use super::coverage::{CollatedStory, column_label, markdown as coverage_table};
use super::handout::{
    Handout, VERSION, date_text, describe_version, statement_heading, version_text,
};
use super::markdown::{compare, emphasize, escape};

/// The handout as one Markdown document.
pub fn handout(h: &Handout) -> String {
    let mut out = String::new();
    header(&mut out, h);
    out.push_str(LEGEND);
    out.push_str("\n# Coverage: who carries which passage\n\n");
    let collated = CollatedStory {
        story: h.story,
        collation: h.collation,
    };
    out.push_str(&coverage_table(h.articles, &[collated]));
    out.push_str("# Side by side\n\n");
    match &h.pair {
        Some(((a, b), alignment)) => {
            out.push_str(&compare(h.members[*a], h.members[*b], alignment));
        }
        None => out.push_str("This story has one article: there is no pair to compare.\n"),
    }
    quotes(&mut out, h);
    framing(&mut out, h);
    notes(&mut out, h);
    provenance(&mut out, h);
    out
}

const LEGEND: &str = "\
## How to read this handout

- `P` the row's reference text (the pivot outlet's, or the first outlet with a passage the pivot lacks) · `=` the same words · `~` reworded · `·` not carried · `↕` told out of order
- `<` only in the left article of the pair · `>` only in the right
- ~~struck through~~: words only the left article has · **bold**: words only the right article has
- In quotations, **bold** words differ from the other version.
";

fn header(out: &mut String, h: &Handout) {
    let dates = h.dates_text();
    let _ = writeln!(
        out,
        "# {}\n\nStory {} · {} outlet(s) · {dates}\n",
        escape(&h.story.label),
        escape(&h.story.id),
        h.members.len()
    );
    for (k, (article, name)) in h.members.iter().zip(&h.names).enumerate() {
        let date = date_text(article);
        let title = article.title.as_deref().unwrap_or(&article.id);
        let url = article
            .url
            .as_deref()
            .map_or_else(String::new, |u| format!(" · {}", escape(u)));
        let _ = writeln!(
            out,
            "- **{}** {} · {date} · *{}*{url}",
            column_label(k),
            escape(name),
            escape(title)
        );
    }
    out.push('\n');
}

fn quotes(out: &mut String, h: &Handout) {
    out.push_str("\n# Quotations and each outlet's version\n\n");
    if h.quotes.statements.is_empty() {
        out.push_str("No quotations were found.\n");
    }
    for (n, statement) in h.quotes.statements.iter().enumerate() {
        let (speaker, flags) = statement_heading(statement);
        let flags = flags.map_or(String::new(), |f| format!(" · *{}*", escape(&f)));
        let _ = writeln!(out, "## [{}] {}{flags}\n", n + 1, escape(speaker));
        for (k, version) in statement.versions.iter().enumerate() {
            let article = h.members[version.article];
            let text = version_text(&statement.versions, k, escape, |t| emphasize(t, "**"));
            let _ = writeln!(
                out,
                "- **{}** ({}) · {}\n\n  > {text}\n",
                escape(article.display_name()),
                escape(&article.id),
                escape(&describe_version(version))
            );
        }
    }
}

fn framing(out: &mut String, h: &Handout) {
    let table = &h.framing;
    out.push_str("# Framing: each outlet's word choices\n\n");
    let heads: Vec<String> = table.outlets.iter().map(|o| escape(o)).collect();
    let _ = writeln!(out, "| | {} |", heads.join(" | "));
    let _ = writeln!(out, "|---|{}", "---|".repeat(heads.len()));
    for row in &table.rows {
        let label = if row.heading {
            format!("**{}**", escape(&row.label))
        } else {
            escape(&row.label)
        };
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|items| escape(&items.join(", ")))
            .collect();
        let _ = writeln!(out, "| {label} | {} |", cells.join(" | "));
    }
    out.push_str("\nNaming: each variant with its count per referent. Distinctive terms: z-scored log-odds against the story's other outlets.\n");
}

fn notes(out: &mut String, h: &Handout) {
    if h.notes.is_empty() {
        return;
    }
    out.push_str("\n# Reviewer's notes\n\n");
    for note in &h.notes {
        let mut head = format!("- **{}** · {}", escape(&note.location), note.status);
        if note.reviewed {
            head.push_str(" · reviewed");
        }
        for tag in &note.tags {
            let _ = write!(head, " · tag \\#{}", escape(tag));
        }
        let _ = writeln!(out, "{head}");
        if !note.quote.is_empty() {
            let _ = writeln!(out, "  > {}", escape(&note.quote));
        }
        for line in note.text.lines() {
            let _ = writeln!(out, "  {}", escape(line));
        }
    }
}

fn provenance(out: &mut String, h: &Handout) {
    out.push_str("\n# Provenance\n\n");
    for (k, article) in h.members.iter().enumerate() {
        let url = article
            .url
            .as_deref()
            .map_or_else(|| "no source URL".to_owned(), escape);
        let _ = writeln!(
            out,
            "- **{}** {} · id {} · {url}",
            column_label(k),
            escape(&article.path),
            escape(&article.id)
        );
    }
    let _ = writeln!(
        out,
        "\nMade with storydiff {VERSION} on {} · alignment threshold {:.2} · story key `{}`",
        h.made,
        h.threshold(),
        h.collation.story_key
    );
}
