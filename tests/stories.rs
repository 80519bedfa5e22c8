//! Story grouping on the demo, on NewsWCL50, on both pooled, and on
//! shuffled corpora.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::LazyLock;

use jiff::civil::date;
use proptest::prelude::*;
use storydiff::corpus::{self, Article, LoadOptions};
use storydiff::stories::eval::b_cubed;
use storydiff::stories::{Grouping, Story, StoryOptions, group, group_stories};

/// NewsWCL50 articles with their gold event (the folder number).
static NEWSWCL50: LazyLock<Vec<(Article, String)>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let corpus = corpus::load_paths(&[root], &LoadOptions::default());
    assert_eq!(corpus.articles.len(), 50, "{:?}", corpus.errors);
    corpus
        .articles
        .into_iter()
        .map(|a| {
            let event = a.path.split("event_").nth(1).unwrap().split(['/', '\\']);
            let gold = format!("event {}", event.clone().next().unwrap());
            (a, gold)
        })
        .collect()
});

/// The demo with its gold events: 000 and 001 report one press conference.
static DEMO: LazyLock<Vec<(Article, String)>> = LazyLock::new(|| {
    corpus::load_demo()
        .articles
        .into_iter()
        .map(|a| {
            let gold = match &a.id[..3] {
                "000" | "001" => "demo press conference".to_string(),
                other => format!("demo {other}"),
            };
            (a, gold)
        })
        .collect()
});

fn pooled() -> Vec<(Article, String)> {
    NEWSWCL50.iter().chain(DEMO.iter()).cloned().collect()
}

fn articles(labelled: &[(Article, String)]) -> Vec<Article> {
    labelled.iter().map(|(a, _)| a.clone()).collect()
}

/// B-cubed (P, R, F1) of the default grouping against the gold events.
fn score(labelled: &[(Article, String)]) -> (f64, f64, f64) {
    let articles = articles(labelled);
    let stories = group_stories(&articles, &StoryOptions::default());
    let mut predicted = vec![usize::MAX; articles.len()];
    for (s, story) in stories.iter().enumerate() {
        for i in story.articles() {
            predicted[i] = s;
        }
    }
    let gold: Vec<&String> = labelled.iter().map(|(_, g)| g).collect();
    b_cubed(&predicted, &gold)
}

/// The partition as sets of article ids.
fn partition(articles: &[Article], stories: &[Story]) -> BTreeSet<BTreeSet<String>> {
    stories
        .iter()
        .map(|s| s.articles().map(|i| articles[i].id.clone()).collect())
        .collect()
}

#[test]
fn demo_groups_the_one_press_conference_and_keeps_the_others_apart() {
    let articles = articles(&DEMO);
    let stories = group_stories(&articles, &StoryOptions::default());
    let prefixes: Vec<Vec<&str>> = stories
        .iter()
        .map(|s| s.articles().map(|i| &articles[i].id[..3]).collect())
        .collect();
    assert_eq!(
        prefixes,
        [vec!["000", "001"], vec!["003"], vec!["002"], vec!["004"]]
    );
    let ids: Vec<&str> = stories.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s1", "s2", "s3", "s4"]);
    let shared = &stories[0].members[0].shared_terms;
    assert!(
        shared.iter().any(|t| t == "Sergei Lavrov" || t == "Syria"),
        "{shared:?}"
    );
}

#[test]
fn newswcl50_events_are_found() {
    let (p, r, f) = score(&NEWSWCL50);
    println!("NewsWCL50 B-cubed P {p:.3} R {r:.3} F1 {f:.3}");
    assert!(f >= 0.97, "F1 {f:.3} (P {p:.3}, R {r:.3})");
}

#[test]
fn newswcl50_pooled_with_the_demo_keeps_related_events_apart() {
    let (p, r, f) = score(&pooled());
    println!("pooled B-cubed P {p:.3} R {r:.3} F1 {f:.3}");
    assert!(f >= 0.95, "F1 {f:.3} (P {p:.3}, R {r:.3})");
}

