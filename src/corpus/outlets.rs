//! TEMPORARY stub, replaced by the real module.
pub fn outlet_for_domain(url_or_domain: &str) -> Option<String> {
    let _ = url_or_domain;
    None
}
pub fn outlet_from_text(paragraphs: &[String]) -> Option<String> {
    let _ = paragraphs;
    None
}
