//! TEMPORARY stub, replaced by the real module.
pub fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    s.trim().get(..10)?.parse().ok()
}
pub fn date_from_text(paragraphs: &[String]) -> Option<jiff::civil::Date> {
    let _ = paragraphs;
    None
}
