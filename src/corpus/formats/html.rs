//! HTML pages: main content and metadata via a Readability port.

use super::RawArticle;

/// Extracts the article from an HTML page. Errors say why nothing could be extracted.
pub fn parse(html: &str) -> Result<RawArticle, String> {
    let _ = html;
    Err("HTML support is not written yet".to_string())
}
