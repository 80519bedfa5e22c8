//! The same statement across outlets: quotations of a story's articles that
//! render one statement, found through the sentence alignment of each pair
//! of articles and through speaker agreement.
//!
//! Two quotations are one statement when
//! - the aligner put their sentences in the same row and their speakers
//!   agree (or one is unknown): the strongest evidence, which also catches
//!   different translations of one sentence; or
//! - they share most of the content words of the shorter one and their
//!   speakers agree: a different cut of the same passage the aligner linked
//!   elsewhere; or
//! - the aligner put them in one row with different speakers and they still
//!   share a good part of their words (flagged).

use std::collections::{BTreeSet, HashMap, HashSet};

use pathfinding::undirected::connected_components::components;

use super::speaker_names::{majority_speaker, same_person, speaker_details};
use super::{Quote, QuoteKind, SpeakerStatus};
use crate::align::RowKind;
use crate::collate::Collation;
use crate::corpus::Article;
use crate::corpus::terms::terms;

/// Shares at least this fraction of the shorter quotation's content terms:
/// the same passage, cut differently.
pub const CUT_OVERLAP: f32 = 0.6;
/// Aligned in one row but given to different speakers: still the same
/// statement when at least this fraction of terms is shared (Dice).
pub const CONFLICT_OVERLAP: f32 = 0.3;
/// One version is truncated when another has this many times its words…
pub const TRUNCATION_RATIO: f32 = 1.5;
/// …and at least this many more.
pub const TRUNCATION_MIN_WORDS: usize = 5;

/// Something a reader should notice about a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// Quoted by only one outlet of the story.
    OnlyOneOutlet,
    /// Quoted by one outlet, told in the writer's words by another.
    Paraphrased,
    /// The outlets give it to different speakers.
    DifferentSpeakers,
    /// One version is clearly longer than another.
    Truncated,
}

impl Flag {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::OnlyOneOutlet => "only_one_outlet",
            Flag::Paraphrased => "paraphrased",
            Flag::DifferentSpeakers => "different_speakers",
            Flag::Truncated => "truncated",
        }
    }

    /// A short phrase for people.
    pub fn describe(self) -> &'static str {
        match self {
            Flag::OnlyOneOutlet => "quoted by one outlet only",
            Flag::Paraphrased => "paraphrased by another outlet",
            Flag::DifferentSpeakers => "attributed to different speakers",
            Flag::Truncated => "one version is cut shorter",
        }
    }
}

/// One article's rendering of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The article's witness position in the story's [`Collation`].
    pub article: usize,
    /// Sentence indices in that article.
    pub sentences: Vec<usize>,
    /// The quoted words (quotations of one article joined by " … "), or the
    /// paraphrasing sentences.
    pub text: String,
    /// The quotation's kind; `None` for a paraphrase.
    pub kind: Option<QuoteKind>,
    /// The reporting verb.
    pub verb: Option<String>,
    /// The speaker's normalized name in this version.
    pub speaker: Option<String>,
    /// The organisation the speaker speaks for, or the speaker when it is one.
    pub speaker_org: Option<String>,
    /// How the speaker was found; [`SpeakerStatus::None`] for a paraphrase.
    pub speaker_status: SpeakerStatus,
}

/// A statement and every version of it in a story.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The speaker most versions give (the fullest of the names that agree:
    /// "Obama" and "Barack Obama" are one speaker).
    pub speaker: Option<String>,
    /// The organisation the majority speaker's versions give.
    pub speaker_org: Option<String>,
    /// How the majority speaker was found: `Named` when any version names
    /// them; with no speaker, `Unresolved` when a version had a pronoun no
    /// one fits, else `None`.
    pub speaker_status: SpeakerStatus,
    /// Versions in article order (quoted first by article, then paraphrases).
    pub versions: Vec<Version>,
    /// What stands out, sorted.
    pub flags: Vec<Flag>,
}

/// The quotations of one story's articles, matched into statements.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryQuotes {
    /// The statements, in order of first appearance.
    pub statements: Vec<Statement>,
    /// Scare quotes per witness (in the collation's witness order).
    pub scare_quotes: Vec<usize>,
}

fn term_set(text: &str) -> HashSet<String> {
    terms(text).into_iter().map(|t| t.key).collect()
}

fn overlaps(a: &HashSet<String>, b: &HashSet<String>) -> (f32, f32) {
    let shared = a.intersection(b).count() as f32;
    let smaller = a.len().min(b.len()).max(1) as f32;
    let dice = 2.0 * shared / (a.len() + b.len()).max(1) as f32;
    (shared / smaller, dice)
}

/// Sentence links of one article pair: left sentence → right sentences.
type Links = HashMap<usize, BTreeSet<usize>>;

