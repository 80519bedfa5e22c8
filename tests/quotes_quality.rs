//! Quote finding and speaker attribution against hand-labelled quotations
//! (`tests/data/quotes_gold.toml`: every quotation of nine articles, from the
//! demo and NewsWCL50, of eight held-out NewsWCL50 articles, two of them as
//! news-please JSON, and of three sets of NewsWCL50 articles labelled before
//! the tool was run on them, with its speaker and kind).

use std::path::PathBuf;

use serde::Deserialize;
use storydiff::corpus::{self, LoadOptions};
use storydiff::quotes::{Quote, find_quotes};

#[derive(Deserialize)]
struct Gold {
    article: Vec<GoldArticle>,
    quote: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldArticle {
    path: String,
}

#[derive(Deserialize)]
struct GoldQuote {
    article: String,
    text: String,
    speaker: String,
    kind: String,
    #[allow(dead_code)]
    note: Option<String>,
    /// "held-out" for the quotations added after the attribution rules were
    /// written, "unseen-1", "unseen-2" and "unseen-3" for those labelled
    /// before the tool was run on their articles; none for the first set.
    set: Option<String>,
}

/// Whitespace collapsed (no-break spaces too), apostrophes folded, case kept.
fn norm(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .trim_end_matches([',', '.', ' '])
        .to_string()
}

fn load(path: &str) -> corpus::Article {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut corpus = corpus::load_paths(&[root.join(path)], &LoadOptions::default());
    assert!(corpus.errors.is_empty(), "{path}: {:?}", corpus.errors);
    corpus.articles.remove(0)
}

/// Two spellings of one name: case, initials ("Robert S. Mueller III" and
/// "Robert Mueller", "C. Eugene Steuerle" and "Eugene Steuerle") and
/// generational suffixes aside, the same words. The labels of different
/// sets keep or drop initials; the speaker is the same person either way.
/// A surname alone or another first name is still a different name.
fn same_name(found: &str, gold: &str) -> bool {
    let words = |name: &str| -> Vec<String> {
        name.split_whitespace()
            .map(|w| w.trim_matches(',').to_lowercase())
            .filter(|w| {
                let initial =
                    w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_alphabetic);
                !initial
                    && !matches!(
                        w.as_str(),
                        "jr." | "jr" | "sr." | "sr" | "ii" | "iii" | "iv"
                    )
            })
            .collect()
    };
    words(found) == words(gold)
}

struct Scores {
    gold: usize,
    found: usize,
    span: usize,
    span_and_speaker: usize,
    kind: usize,
    /// Gold quotations with a named speaker (not a scare quote, not "").
    named: usize,
    /// …of which the quotation was found and given that speaker.
    named_right: usize,
    misses: Vec<String>,
}

/// The first nine articles' quotations (no `set` field).
const FIRST: &str = "first";
/// The quotations labelled after the attribution rules (`set = "held-out"`).
const HELD_OUT: &str = "held-out";
/// The first articles labelled before the tool was run on them (`set =
/// "unseen-1"`); their misses were later fixed by kind.
const UNSEEN_1: &str = "unseen-1";
/// The second such set (`set = "unseen-2"`); development data since its
/// misses were fixed by kind.
const UNSEEN_2: &str = "unseen-2";
/// The third such set (`set = "unseen-3"`); development data since its
/// misses were fixed by kind.
const UNSEEN_3: &str = "unseen-3";
/// The fourth, from 16 real pages of 13 other outlets and years
/// (`tests/data/html_real`), never tuned on.
const UNSEEN_4: &str = "unseen-4";
/// The fifth: six NewsWCL50 articles and four real pages, never tuned on.
const UNSEEN_5: &str = "unseen-5";
/// The sixth: ten NewsWCL50 articles and four real pages, never tuned on.
const UNSEEN_6: &str = "unseen-6";

