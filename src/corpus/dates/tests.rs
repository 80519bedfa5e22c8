use super::*;
use jiff::civil::date;
use proptest::prelude::*;

fn d(y: i16, m: i8, day: i8) -> Option<Date> {
    Some(Date::new(y, m, day).unwrap())
}

const OCT23: Option<Date> = Some(date(2017, 10, 23));

/// `parse_date` input and the expected result.
const PARSE_CASES: &[(&str, Option<Date>)] = &[
    // ISO 8601 dates and datetimes: the date as written, never shifted.
    ("2017-10-23", OCT23),
    ("  2017-10-23\n", OCT23),
    ("2017-10-23T14:05:00Z", OCT23),
    ("2017-10-23T14:05:00.123Z", OCT23),
    ("2017-10-23 14:05:00", OCT23),
    ("2017-10-23T14:05", OCT23),
    ("2017-10-23T14:05:00+03:00", OCT23),
    ("2017-10-23T23:30:00-0500", OCT23),
    ("2017-10-23T00:30:00+14", OCT23),
    ("2017-10-23T00:30:00+24:00", None),
    ("2017-10-23T01:30:00+01", OCT23),
    ("2016-12-31T23:59:60Z", Some(date(2016, 12, 31))),
    // RFC 2822, with and without the weekday.
    ("Mon, 23 Oct 2017 14:05:00 GMT", OCT23),
    ("Mon, 23 Oct 2017 14:05:00 +0000", OCT23),
    ("23 Oct 2017 14:05 -0700", OCT23),
    // Words, month first and day first.
    ("October 23, 2017", OCT23),
    ("Oct. 23, 2017", OCT23),
    ("Oct 23 2017", OCT23),
    ("Sept. 5, 2017", Some(date(2017, 9, 5))),
    ("November 16th, 2017", Some(date(2017, 11, 16))),
    ("Monday, October 23, 2017", OCT23),
    ("Tues. June 6, 2017", Some(date(2017, 6, 6))),
    ("23 October 2017", OCT23),
    ("11 June 2017", Some(date(2017, 6, 11))),
    ("1st May 2018", Some(date(2018, 5, 1))),
    ("OCTOBER 23, 2017", OCT23),
    ("October 23, 2017 at 2:05 p.m. ET", OCT23),
    ("October 23, 2017 2:05pm", OCT23),
    // Year-first slashes, compact, Unix seconds (UTC).
    ("2017/10/23", OCT23),
    ("2017/1/5", Some(date(2017, 1, 5))),
    ("20171023", OCT23),
    ("1508767500", OCT23),
    ("0000000000", Some(date(1970, 1, 1))),
    // Ambiguous or partial: refused.
    ("10/11/2017", None),
    ("23/10/2017", None),
    ("23.10.2017", None),
    ("October 23", None),
    ("October 2017", None),
    ("Oct 23 17", None),
    ("2017", None),
    ("17-10-23", None),
    ("2017-1-5", None),
    // Impossible dates and times: refused.
    ("2017-02-30", None),
    ("2017-13-01", None),
    ("2017-00-10", None),
    ("February 29, 2017", None),
    ("February 29, 2016", Some(date(2016, 2, 29))),
    ("32 October 2017", None),
    ("20171332", None),
    ("2017-10-23T25:00:00Z", None),
    ("2017-10-23T14:61Z", None),
    ("2017-10-23T14:05:00+25:00", None),
    ("2017-10-23T14:05:00.Z", None),
    // Not dates at all, or a date with prose after it.
    ("", None),
    ("   ", None),
    ("Monday", None),
    ("yesterday", None),
    ("October 23, 2017 was a Monday", None),
    ("2017-10-23 and later", None),
    ("Octob 23, 2017", None),
    ("15087675001", None),
];

#[test]
fn parse_date_table() {
    assert!(PARSE_CASES.len() >= 30);
    for (input, expected) in PARSE_CASES {
        assert_eq!(parse_date(input), *expected, "parse_date({input:?})");
    }
}

fn paras(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| l.to_string()).collect()
}

#[test]
fn date_from_text_reads_bylines() {
    let fort_russ = paras(&[
        "“No evidence that US coordinates with ISIS” – Russia",
        "November 16th, 2017 – Fort Russ News –",
    ]);
    assert_eq!(date_from_text(&fort_russ), d(2017, 11, 16));
    let ea = paras(&[
        "MESOP UPDATE SYRIA: LAVROV contra TRUMP – Stop Bombing Pro-Assad Forces",
        "By Scott Lucas – eaworldview – 11 June 2017 – Russia has warned the US…",
    ]);
    assert_eq!(date_from_text(&ea), d(2017, 6, 11));
    let labelled = paras(&["Published: October 23, 2017 | By Jane Doe"]);
    assert_eq!(date_from_text(&labelled), d(2017, 10, 23));
}

#[test]
fn date_from_text_is_conservative() {
    let cases = [
        // Dates in prose, dates without a year, dates past the opening.
        vec!["Lavrov said on October 23, 2017 that Moscow had questions."],
        vec!["WASHINGTON, April 30 (Reuters) - President Donald Trump has postponed"],
        vec!["April 29 (UPI) — A caravan of hundreds of migrants"],
        vec!["Title", "Subtitle", "October 23, 2017 – Outlet –"],
        vec!["A – B – C – D – 23 October 2017"],
    ];
    for lines in cases {
        assert_eq!(date_from_text(&paras(&lines)), None, "{lines:?}");
    }
    assert_eq!(date_from_text(&[]), None);
}

proptest! {
    #[test]
    fn parse_date_never_panics(s in ".{0,64}") {
        let _ = parse_date(&s);
        let _ = date_from_text(&[s.clone(), s]);
    }

    #[test]
    fn parse_date_never_panics_on_near_dates(s in "[0-9 :/.,TZ+\\-a-zA-Z]{0,32}") {
        let _ = parse_date(&s);
    }

    #[test]
    fn iso_dates_round_trip(year in 0i16..=9999, month in 1i8..=12, day in 1i8..=31) {
        prop_assume!(day <= Date::new(year, month, 1).unwrap().days_in_month());
        let date = Date::new(year, month, day).unwrap();
        prop_assert_eq!(parse_date(&date.to_string()), Some(date));
    }
}

#[test]
fn date_from_text_on_the_real_articles() {
    let articles = crate::corpus::outlets::tests::real_articles();
    assert_eq!(articles.len(), 55);
    for (path, paragraphs) in &articles {
        let expected = if path.starts_with("assets/corpus/002_") {
            d(2017, 11, 16)
        } else if path.starts_with("assets/corpus/003_") {
            d(2017, 6, 11)
        } else {
            None
        };
        assert_eq!(date_from_text(paragraphs), expected, "{path}");
    }
}

#[test]
fn the_unix_date_form_is_read() {
    assert_eq!(
        parse_date("Fri Mar 13 21:30:09 EST 2015"),
        Date::new(2015, 3, 13).ok()
    );
    assert_eq!(
        parse_date("Mar 3 09:05:00 2015"),
        Date::new(2015, 3, 3).ok()
    );
    assert_eq!(parse_date("Mar 13 21:30:09 EST"), None, "no year");
    assert_eq!(parse_date("Mar 13 lunch EST 2015"), None, "no clock");
}