fn pair_links(collation: &Collation, a: usize, b: usize) -> (Links, Links) {
    let alignment = collation.alignment(a, b);
    let mut forward: Links = HashMap::new();
    let mut backward: Links = HashMap::new();
    for row in &alignment.rows {
        if !matches!(row.kind, RowKind::Same | RowKind::Reworded) {
            continue;
        }
        for &l in &row.left {
            forward
                .entry(l)
                .or_default()
                .extend(row.right.iter().copied());
        }
        for &r in &row.right {
            backward
                .entry(r)
                .or_default()
                .extend(row.left.iter().copied());
        }
    }
    (forward, backward)
}

/// Where each quotation sits: by (article, sentence) and by content term.
struct Candidates<'a> {
    by_sentence: HashMap<(usize, usize), Vec<usize>>,
    by_term: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Candidates<'a> {
    fn new(flat: &[(usize, &Quote)], term_sets: &'a [HashSet<String>]) -> Self {
        let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        let mut by_term: HashMap<&str, Vec<usize>> = HashMap::new();
        for (y, &(b, q)) in flat.iter().enumerate() {
            for &s in &q.sentences {
                by_sentence.entry((b, s)).or_default().push(y);
            }
            for t in &term_sets[y] {
                by_term.entry(t.as_str()).or_default().push(y);
            }
        }
        Candidates {
            by_sentence,
            by_term,
        }
    }

    /// The quotations after `x` that share a term with it or sit in a
    /// sentence aligned with one of its sentences, in order.
    fn of(
        &self,
        x: usize,
        flat: &[(usize, &Quote)],
        term_sets: &[HashSet<String>],
        links: &HashMap<(usize, usize), Links>,
        articles: usize,
    ) -> BTreeSet<usize> {
        let (a, q) = flat[x];
        let mut out = BTreeSet::new();
        for t in &term_sets[x] {
            out.extend(self.by_term.get(t.as_str()).into_iter().flatten());
        }
        for b in (0..articles).filter(|&b| b != a) {
            let Some(l) = links.get(&(a, b)) else {
                continue;
            };
            for target in q.sentences.iter().filter_map(|s| l.get(s)).flatten() {
                out.extend(self.by_sentence.get(&(b, *target)).into_iter().flatten());
            }
        }
        out.split_off(&(x + 1))
    }
}

fn speaker_of(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().map(|s| s.name.as_str())
}

