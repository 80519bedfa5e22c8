use super::*;

/// The real articles as paragraphs (non-empty lines, CRLF or LF), by path
/// relative to the package root.
pub(crate) fn real_articles() -> Vec<(String, Vec<String>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["assets/corpus", "tests/data/newswcl50"] {
        collect_txt(&root.join(dir), &mut paths);
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let paragraphs = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect();
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, paragraphs)
        })
        .collect()
}

fn collect_txt(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_txt(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// What `outlet_from_text` infers for every real article; everything else
/// must stay `None`.
const EXPECTED_REAL: [(&str, &str); 10] = [
    ("assets/corpus/000_c64a1d62d2a9f65b.txt", "Sputnik"),
    ("assets/corpus/002_2ce425eabd31dd98.txt", "Fort Russ News"),
    ("assets/corpus/003_e47fbccc5783e1cb.txt", "MESOP"),
    ("assets/corpus/004_b22a2843e4ff1581.txt", "Press TV"),
    ("tests/data/newswcl50/event_3/3_LL.txt", "Reuters"),
    ("tests/data/newswcl50/event_6/6_RR.txt", "UPI"),
    ("tests/data/newswcl50/event_7/7_LL.txt", "Reuters"),
    ("tests/data/newswcl50/event_7/7_RR.txt", "AFP"),
    ("tests/data/newswcl50/event_8/8_RR.txt", "AFP"),
    ("tests/data/newswcl50/event_9/9_LL.txt", "Reuters"),
];

#[test]
fn outlet_from_text_on_the_real_articles() {
    let articles = real_articles();
    assert_eq!(
        articles.len(),
        55,
        "5 seed articles and 50 NewsWCL50 articles"
    );
    for (path, paragraphs) in &articles {
        let expected = EXPECTED_REAL
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, name)| name.to_string());
        assert_eq!(outlet_from_text(paragraphs), expected, "{path}");
    }
}

#[test]
fn table_parses_and_is_well_formed() {
    assert!(
        TABLE.domains.len() >= 100,
        "{} domains",
        TABLE.domains.len()
    );
    for (domain, name) in &TABLE.domains {
        assert_eq!(
            domain_of(domain).as_deref(),
            Some(domain.as_str()),
            "key {domain}"
        );
        assert!(!name.trim().is_empty(), "name for {domain}");
    }
    let wires: Vec<&str> = TABLE.wires.iter().map(|w| w.name.as_str()).collect();
    for wire in [
        "Reuters",
        "Associated Press",
        "AFP",
        "Sputnik",
        "TASS",
        "Xinhua",
    ] {
        assert!(wires.contains(&wire), "{wire} in the wire list");
    }
    for wire in &TABLE.wires {
        assert!(!wire.tokens.is_empty(), "tokens for {}", wire.name);
    }
}

#[test]
fn domain_of_cases() {
    let cases = [
        ("sputniknews.com", Some("sputniknews.com")),
        (
            "https://www.NYTimes.com/2017/10/23/world/x.html",
            Some("nytimes.com"),
        ),
        (
            "http://user:pw@m.cnn.com:8080/path?q=1#frag",
            Some("cnn.com"),
        ),
        ("https://amp.theguardian.com/world", Some("theguardian.com")),
        ("//edition.cnn.com/", Some("edition.cnn.com")),
        (
            "en.sputniknews.com/world/20171023/x.html",
            Some("en.sputniknews.com"),
        ),
        ("  www.presstv.co.uk  ", Some("presstv.co.uk")),
        ("Breakingnews.sy", Some("breakingnews.sy")),
        ("www.m.example.org.", Some("example.org")),
        ("m.com", Some("m.com")),
        ("", None),
        ("localhost", None),
        ("not a domain", None),
        ("Published in sputniknews.com", None),
        ("U.S.", None),
        ("127.0.0.1", None),
        ("https://", None),
        ("-bad-.com", None),
    ];
    for (input, expected) in cases {
        assert_eq!(
            domain_of(input).as_deref(),
            expected,
            "domain_of({input:?})"
        );
    }
}

#[test]
fn outlet_for_domain_cases() {
    let cases = [
        ("sputniknews.com", Some("Sputnik")),
        (
            "https://en.sputniknews.com/world/20171023/",
            Some("Sputnik"),
        ),
        ("sputniknews.com/world/x", Some("Sputnik")),
        ("tass.ru", Some("TASS")),
        ("https://tass.com/politics/1", Some("TASS")),
        ("presstv.ir", Some("Press TV")),
        ("www.presstv.co.uk", Some("Press TV")),
        ("edition.cnn.com", Some("CNN")),
        ("https://www.nytimes.com/x", Some("The New York Times")),
        ("foxnews.com", Some("Fox News")),
        ("apnews.com", Some("Associated Press")),
        ("www.bbc.co.uk/news", Some("BBC")),
        ("abcnews.go.com", Some("ABC News")),
        ("go.com", Some("go.com")),
        ("fort-russ.com", Some("Fort Russ News")),
        ("www.mesop.de", Some("MESOP")),
        ("Breakingnews.sy", Some("breakingnews.sy")),
        ("co.uk", Some("co.uk")),
        ("no domain here", None),
    ];
    for (input, expected) in cases {
        assert_eq!(outlet_for_domain(input).as_deref(), expected, "{input:?}");
    }
}

