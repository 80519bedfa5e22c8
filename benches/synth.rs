//! A deterministic synthetic-corpus generator for benchmarks.
//!
//! It makes `n` articles in `n / 5` events from the development texts
//! (NewsWCL50's ten events): every synthetic event takes one real event as its
//! template and gets its own invented names and numbers, so events stay
//! distinct the way real events about similar topics are; each of its five
//! articles samples, shuffles and drops the template's sentences, swaps
//! common words for synonyms, and comes from a random outlet.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;

use storydiff::corpus::{self, Article, LoadOptions};

/// SplitMix64: tiny, fast and reproducible on every platform.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const OUTLETS: [&str; 12] = [
    "Reuters",
    "AP",
    "Sputnik",
    "TASS",
    "BBC",
    "CNN",
    "Fox News",
    "Al Jazeera",
    "Press TV",
    "The Guardian",
    "Breitbart",
    "HuffPost",
];

const SYNONYMS: [(&str, &str); 12] = [
    ("said", "stated"),
    ("told", "informed"),
    ("meeting", "talks"),
    ("president", "leader"),
    ("announced", "declared"),
    ("week", "days"),
    ("officials", "authorities"),
    ("government", "administration"),
    ("country", "nation"),
    ("talks", "negotiations"),
    ("claimed", "asserted"),
    ("report", "account"),
];

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mer", "dan", "vi", "tor", "sa", "bel", "rin", "gu", "ol", "zen", "pa", "qui",
    "ros", "tes",
];

/// The template events: NewsWCL50's sentences, grouped by event.
pub fn templates() -> Vec<Vec<Vec<String>>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    (0..10)
        .map(|event| {
            let dir = root.join(format!("event_{event}"));
            corpus::load_paths(&[dir], &LoadOptions::default())
                .articles
                .iter()
                .map(|a| a.sentences().map(|s| s.text.clone()).collect())
                .collect()
        })
        .collect()
}

/// Generates `n` articles in `n / 5` events (deterministic for a given `n`).
pub fn corpus(n: usize) -> Vec<Article> {
    let templates = templates();
    let mut rng = Rng::new(0x5709_D1FF ^ n as u64);
    let events = n.div_ceil(5).max(1);
    (0..n)
        .map(|k| {
            let event = k % events;
            let template = &templates[event % templates.len()];
            let names = invented_names(template, event as u64);
            article(k, event, template, &names, &mut rng)
        })
        .collect()
}

/// Generates `n` articles that all report one event (NewsWCL50 event
/// `event`'s sentences, reworded, sampled and reordered per article).
pub fn story(n: usize, event: usize) -> Vec<Article> {
    let templates = templates();
    let template = &templates[event % templates.len()];
    let names = invented_names(template, event as u64);
    let mut rng = Rng::new(0x5709_D1FF ^ (n as u64) << 8 ^ event as u64);
    (0..n)
        .map(|k| article(k, event, template, &names, &mut rng))
        .collect()
}

/// One invented name per capitalised word of the template, fixed for the event.
fn invented_names(template: &[Vec<String>], event: u64) -> HashMap<String, String> {
    let mut rng = Rng::new(event.wrapping_mul(0x2545_F491_4F6C_DD1D));
    let mut names = HashMap::new();
    for sentence in template.iter().flatten() {
        for word in sentence.split_whitespace().skip(1) {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            if bare.chars().next().is_some_and(char::is_uppercase) && !names.contains_key(bare) {
                let invented: String = (0..2 + rng.below(2))
                    .map(|_| SYLLABLES[rng.below(16)])
                    .collect();
                let mut chars = invented.chars();
                let first = chars.next().unwrap().to_uppercase().collect::<String>();
                names.insert(bare.to_string(), first + chars.as_str());
            }
        }
    }
    names
}

fn article(
    k: usize,
    event: usize,
    template: &[Vec<String>],
    names: &HashMap<String, String>,
    rng: &mut Rng,
) -> Article {
    let base = &template[rng.below(template.len())];
    let mut sentences: Vec<String> = Vec::new();
    for sentence in base {
        if rng.chance(0.75) {
            sentences.push(rewrite(sentence, names, event, rng));
        }
    }
    // Swap a few neighbouring sentences, as outlets reorder paragraphs.
    for _ in 0..sentences.len() / 6 {
        let i = rng.below(sentences.len().max(2) - 1);
        if i + 1 < sentences.len() {
            sentences.swap(i, i + 1);
        }
    }
    if sentences.is_empty() {
        sentences.push(rewrite(&base[0], names, event, rng));
    }
    let paragraphs = sentences.chunks(3).map(<[String]>::to_vec).collect();
    let mut article = Article::from_paragraphs(format!("synthetic-{k:06}"), paragraphs);
    article.outlet = Some(OUTLETS[rng.below(OUTLETS.len())].to_string());
    article.title = Some(rewrite(&base[0], names, event, rng));
    article
}