/// Groups the quotations of a story's witnesses into statements, reading
/// the sentence links of every pair from the story's collation.
///
/// `articles` is the slice the collation was made from; `quotes[w]` are the
/// quotations of witness `w` (from [`super::find_quotes`]). Scare quotes are
/// counted, not matched.
pub fn match_statements(
    collation: &Collation,
    articles: &[Article],
    quotes: &[Vec<Quote>],
) -> StoryQuotes {
    let articles = collation.articles(articles);
    let outlet = |i: usize| articles[i].display_name().to_owned();
    let scare_quotes = quotes
        .iter()
        .map(|qs| qs.iter().filter(|q| q.kind == QuoteKind::Scare).count())
        .collect();
    // Flat list of the quotations that carry statements.
    let flat: Vec<(usize, &Quote)> = quotes
        .iter()
        .enumerate()
        .flat_map(|(a, qs)| qs.iter().map(move |q| (a, q)))
        .filter(|(_, q)| q.kind != QuoteKind::Scare)
        .collect();
    let term_sets: Vec<HashSet<String>> = flat.iter().map(|(_, q)| term_set(&q.text)).collect();
    let mut links: HashMap<(usize, usize), Links> = HashMap::new();
    for i in 0..articles.len() {
        for j in i + 1..articles.len() {
            if quotes[i].is_empty() && quotes[j].is_empty() {
                continue;
            }
            let (f, b) = pair_links(collation, i, j);
            links.insert((i, j), f);
            links.insert((j, i), b);
        }
    }
    let linked = |a: usize, qa: &Quote, b: usize, qb: &Quote| -> bool {
        links.get(&(a, b)).is_some_and(|l| {
            qa.sentences
                .iter()
                .filter_map(|s| l.get(s))
                .any(|targets| qb.sentences.iter().any(|s| targets.contains(s)))
        })
    };

    // Each quotation with the quotations it matches; connected components
    // of this graph are the statements.
    // Only pairs that share a term or an aligned row can match, so each
    // quotation is compared with those, not with every other.
    let mut neighbours: Vec<Vec<usize>> = (0..flat.len()).map(|x| vec![x]).collect();
    let candidates = Candidates::new(&flat, &term_sets);
    for x in 0..flat.len() {
        for y in candidates.of(x, &flat, &term_sets, &links, articles.len()) {
            let ((a, qa), (b, qb)) = (flat[x], flat[y]);
            if a == b {
                continue;
            }
            let agree = match (speaker_of(qa), speaker_of(qb)) {
                (Some(p), Some(q)) => same_person(p, q),
                _ => true,
            };
            let same_row = linked(a, qa, b, qb);
            let (containment, dice) = overlaps(&term_sets[x], &term_sets[y]);
            let enough_words = term_sets[x].len().min(term_sets[y].len()) >= 3;
            let matched = (same_row && agree)
                || (agree && enough_words && containment >= CUT_OVERLAP)
                || (same_row && dice >= CONFLICT_OVERLAP);
            if matched {
                neighbours[x].push(y);
            }
        }
    }

    let mut groups: Vec<Vec<usize>> = components(&neighbours)
        .into_iter()
        .map(|set| {
            let mut members: Vec<usize> = set.into_iter().collect();
            members.sort_unstable();
            members
        })
        .collect();
    groups.sort_unstable_by_key(|members| members[0]);

    let outlets: HashSet<String> = (0..articles.len()).map(outlet).collect();
    let statements = groups
        .iter()
        .map(|members| {
            let mut versions: Vec<Version> = Vec::new();
            for &x in members {
                let (a, q) = flat[x];
                match versions.iter_mut().find(|v| v.article == a) {
                    Some(v) => {
                        v.text.push_str(" … ");
                        v.text.push_str(&q.text);
                        v.sentences.extend(q.sentences.iter().copied());
                        v.sentences.sort_unstable();
                        v.sentences.dedup();
                    }
                    None => versions.push(Version {
                        article: a,
                        sentences: q.sentences.clone(),
                        text: q.text.clone(),
                        kind: Some(q.kind),
                        verb: q.verb.clone(),
                        speaker: speaker_of(q).map(str::to_string),
                        speaker_org: q.speaker.as_ref().and_then(|s| s.org.clone()),
                        speaker_status: q.speaker_status,
                    }),
                }
            }
            let quoted_articles: HashSet<usize> = versions.iter().map(|v| v.article).collect();
            let mut flags = BTreeSet::new();
            // Articles that tell the statement in their own words.
            for (other, article) in articles.iter().enumerate() {
                if quoted_articles.contains(&other) {
                    continue;
                }
                let mut sentences = BTreeSet::new();
                for v in versions.iter().filter(|v| v.kind.is_some()) {
                    if let Some(l) = links.get(&(v.article, other)) {
                        for s in &v.sentences {
                            sentences.extend(l.get(s).into_iter().flatten().copied());
                        }
                    }
                }
                let quoted_there = flat
                    .iter()
                    .any(|&(a, q)| a == other && q.sentences.iter().any(|s| sentences.contains(s)));
                if !sentences.is_empty() && !quoted_there {
                    let texts = article.sentence_texts();
                    let text = sentences
                        .iter()
                        .map(|&s| texts[s])
                        .collect::<Vec<_>>()
                        .join(" ");
                    versions.push(Version {
                        article: other,
                        sentences: sentences.into_iter().collect(),
                        text,
                        kind: None,
                        verb: None,
                        speaker: None,
                        speaker_org: None,
                        speaker_status: SpeakerStatus::None,
                    });
                    flags.insert(Flag::Paraphrased);
                }
            }
            versions.sort_by_key(|v| (v.kind.is_none(), v.article));
            let quoted_outlets: HashSet<String> = versions
                .iter()
                .filter(|v| v.kind.is_some())
                .map(|v| outlet(v.article))
                .collect();
            if outlets.len() > 1 && quoted_outlets.len() == 1 {
                flags.insert(Flag::OnlyOneOutlet);
            }
            let speaker = majority_speaker(&versions);
            let differ = versions
                .iter()
                .filter_map(|v| v.speaker.as_deref())
                .any(|v| speaker.as_deref().is_some_and(|s| !same_person(s, v)));
            if differ {
                flags.insert(Flag::DifferentSpeakers);
            }
            let lengths: Vec<usize> = versions
                .iter()
                .filter(|v| v.kind.is_some())
                .map(|v| crate::corpus::terms::words(&v.text).count())
                .collect();
            if let (Some(&min), Some(&max)) = (lengths.iter().min(), lengths.iter().max())
                && max as f32 >= TRUNCATION_RATIO * min as f32
                && max - min >= TRUNCATION_MIN_WORDS
            {
                flags.insert(Flag::Truncated);
            }
            let (speaker_org, speaker_status) = speaker_details(speaker.as_deref(), &versions);
            Statement {
                speaker,
                speaker_org,
                speaker_status,
                versions,
                flags: flags.into_iter().collect(),
            }
        })
        .collect();
    StoryQuotes {
        statements,
        scare_quotes,
    }
}
