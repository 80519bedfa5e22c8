//! Publication dates: parsing the common written forms, and finding a date
//! in an article's opening byline or dateline.
//!
//! Parsing is strict on purpose: a form that could be read two ways
//! ("10/11/2017") or names a day that does not exist ("2017-02-30") gives
//! `None` rather than a guess. Times and offsets are checked but dropped; the
//! date is the one written, never shifted into another time zone.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

pub mod source;
#[cfg(test)]
mod tests;

pub use source::DateSource;

/// How many opening paragraphs [`date_from_text`] looks at.
const HEAD_PARAGRAPHS: usize = 2;
/// How many dash-separated segments of a paragraph it tries.
const HEAD_SEGMENTS: usize = 4;
/// Labels that may stand before a date in a byline ("Published: …").
const DATE_LABELS: [&str; 6] = [
    "published on",
    "published",
    "updated on",
    "updated",
    "posted on",
    "posted",
];
/// Weekday names; a leading one (or its abbreviation) is ignored.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Morning and afternoon markers allowed after a clock time.
const MERIDIEMS: [&str; 4] = ["a.m.", "p.m.", "am", "pm"];
/// Month names, in order; three-letter abbreviations and "Sept" also count.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Parses one date string in a common written form, or `None`.
///
/// Accepts ISO 8601 dates and datetimes (`2017-10-23`, `2017-10-23T14:05:00Z`,
/// `2017-10-23 14:05:00`, `2017-10-23T14:05:00.5+03:00`), RFC 2822
/// (`Mon, 23 Oct 2017 14:05:00 GMT`), month-first and day-first words
/// (`October 23, 2017`, `Oct. 23, 2017`, `November 16th, 2017`,
/// `23 October 2017`), the Unix `date` form (`Fri Mar 13 21:30:09 EST
/// 2015`), `2017/10/23`, `20171023` and ten-digit Unix timestamps in
/// seconds (read as UTC). Surrounding whitespace and a leading
/// weekday are ignored. Ambiguous forms (`10/11/2017`) and impossible dates
/// (`2017-02-30`) give `None`.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = strip_weekday(s.trim());
    if s.is_empty() {
        return None;
    }
    parse_unix(s)
        .or_else(|| parse_compact(s))
        .or_else(|| parse_iso(s))
        .or_else(|| parse_slashed(s))
        .or_else(|| parse_words(s))
        .or_else(|| parse_clock_before_year(s))
}

/// Finds the date in a byline or dateline at the start of the first two
/// paragraphs, such as `November 16th, 2017 – Fort Russ News –` or
/// `By Scott Lucas – eaworldview – 11 June 2017 – Russia has warned…`.
///
/// Only a whole dash-separated segment among the first few that is a full
/// date with a year counts (optionally after `Published:`, `Updated` and the
/// like); dates in running prose are never read.
pub fn date_from_text(paragraphs: &[String]) -> Option<Date> {
    paragraphs
        .iter()
        .take(HEAD_PARAGRAPHS)
        .flat_map(|p| header_segments(p).take(HEAD_SEGMENTS))
        .find_map(|segment| parse_date(strip_label(segment)))
}

/// Splits a paragraph at dashes and bars that separate byline fields.
pub(crate) fn header_segments(paragraph: &str) -> impl Iterator<Item = &str> {
    paragraph
        .split(['\u{2013}', '\u{2014}', '\u{2015}', '|'])
        .flat_map(|part| part.split(" - "))
        .map(str::trim)
        .filter(|segment| !segment.is_empty())
}

/// Removes a leading "Published:"-style label from a byline segment.
fn strip_label(segment: &str) -> &str {
    for label in DATE_LABELS {
        if let Some(rest) = strip_prefix_ci(segment, label) {
            return rest.trim_start_matches(':').trim_start();
        }
    }
    segment
}

/// `s` without `prefix`, compared ignoring ASCII case.
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Drops a leading weekday name ("Mon, ", "Tuesday ") when a date follows.
fn strip_weekday(s: &str) -> &str {
    let end = s.find([',', ' ']).unwrap_or(s.len());
    let word = s[..end].trim_end_matches('.').to_ascii_lowercase();
    let is_weekday = WEEKDAYS
        .iter()
        .any(|day| word == *day || (word.len() >= 3 && day.starts_with(word.as_str())));
    if !is_weekday || end == s.len() {
        return s;
    }
    s[end..].trim_start_matches([',', ' '])
}

/// A ten-digit Unix timestamp in seconds, as a UTC date.
fn parse_unix(s: &str) -> Option<Date> {
    if s.len() != 10 || !all_digits(s) {
        return None;
    }
    let ts = Timestamp::from_second(s.parse().ok()?).ok()?;
    Some(ts.to_zoned(TimeZone::UTC).date())
}

/// `YYYYMMDD`.
fn parse_compact(s: &str) -> Option<Date> {
    if s.len() != 8 || !all_digits(s) {
        return None;
    }
    ymd(&s[..4], &s[4..6], &s[6..])
}

/// `YYYY-MM-DD`, optionally followed by `T` or a space and a valid time.
fn parse_iso(s: &str) -> Option<Date> {
    let date = s.get(..10)?;
    let shape_ok = date.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    let rest = &s[10..];
    let time_ok = rest.is_empty() || rest.strip_prefix(['T', 't', ' ']).is_some_and(is_iso_time);
    if !shape_ok || !time_ok {
        return None;
    }
    ymd(&date[..4], &date[5..7], &date[8..])
}