/// Scores one set of the gold (`FIRST`, `HELD_OUT`) or all of it (None).
fn evaluate(set: Option<&str>) -> Scores {
    let gold: Gold = toml::from_str(include_str!("data/quotes_gold.toml")).unwrap();
    let mut s = Scores {
        gold: 0,
        found: 0,
        span: 0,
        span_and_speaker: 0,
        kind: 0,
        named: 0,
        named_right: 0,
        misses: Vec::new(),
    };
    for article in &gold.article {
        let labelled = |q: &&GoldQuote| {
            let in_set = set.is_none_or(|want| q.set.as_deref().unwrap_or(FIRST) == want);
            q.article == article.path && in_set
        };
        if !gold.quote.iter().any(|q| labelled(&q)) {
            continue;
        }
        let loaded = load(&article.path);
        let found: Vec<Quote> = find_quotes(&loaded);
        let texts: Vec<String> = found.iter().map(|q| norm(&q.text)).collect();
        let mut used = vec![false; found.len()];
        s.found += found.len();
        let golds: Vec<&GoldQuote> = gold.quote.iter().filter(labelled).collect();
        // One-to-one: every starts-with match first, then contains matches
        // for the rest (a short gold text such as a headline's "clearly"
        // must not take a longer quotation another entry starts).
        let mut hits: Vec<Option<usize>> = golds
            .iter()
            .map(|g| {
                let want = norm(&g.text);
                let i = (0..found.len()).find(|&i| !used[i] && texts[i].starts_with(&want))?;
                used[i] = true;
                Some(i)
            })
            .collect();
        for (g, hit) in golds.iter().zip(hits.iter_mut()) {
            if hit.is_none() {
                let want = norm(&g.text);
                *hit = (0..found.len()).find(|&i| !used[i] && texts[i].contains(&want));
                if let Some(i) = *hit {
                    used[i] = true;
                }
            }
        }
        for (g, hit) in golds.into_iter().zip(hits) {
            s.gold += 1;
            s.named += usize::from(!g.speaker.is_empty());
            let Some(i) = hit else {
                s.misses
                    .push(format!("{}: not found: {}", article.path, g.text));
                continue;
            };
            s.span += 1;
            let speaker = found[i].speaker.as_ref().map_or("", |s| s.name.as_str());
            if same_name(speaker, &g.speaker) {
                s.span_and_speaker += 1;
                s.named_right += usize::from(!g.speaker.is_empty());
            } else {
                s.misses.push(format!(
                    "{}: speaker {speaker:?}, want {:?}: {}",
                    article.path, g.speaker, g.text
                ));
            }
            if found[i].kind.as_str() == g.kind {
                s.kind += 1;
            } else {
                s.misses.push(format!(
                    "{}: kind {}, want {}: {}",
                    article.path,
                    found[i].kind.as_str(),
                    g.kind,
                    g.text
                ));
            }
        }
        for (q, _) in found.iter().zip(&used).filter(|(_, used)| !**used) {
            s.misses
                .push(format!("{}: spurious: {}", article.path, q.text));
        }
    }
    s
}

impl Scores {
    /// Span + speaker right, over quotations found.
    fn precision(&self) -> f64 {
        self.span_and_speaker as f64 / self.found as f64
    }

    /// Span + speaker right, over gold quotations.
    fn recall(&self) -> f64 {
        self.span_and_speaker as f64 / self.gold as f64
    }
}

/// Asserts a set's size and its span + speaker floors.
fn assert_floor(set: &str, at_least: usize, precision: f64, recall: f64) {
    let s = evaluate(Some(set));
    assert!(s.gold >= at_least, "at least {at_least} {set} quotations");
    assert!(
        s.precision() >= precision,
        "{set} precision {:.3}",
        s.precision()
    );
    assert!(s.recall() >= recall, "{set} recall {:.3}", s.recall());
}

fn report(name: &str, s: &Scores) -> (f64, f64) {
    for m in &s.misses {
        eprintln!("{m}");
    }
    let (precision, recall) = (s.precision(), s.recall());
    let kind = s.kind as f64 / s.span as f64;
    let named = s.named_right as f64 / s.named as f64;
    eprintln!(
        "{name}: gold {} found {} span {} span+speaker {} → P {precision:.3} R {recall:.3}; kind accuracy {kind:.3}; named speakers right {}/{} = {named:.3}",
        s.gold, s.found, s.span, s.span_and_speaker, s.named_right, s.named
    );
    (precision, recall)
}

