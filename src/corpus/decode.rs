//! Turning file bytes into text: BOMs, UTF-16, legacy encodings, binaries.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Text decoded from a file, with a note when the encoding was not plain UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text (without BOM).
    pub text: String,
    /// Set when the bytes were not UTF-8, saying what was assumed.
    pub notice: Option<String>,
}

/// Decodes file bytes: a BOM decides the encoding; otherwise UTF-8, falling
/// back to Windows-1252 (the usual encoding of mislabelled Western pages).
/// Binary data (NUL bytes without a UTF-16 BOM) is refused.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        let notice = (encoding != UTF_8).then(|| format!("decoded as {}", encoding.name()));
        let notice = if had_errors {
            Some(format!(
                "decoded as {} with some invalid bytes replaced",
                encoding.name()
            ))
        } else {
            notice
        };
        return Ok(Decoded {
            text: text.into_owned(),
            notice,
        });
    }
    if let Some(pos) = memchr_nul(bytes) {
        return Err(format!(
            "binary file (NUL byte at offset {pos}); expected text, HTML or JSON"
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            notice: None,
        }),
        Err(err) => {
            let (text, _, _) = WINDOWS_1252.decode(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                notice: Some(format!(
                    "not valid UTF-8 (first bad byte at offset {}); decoded as Windows-1252",
                    err.valid_up_to()
                )),
            })
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_has_no_notice() {
        let d = decode("Lavrov’s “answer”".as_bytes()).unwrap();
        assert_eq!(d.text, "Lavrov’s “answer”");
        assert_eq!(d.notice, None);
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(d.text, "Hello");
        assert_eq!(d.notice, None);
    }

    #[test]
    fn utf16le_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Москва".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Москва");
        assert_eq!(d.notice.as_deref(), Some("decoded as UTF-16LE"));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252_and_says_so() {
        let d = decode(b"caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "café “quoted”");
        assert!(d.notice.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = decode(b"\x89PNG\r\n\x1a\n\x00\x00").unwrap_err();
        assert!(err.starts_with("binary file"), "{err}");
    }
}
