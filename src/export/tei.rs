//! A story as TEI P5 parallel segmentation: a `teiHeader` whose
//! `sourceDesc` lists the witnesses (`listWit`), and a body with one `<ab>`
//! per passage of the coverage table. A passage every witness carries in
//! the same words stays inline; every other passage is an `<app>` with one
//! `<rdg wit="#…">` per witness (empty where the witness lacks it).
//!
//! Written with a real XML writer (quick-xml), so markup in article text is
//! escaped; control characters are written as visible escapes first, as
//! XML 1.0 cannot hold them.

use std::io;

use jiff::civil::Date;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::collate::{Collation, Relation};
use crate::corpus::Article;
use crate::corpus::sanitize::for_display;
use crate::stories::Story;

use super::coverage::{column_label, witness_names};
use super::handout::VERSION;

/// The TEI namespace.
pub const TEI_NS: &str = "http://www.tei-c.org/ns/1.0";

/// The `xml:id` of witness `k`: `wA`, `wB`, …
pub fn witness_id(k: usize) -> String {
    format!("w{}", column_label(k))
}

/// The story as a TEI document; `articles` is the slice the collation was
/// made from, `made` the day it is written.
pub fn tei(articles: &[Article], story: &Story, collation: &Collation, made: Date) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_document(&mut writer, articles, story, collation, made)
        .expect("writing XML to memory cannot fail");
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("the writer writes UTF-8")
}

fn text(value: &str) -> BytesText<'static> {
    BytesText::new(&for_display(value)).into_owned()
}

fn write_document(
    w: &mut Writer<Vec<u8>>,
    articles: &[Article],
    story: &Story,
    collation: &Collation,
    made: Date,
) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("TEI")
        .with_attribute(("xmlns", TEI_NS))
        .write_inner_content(|w| {
            header(w, articles, story, collation, made)?;
            body(w, collation)
        })?;
    Ok(())
}

fn header(
    w: &mut Writer<Vec<u8>>,
    articles: &[Article],
    story: &Story,
    collation: &Collation,
    made: Date,
) -> io::Result<()> {
    let members = collation.articles(articles);
    let names = witness_names(&members);
    w.create_element("teiHeader").write_inner_content(|w| {
        w.create_element("fileDesc").write_inner_content(|w| {
            w.create_element("titleStmt").write_inner_content(|w| {
                w.create_element("title").write_text_content(text(&story.label))?;
                Ok(())
            })?;
            w.create_element("publicationStmt")
                .write_inner_content(|w| {
                    let line = format!(
                        "Collated by storydiff {VERSION} on {made}, alignment threshold {:.2}; story {} (key {}).",
                        collation.options.threshold, story.id, collation.story_key
                    );
                    w.create_element("p").write_text_content(text(&line))?;
                    Ok(())
                })?;
            w.create_element("sourceDesc").write_inner_content(|w| {
                w.create_element("listWit").write_inner_content(|w| {
                    for (k, (article, name)) in members.iter().zip(&names).enumerate() {
                        witness(w, k, article, name)?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
            Ok(())
        })?;
        w.create_element("encodingDesc").write_inner_content(|w| {
            w.create_element("variantEncoding")
                .with_attribute(("method", "parallel-segmentation"))
                .with_attribute(("location", "internal"))
                .write_empty()?;
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}

fn witness(w: &mut Writer<Vec<u8>>, k: usize, article: &Article, name: &str) -> io::Result<()> {
    let id = witness_id(k);
    w.create_element("witness")
        .with_attribute(("xml:id", id.as_str()))
        .write_inner_content(|w| {
            w.create_element("bibl").write_inner_content(|w| {
                w.create_element("publisher")
                    .write_text_content(text(name))?;
                if let Some(title) = &article.title {
                    w.create_element("title").write_text_content(text(title))?;
                }
                if let Some(date) = article.date {
                    let when = date.to_string();
                    w.create_element("date")
                        .with_attribute(("when", when.as_str()))
                        .write_text_content(text(&when))?;
                }
                if let Some(url) = &article.url {
                    w.create_element("ref")
                        .with_attribute(("target", for_display(url).as_ref()))
                        .write_text_content(text(url))?;
                }
                w.create_element("idno")
                    .with_attribute(("type", "storydiff"))
                    .write_text_content(text(&article.id))?;
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn body(w: &mut Writer<Vec<u8>>, collation: &Collation) -> io::Result<()> {
    w.create_element("text").write_inner_content(|w| {
        w.create_element("body").write_inner_content(|w| {
            for passage in &collation.table.passages {
                let shared = passage
                    .cells
                    .iter()
                    .all(|c| matches!(c.relation, Relation::Pivot | Relation::Same));
                let ab = w
                    .create_element("ab")
                    .with_attribute(("n", passage.id.as_str()));
                if shared {
                    ab.write_text_content(text(&passage.cells[passage.reference].text))?;
                    continue;
                }
                ab.write_inner_content(|w| {
                    w.create_element("app").write_inner_content(|w| {
                        for (k, cell) in passage.cells.iter().enumerate() {
                            let wit = format!("#{}", witness_id(k));
                            let rdg = w
                                .create_element("rdg")
                                .with_attribute(("wit", wit.as_str()));
                            if cell.text.is_empty() {
                                rdg.write_empty()?;
                            } else {
                                rdg.with_attribute(("type", cell.relation.as_str()))
                                    .write_text_content(text(&cell.text))?;
                            }
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
            }
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}