#[test]
fn names_differing_only_in_initials_and_suffixes_are_one_speaker() {
    assert!(same_name("Robert S. Mueller III", "Robert Mueller"));
    assert!(same_name("C. Eugene Steuerle", "eugene steuerle"));
    assert!(!same_name("Mueller", "Robert Mueller"));
    assert!(!same_name("Te Kaurinui", "Te Kaurinui Parata"));
    assert!(!same_name("Hori Parata", "Te Kaurinui Parata"));
    assert!(same_name("", ""));
    assert!(!same_name("", "Robert Mueller"));
}

#[test]
fn span_and_speaker_precision_and_recall_are_at_least_85_percent() {
    let first = evaluate(Some(FIRST));
    report("first set", &first);
    let held_out = evaluate(Some(HELD_OUT));
    report("held-out set", &held_out);
    let unseen = evaluate(Some(UNSEEN_1));
    report("unseen-1 set", &unseen);
    let unseen = evaluate(Some(UNSEEN_2));
    report("unseen-2 set", &unseen);
    let unseen = evaluate(Some(UNSEEN_3));
    report("unseen-3 set", &unseen);
    let unseen = evaluate(Some(UNSEEN_4));
    report("unseen-4 set", &unseen);
    let unseen = evaluate(Some(UNSEEN_5));
    report("unseen-5 set", &unseen);
    let s = evaluate(None);
    let (precision, recall) = report("all", &s);
    assert!(s.gold >= 300, "at least 300 labelled quotations");
    assert!(precision >= 0.85, "precision {precision:.3}");
    assert!(recall >= 0.85, "recall {recall:.3}");
    // Issue 12: at least 0.85 span+speaker on the original set too.
    assert!(
        first.precision() >= 0.85,
        "first set precision {:.3}",
        first.precision()
    );
    assert!(
        first.recall() >= 0.85,
        "first set recall {:.3}",
        first.recall()
    );
}

/// The held-out articles were labelled after the first rules were written;
/// their misses were then studied and fixed by kind (P 0.825 → 0.952, R
/// 0.812 → 0.938), so they are development data now, and this floor guards
/// against regressions there.
#[test]
fn span_and_speaker_on_held_out_articles_do_not_regress() {
    assert_floor(HELD_OUT, 60, 0.92, 0.9);
}

/// The first unseen articles (0_M, 3_M, 9_R: 56 quotations, `unseen-1`)
/// were labelled before the tool was run on them. Scored once: P 0.764, R
/// 0.750 (42 of 56), 37 of the 49 quotations with a named speaker right.
/// Their misses were then fixed by kind (P 1.000, R 0.982, 48 of 49 named
/// speakers right), so they are development data now, and this floor guards
/// against regressions there.
#[test]
fn span_and_speaker_on_unseen_1_articles_do_not_regress() {
    assert_floor(UNSEEN_1, 56, 0.97, 0.96);
}

/// The second unseen articles (5_M, 2_RR, 9_LL, 1_R: 57 quotations,
/// `unseen-2`) were labelled and committed before the tool was run on them.
/// Scored once, after the rules fixed on `unseen-1`: P 0.714, R 0.702 (40
/// of 57), 36 of the 53 quotations with a named speaker right (0.679). Since
/// then they are development data: their misses were fixed by kind (joint
/// statements, words quoted from a document, verbless and "quoted … as
/// saying" frames, "according to" after the words, a reduced relative's
/// agent): P 0.964, R 0.947 (54 of 57), 50 of 53 named speakers right. This
/// floor, just below, guards against regressions there.
#[test]
fn span_and_speaker_on_unseen_2_articles_do_not_regress() {
    assert_floor(UNSEEN_2, 57, 0.95, 0.93);
}