/// Replaces names and numbers with the event's own, and swaps some synonyms.
fn rewrite(sentence: &str, names: &HashMap<String, String>, event: usize, rng: &mut Rng) -> String {
    sentence
        .split(' ')
        .map(|word| {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            if let Some(name) = names.get(bare) {
                return word.replacen(bare, name, 1);
            }
            if bare.chars().all(|c| c.is_ascii_digit()) && !bare.is_empty() {
                return word.replacen(bare, &format!("{}{}", bare, event % 97), 1);
            }
            match SYNONYMS.iter().find(|(a, _)| *a == bare) {
                Some((_, b)) if rng.chance(0.5) => word.replacen(bare, b, 1),
                _ => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A long article: several synthetic articles of the corpus concatenated
/// until it holds about `words` words.
pub fn long_article(seed: usize, words: usize) -> Article {
    let pool = corpus(400);
    let mut article = pool[seed].clone();
    article.paragraphs.clear();
    for other in pool.iter().skip(seed).step_by(2) {
        for paragraph in &other.paragraphs {
            if article.word_count() >= words {
                return article;
            }
            article.paragraphs.push(paragraph.clone());
        }
    }
    article
}

/// A long article of real news text: the NewsWCL50 articles' paragraphs in
/// order, repeated as needed, until the text holds about `bytes` bytes (the
/// whole collection is about 250 KB, so 1 MiB repeats it four times, as a
/// long live blog repeats its updates).
pub fn news_article(bytes: usize) -> Article {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let all = corpus::load_paths(&[root], &LoadOptions::default()).articles;
    let paragraphs: Vec<Vec<String>> = all
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.sentences.iter().map(|s| s.text.clone()).collect())
        .collect();
    let size = |p: &Vec<String>| p.iter().map(|s| s.len() + 1).sum::<usize>() + 1;
    let mut body = Vec::new();
    let mut total = 0;
    for paragraph in paragraphs.iter().cycle() {
        if total + size(paragraph) > bytes {
            break;
        }
        total += size(paragraph);
        body.push(paragraph.clone());
    }
    Article::from_paragraphs(format!("newswcl50-{bytes}"), body)
}

/// The web domain of each of [`OUTLETS`], as news-please's `source_domain`.
const DOMAINS: [&str; 12] = [
    "reuters.com",
    "apnews.com",
    "sputniknews.com",
    "tass.com",
    "bbc.co.uk",
    "cnn.com",
    "foxnews.com",
    "aljazeera.com",
    "presstv.ir",
    "theguardian.com",
    "breitbart.com",
    "huffpost.com",
];

/// Writes `n` synthetic articles as news-please JSON files (one per
/// article, 1,000 per folder) under `dir`, and returns how many bytes were
/// written. Each event gets a publication day, each article a date within
/// two days of it, and an outlet tagline closes some articles, so the
/// date window and the outlet-repeat pass have real work.
pub fn write_news_please(dir: &Path, n: usize) -> std::io::Result<u64> {
    let mut rng = Rng::new(0xD47E ^ n as u64);
    let events = n.div_ceil(5).max(1);
    let start = jiff::civil::date(2017, 1, 1);
    let mut bytes = 0;
    for (k, article) in corpus(n).into_iter().enumerate() {
        let day = (k % events) as i64 % 730 + rng.below(3) as i64;
        let date = start
            .checked_add(jiff::Span::new().days(day))
            .unwrap_or(start);
        let json = news_please_json(&article, date, &mut rng).to_string();
        let folder = dir.join(format!("part-{:03}", k / 1000));
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join(format!("{}.json", article.id)), &json)?;
        bytes += json.len() as u64;
    }
    Ok(bytes)
}

/// One article in news-please's shape (the fields it always writes).
fn news_please_json(
    article: &Article,
    date: jiff::civil::Date,
    rng: &mut Rng,
) -> serde_json::Value {
    let outlet = article.outlet.as_deref().unwrap_or(OUTLETS[0]);
    let which = OUTLETS.iter().position(|o| *o == outlet).unwrap_or(0);
    let mut paragraphs: Vec<String> = article.paragraphs.iter().map(|p| p.text()).collect();
    if rng.chance(0.3) {
        paragraphs.push(format!(
            "Follow {outlet} on social media for the latest news."
        ));
    }
    let description = paragraphs.first().cloned().unwrap_or_default();
    serde_json::json!({
        "authors": [],
        "date_download": format!("{date} 12:00:00"),
        "date_modify": null,
        "date_publish": format!("{date} 08:{:02}:00", rng.below(60)),
        "description": description,
        "filename": format!("{}.json", article.id),
        "image_url": null,
        "language": "en",
        "localpath": null,
        "maintext": paragraphs.join("\n"),
        "source_domain": DOMAINS[which],
        "title": article.title,
        "title_page": null,
        "title_rss": null,
        "url": format!("https://www.{}/news/{}", DOMAINS[which], article.id),
    })
}