/// `HH:MM[:SS[.fff]]` followed by nothing, `Z` or a numeric offset.
fn is_iso_time(t: &str) -> bool {
    let zone_at = t.find(['Z', 'z', '+', '-']).unwrap_or(t.len());
    let (clock, zone) = t.split_at(zone_at);
    let (clock, fraction) = match clock.split_once(['.', ',']) {
        Some((c, f)) => (c, Some(f)),
        None => (clock, None),
    };
    let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && all_digits(f));
    let zone_ok = matches!(zone, "" | "Z" | "z") || is_numeric_offset(zone);
    fraction_ok && zone_ok && is_clock(clock)
}

/// `HH:MM` or `HH:MM:SS` with values in range (a leap second allowed).
fn is_clock(clock: &str) -> bool {
    let parts: Vec<&str> = clock.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .zip([23, 59, 60])
            .all(|(p, max)| two_digits_at_most(Some(p), max))
}

/// `+HH`, `+HHMM` or `+HH:MM` (or with `-`), in range.
fn is_numeric_offset(zone: &str) -> bool {
    let Some(rest) = zone.strip_prefix(['+', '-']) else {
        return false;
    };
    let (hours, minutes) = match rest.len() {
        2 => (Some(rest), Some("00")),
        4 => (rest.get(..2), rest.get(2..)),
        5 if rest.as_bytes()[2] == b':' => (rest.get(..2), rest.get(3..)),
        _ => return false,
    };
    two_digits_at_most(hours, 23) && two_digits_at_most(minutes, 59)
}

/// Whether `s` is two ASCII digits whose value is at most `max`.
fn two_digits_at_most(s: Option<&str>, max: u8) -> bool {
    s.is_some_and(|s| s.len() == 2 && all_digits(s) && s.parse::<u8>().is_ok_and(|v| v <= max))
}

/// `YYYY/M/D`: year first, so unambiguous (day-first or month-first is not).
fn parse_slashed(s: &str) -> Option<Date> {
    let mut parts = s.split('/');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let short = |p: &str| (1..=2).contains(&p.len());
    if parts.next().is_some() || y.len() != 4 || !short(m) || !short(d) {
        return None;
    }
    ymd(y, m, d)
}

/// `Month D[th][,] YYYY` or `D[th] Month[,] YYYY`, optionally followed by a
/// time such as `14:05:00 GMT` or `at 2:05 pm ET`.
fn parse_words(s: &str) -> Option<Date> {
    let spaced = s.replace(',', " ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let [a, b, c, tail @ ..] = tokens.as_slice() else {
        return None;
    };
    let (month, day) = match (month_number(a), month_number(b)) {
        (Some(m), None) => (m, day_number(b)?),
        (None, Some(m)) => (m, day_number(a)?),
        _ => return None,
    };
    if c.len() != 4 || !all_digits(c) || !is_time_tail(tail) {
        return None;
    }
    Date::new(c.parse().ok()?, month, day).ok()
}

/// `Month D HH:MM[:SS] [ZONE] YYYY`, as C's `asctime` and Unix `date`
/// write it (the weekday is stripped before).
fn parse_clock_before_year(s: &str) -> Option<Date> {
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let [month, day, clock, zones @ .., year] = tokens.as_slice() else {
        return None;
    };
    let ok = is_loose_clock(clock)
        && zones.len() <= 1
        && zones.iter().all(|z| is_zone_word(z))
        && year.len() == 4
        && all_digits(year);
    if !ok {
        return None;
    }
    Date::new(year.parse().ok()?, month_number(month)?, day_number(day)?).ok()
}

/// 1–12 for a month name, its three-letter abbreviation or "Sept", with an
/// optional trailing period.
fn month_number(token: &str) -> Option<i8> {
    let word = token
        .strip_suffix('.')
        .unwrap_or(token)
        .to_ascii_lowercase();
    let index = MONTHS.iter().position(|m| {
        *m == word
            || (word.len() == 3 && m.starts_with(word.as_str()))
            || (word == "sept" && *m == "september")
    })?;
    i8::try_from(index + 1).ok()
}

/// 1–31 from `23`, `23rd`, `16th` and the like.
fn day_number(token: &str) -> Option<i8> {
    let lower = token.to_ascii_lowercase();
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
        .unwrap_or(&lower);
    if !(1..=2).contains(&digits.len()) || !all_digits(digits) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Whether what follows a worded date is only a time of day and zone.
fn is_time_tail(tail: &[&str]) -> bool {
    let (tail, need_clock) = match tail.split_first() {
        Some((first, rest)) if first.eq_ignore_ascii_case("at") => (rest, true),
        _ => (tail, false),
    };
    match tail.split_first() {
        None => !need_clock,
        Some((clock, zones)) => {
            is_loose_clock(clock) && zones.len() <= 2 && zones.iter().all(|t| is_zone_word(t))
        }
    }
}

/// `14:05`, `14:05:00`, `2:05`, `2:05pm`, `2:05 a.m.` (the clock part).
fn is_loose_clock(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    let bare = MERIDIEMS
        .iter()
        .find_map(|m| lower.strip_suffix(m))
        .unwrap_or(&lower);
    if bare.find(':') == Some(1) {
        is_clock(&format!("0{bare}"))
    } else {
        is_clock(bare)
    }
}

/// A zone or meridiem after a clock: `GMT`, `ET`, `pm`, `a.m.`, `+0000`, `(UTC)`.
fn is_zone_word(token: &str) -> bool {
    let t = token.trim_matches(['(', ')']);
    let upper_word = (1..=5).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase());
    let meridiem = MERIDIEMS.iter().any(|m| t.eq_ignore_ascii_case(m));
    upper_word || meridiem || is_numeric_offset(t)
}

/// A date from year, month and day digit strings, when it exists.
fn ymd(y: &str, m: &str, d: &str) -> Option<Date> {
    if !all_digits(y) || !all_digits(m) || !all_digits(d) {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// Non-empty and ASCII digits only.
fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}