/// The third unseen articles (8_M, 5_L, 3_L: 32 quotations, `unseen-3`)
/// were labelled and committed before the tool was run on them. Scored
/// once, with the rules as they stood after `unseen-2` was scored: P 0.613,
/// R 0.594 (19 of 32), 18 of the 30 quotations with a named speaker right
/// (0.600). Since then they are development data, fixed by kind together
/// with `unseen-2` (verbs of manner, an adverbial or a time between subject
/// and verb, a verb continuing the clause before, a colon paragraph
/// introducing the next, "the committee" for an organisation): P 0.935, R
/// 0.906 (29 of 32), 28 of 30 named speakers right. This floor, just below,
/// guards against regressions there.
#[test]
fn span_and_speaker_on_unseen_3_articles_do_not_regress() {
    assert_floor(UNSEEN_3, 32, 0.92, 0.89);
}

/// The fourth unseen articles (16 real pages of 13 outlets, 2015–2019, in
/// `tests/data/html_real`: 220 quotations, `unseen-4`) were labelled and
/// committed before the tool was run on them. Scored first with the rules
/// as they stood before the unseen-2/3 fixes: P 0.718 (0.750 once middle
/// initials were labelled as written, as in the other sets), 93 of 141
/// named speakers right; the unseen-2/3 fixes changed nothing there (P
/// 0.750, 93 of 141), so those rules did not carry over to other outlets.
/// Then some of its misses were fixed by kind (name particles, a titled
/// person's place, platforms, names in commas, instructions): P 0.791,
/// 102 of 141 (0.723). Development data since; the floor guards it.
#[test]
fn span_and_speaker_on_unseen_4_articles_do_not_regress() {
    assert_floor(UNSEEN_4, 220, 0.78, 0.78);
}

/// The fifth unseen articles (4_L, 1_M, 2_L, 6_L, 8_L, 4_M of NewsWCL50 and
/// quanta-1, medicalnewstoday, buzzfeed-1, nytimes-1 of `html_real`: 178
/// quotations, `unseen-5`) were labelled and committed before the tool was
/// run on them, and scored once with every rule above: P 0.714, R 0.702,
/// 100 of 153 named speakers right (0.654). One rule was then made on one
/// of its misses (a titled person's place before an apposition), and the
/// evaluator reads initials as the same name: P 0.726, R 0.713, 102 of 153.
/// Its other misses: pronouns resolved against the wrong gender ("she said"
/// given to Trump), interview pieces with several voices, a first name
/// alone ("her mother, Fiona,") whose full name comes later, and lists of a
/// document's questions. The floor is that figure less a small margin.
#[test]
fn span_and_speaker_on_unseen_5_articles_do_not_regress() {
    assert_floor(UNSEEN_5, 178, 0.71, 0.70);
}

/// The sixth unseen articles (4_R, 6_LL, 9_L, 1_L, 3_R, 2_LL, 3_LL, 5_RR,
/// 9_RR, 0_R of NewsWCL50 and msn, ars-1, theverge, cnet of `html_real`:
/// 164 quotations, `unseen-6`) were labelled and committed before the tool
/// was run on them, and scored once with every rule of the gender round
/// (pronouns, paragraphs standing alone, "planned to ask", "in X's words"):
/// P 0.626, R 0.622, 92 of 146 named speakers right (0.630). Two rules were
/// then made on its misses, a surname shared by several people being the
/// first introduced (Emmanuel, not Brigitte, Macron) and "the British
/// foreign secretary, Boris Johnson, said" naming Johnson: P 0.712, R
/// 0.707, 106 of 146. Its other misses: the Comey memos' words given to
/// Trump, organisations and their chairs ("Tom Perez" for the DNC),
/// demonstrators named after a lowercase role, titles in quotes ("Super
/// Mario Run") given a speaker. The floor is that figure less a small
/// margin.
#[test]
fn span_and_speaker_on_unseen_6_articles_do_not_regress() {
    assert_floor(UNSEEN_6, 164, 0.70, 0.70);
}