#[test]
fn each_newswcl50_event_alone_is_one_story() {
    for event in NEWSWCL50.chunks(5) {
        let articles = articles(event);
        let stories = group_stories(&articles, &StoryOptions::default());
        assert_eq!(
            stories.len(),
            1,
            "{}: {:?}",
            event[0].1,
            partition(&articles, &stories)
        );
        assert_eq!(stories[0].members.len(), 5);
    }
}

#[test]
fn every_article_is_in_exactly_one_story_and_cohesion_is_in_range() {
    let articles = articles(&pooled());
    let stories = group_stories(&articles, &StoryOptions::default());
    let mut seen: Vec<usize> = stories.iter().flat_map(|s| s.articles()).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..articles.len()).collect::<Vec<_>>());
    for story in &stories {
        assert!((0.0..=1.0).contains(&story.cohesion), "{}", story.cohesion);
        assert!(!story.label.is_empty());
        if story.members.len() == 1 {
            assert_eq!(story.cohesion, 1.0);
            assert!(story.members[0].shared_terms.is_empty());
        } else {
            for member in &story.members {
                let terms = &member.shared_terms;
                assert!(!terms.is_empty());
                let distinct: BTreeSet<&String> = terms.iter().collect();
                assert_eq!(distinct.len(), terms.len(), "repeated: {terms:?}");
            }
        }
    }
    let sizes: Vec<usize> = stories.iter().map(|s| s.members.len()).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
}

#[test]
fn a_missing_date_never_blocks_grouping() {
    let mut articles = articles(&DEMO[..2]);
    articles[1].date = None;
    let stories = group_stories(&articles, &StoryOptions::default());
    assert_eq!(stories.len(), 1);
}

#[test]
fn reports_further_apart_than_the_window_are_different_events() {
    let mut articles = articles(&DEMO[..2]);
    articles[1].date = Some(date(2017, 11, 3));
    assert_eq!(group_stories(&articles, &StoryOptions::default()).len(), 2);
    let no_window = StoryOptions {
        max_days_apart: None,
        ..StoryOptions::default()
    };
    assert_eq!(group_stories(&articles, &no_window).len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn the_partition_does_not_depend_on_input_order(seed in any::<u64>()) {
        let original = articles(&pooled());
        let expected = partition(&original, &group_stories(&original, &StoryOptions::default()));
        let mut shuffled = original.clone();
        shuffle(&mut shuffled, seed);
        let stories = group_stories(&shuffled, &StoryOptions::default());
        prop_assert_eq!(partition(&shuffled, &stories), expected);
    }
}

/// The threads as sets of stories, each a set of article ids.
fn thread_partition(
    articles: &[Article],
    grouping: &Grouping,
) -> BTreeSet<BTreeSet<BTreeSet<String>>> {
    grouping
        .threads
        .iter()
        .map(|t| {
            t.stories
                .iter()
                .map(|&s| {
                    grouping.stories[s]
                        .articles()
                        .map(|i| articles[i].id.clone())
                        .collect()
                })
                .collect()
        })
        .collect()
}

#[test]
fn threads_partition_the_stories_and_keep_them_whole() {
    let articles = articles(&pooled());
    let grouping = group(&articles, &StoryOptions::default());
    assert_eq!(
        grouping.stories,
        group_stories(&articles, &StoryOptions::default())
    );
    let mut seen: Vec<usize> = grouping
        .threads
        .iter()
        .flat_map(|t| t.stories.clone())
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..grouping.stories.len()).collect::<Vec<_>>());
    for (i, thread) in grouping.threads.iter().enumerate() {
        assert_eq!(thread.id, format!("t{}", i + 1));
        assert!(thread.first <= thread.last);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3))]

    #[test]
    fn the_threads_do_not_depend_on_input_order(seed in any::<u64>()) {
        let original = articles(&pooled());
        let expected = thread_partition(&original, &group(&original, &StoryOptions::default()));
        let mut shuffled = original.clone();
        shuffle(&mut shuffled, seed);
        let grouping = group(&shuffled, &StoryOptions::default());
        prop_assert_eq!(thread_partition(&shuffled, &grouping), expected);
    }
}

/// Fisher–Yates with a small xorshift generator.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
}
