//! Reading a file whose name promises text, safely: what is not a regular
//! file (a FIFO, a device, a socket) is refused before it is opened, and no
//! more than a limit is ever read, whatever size the file claims to have.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not a regular file once links are followed: reading a FIFO blocks
    /// and a device such as `/dev/zero` never ends. Holds what it is.
    #[error("not a regular file ({0})")]
    NotRegular(&'static str),
    /// More than `limit` bytes: `size` is known when the file said so, and
    /// `None` when it was found while reading (a file that grew, or one that
    /// reports 0 bytes as `/proc` files do).
    #[error("{}", too_large(*size, *limit))]
    TooLarge {
        /// The size the file reported, when that was already too large.
        size: Option<u64>,
        /// The limit.
        limit: u64,
    },
    /// The file could not be opened or read.
    #[error("{}", io_reason(.0))]
    Io(#[from] io::Error),
}

impl ReadError {
    /// Whether the file is simply not there.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io(e) if e.kind() == io::ErrorKind::NotFound)
    }
}

/// The bytes of the regular file at `path` (links followed), if it holds at
/// most `limit` of them.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    // Checked before opening, since opening a FIFO waits for a writer.
    let meta = fs::metadata(path)?;
    if is_null_device(&meta) {
        // `STORYDIFF_CONFIG=/dev/null` is the usual way to say "none".
        return Ok(Vec::new());
    }
    check_regular(&meta)?;
    let file = open_without_waiting(path)?;
    // Checked again on what was opened, in case the path changed meanwhile.
    let meta = file.metadata()?;
    check_regular(&meta)?;
    if meta.len() > limit {
        let size = Some(meta.len());
        return Err(ReadError::TooLarge { size, limit });
    }
    // Room for the size the file claims and one byte more, so a file that
    // kept its size is read without growing the buffer or probing.
    let claimed = usize::try_from(meta.len()).unwrap_or(0);
    read_into(file, limit, Vec::with_capacity(claimed.saturating_add(1)))
}

/// All of `reader`, unless it gives more than `limit` bytes: then reading
/// stops there and the answer is [`ReadError::TooLarge`].
#[cfg(test)]
fn read_at_most(reader: impl Read, limit: u64) -> Result<Vec<u8>, ReadError> {
    read_into(reader, limit, Vec::new())
}

/// All of `reader`, unless it gives more than `limit` bytes (then
/// [`ReadError::TooLarge`]), read into `bytes`: empty, with any capacity.
fn read_into(reader: impl Read, limit: u64, mut bytes: Vec<u8>) -> Result<Vec<u8>, ReadError> {
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { size: None, limit });
    }
    Ok(bytes)
}

/// Whether `meta` is the null device, which reads as empty at once.
#[cfg(unix)]
fn is_null_device(meta: &Metadata) -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let null = fs::metadata("/dev/null");
    meta.file_type().is_char_device() && null.is_ok_and(|null| null.rdev() == meta.rdev())
}

/// Whether `meta` is the null device: never, where it is not a file.
#[cfg(not(unix))]
fn is_null_device(_: &Metadata) -> bool {
    false
}

/// Refuses anything but a regular file, saying what it is.
fn check_regular(meta: &Metadata) -> Result<(), ReadError> {
    if meta.is_file() {
        Ok(())
    } else {
        Err(ReadError::NotRegular(kind_of(meta)))
    }
}

/// What a file that is not a regular one is, for people: "a FIFO", "a device".
fn kind_of(meta: &Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Opens `path` for reading. On Unix with `O_NONBLOCK`, so that a FIFO put
/// in the file's place after it was checked cannot make `open` wait; for
/// the regular files that pass the checks the flag changes nothing.
#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

/// Opens `path` for reading.
#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// "file is 74 B, over the 16 B limit", or without the size when it is unknown.
fn too_large(size: Option<u64>, limit: u64) -> String {
    let limit = human_size(limit);
    match size {
        Some(size) => format!("file is {}, over the {limit} limit", human_size(size)),
        None => format!("file is over the {limit} limit"),
    }
}

/// A one-line reason for an I/O failure, without the OS error number.
pub fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let text = err.to_string();
            text.split(" (os error").next().unwrap_or(&text).to_string()
        }
    }
}

/// A byte count for people: "512 B", "3.2 KiB", "10.0 MiB".
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes_read_naturally() {
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(10 * 1024 * 1024), "10.0 MiB");
        assert_eq!(human_size(1536), "1.5 KiB");
    }

    #[test]
    fn an_endless_reader_is_cut_off_just_past_the_limit() {
        let error = read_at_most(io::repeat(b'a'), 16).unwrap_err();
        assert_eq!(error.to_string(), "file is over the 16 B limit");
        assert_eq!(
            read_at_most(&b"exactly sixteen!"[..], 16).unwrap().len(),
            16
        );
    }

    #[test]
    fn a_file_over_the_limit_is_refused_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "seventeen bytes!!").unwrap();
        let error = read_limited(&path, 16).unwrap_err();
        assert_eq!(error.to_string(), "file is 17 B, over the 16 B limit");
        assert_eq!(read_limited(&path, 17).unwrap(), b"seventeen bytes!!");
    }

    #[test]
    fn a_directory_is_not_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let error = read_limited(dir.path(), 16).unwrap_err();
        assert_eq!(error.to_string(), "not a regular file (a directory)");
        let missing = read_limited(&dir.path().join("nope.txt"), 16).unwrap_err();
        assert!(missing.is_not_found());
        assert_eq!(missing.to_string(), "no such file or directory");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_unopened_but_the_null_device_reads_as_empty() {
        let error = read_limited(Path::new("/dev/zero"), 16).unwrap_err();
        assert_eq!(error.to_string(), "not a regular file (a device)");
        assert!(read_limited(Path::new("/dev/null"), 16).unwrap().is_empty());
    }
}