fn infer(lines: &[&str]) -> Option<String> {
    let paragraphs: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    outlet_from_text(&paragraphs)
}

#[test]
fn datelines_name_wires() {
    let cases = [
        ("MOSCOW (Sputnik) — Russia expects", "Sputnik"),
        ("WASHINGTON (Reuters) - The Democratic Party", "Reuters"),
        ("(Reuters) - Shares rose", "Reuters"),
        ("LONDON, Oct 23 (Reuters) - Britain", "Reuters"),
        ("BEIJING, Oct. 23 (Xinhua) -- China", "Xinhua"),
        ("MOSCOW, October 23. /TASS/. Russia", "TASS"),
        ("MOSCOW, October 23 /ITAR-TASS/ - Russia", "TASS"),
        ("NEW YORK (AP) — A man", "Associated Press"),
        ("WEST PALM BEACH, Fla. (AP) — Trump", "Associated Press"),
        ("Washington (AFP) – US President", "AFP"),
        ("April 29 (UPI) — A caravan", "UPI"),
        ("ANKARA (AA) - Turkey", "Anadolu Agency"),
        ("NEW DELHI, Oct 23 (IANS) - India", "IANS"),
        ("MUMBAI (PTI) — India", "PTI"),
    ];
    for (line, expected) in cases {
        let got = infer(&["Headline", line, "Body."]);
        assert_eq!(got.as_deref(), Some(expected), "{line:?}");
    }
}

#[test]
fn prose_and_non_wires_never_count() {
    let cases = [
        "Kim (pictured) — said on Monday that",
        "RAQQA (SDF) - The Syrian Democratic Forces said",
        "MOSCOW- Washington's new approach, Lavrov said, Itar Tass reported.",
        "Lavrov told reporters (Reuters) - and then left.",
        "According to the Associated Press (AP) - the caravan",
        "WASHINGTON (CNN) - The president",
        "NEW DELHI, Oct 23 (IANS) India said, without a dash",
        "WASHINGTON — President Trump said",
        "Reuters reported that the talks (Reuters) - had stalled",
        "The report, first published in The New York Times, said",
        "Source: the Pentagon",
        "Published on October 23, 2017",
        "https://www.nytimes.com/2018/04/17/us/politics/pompeo.html",
        "whitehouse.gov",
    ];
    for line in cases {
        assert_eq!(infer(&["Headline", line]), None, "{line:?}");
    }
    assert_eq!(infer(&[]), None);
}

#[test]
fn datelines_only_near_the_start() {
    let mut lines = vec!["Paragraph."; 6];
    lines.push("MOSCOW (Sputnik) — Late dateline");
    lines.extend(["More.", "More.", "More.", "End."]);
    assert_eq!(infer(&lines), None);
}

#[test]
fn trailers_name_outlets() {
    let cases = [
        ("Published in sputniknews.com", "Sputnik"),
        ("Source: Reuters", "Reuters"),
        ("(Source: AP)", "Associated Press"),
        ("Source: www.tass.com", "TASS"),
        ("This article originally appeared on Salon.", "Salon"),
        (
            "This article was originally published by The Nation.",
            "The Nation",
        ),
        (
            "This article originally appeared on TomDispatch.com.",
            "tomdispatch.com",
        ),
        ("First published in Breakingnews.sy", "breakingnews.sy"),
        ("www.mesop.de", "MESOP"),
        ("https://www.presstv.co.uk/", "Press TV"),
    ];
    for (line, expected) in cases {
        let got = infer(&["Headline", "Body.", "More body.", "Still more.", line]);
        assert_eq!(got.as_deref(), Some(expected), "{line:?}");
    }
    assert_eq!(infer(&["Body.", "Source: somewhere.example"]), None);
}

#[test]
fn datelines_beat_headers_beat_trailers() {
    let all = [
        "Headline",
        "November 16th, 2017 – Fort Russ News –",
        "MOSCOW (Sputnik) — Russia",
        "Body.",
        "Published in presstv.ir",
    ];
    assert_eq!(infer(&all).as_deref(), Some("Sputnik"));
    assert_eq!(
        infer(&[all[0], all[1], all[3], all[4]]).as_deref(),
        Some("Fort Russ News")
    );
    assert_eq!(
        infer(&[all[0], all[3], all[4]]).as_deref(),
        Some("Press TV")
    );
}

#[test]
fn headers_need_a_date_and_a_known_outlet() {
    assert_eq!(infer(&["Title", "November 16th, 2017 – Some Blog –"]), None);
    assert_eq!(
        infer(&["Title", "Fort Russ News – November 16th, 2017"]),
        None
    );
    assert_eq!(
        infer(&[
            "Title",
            "By Scott Lucas – eaworldview – 11 June 2017 – Text"
        ]),
        None
    );
}
