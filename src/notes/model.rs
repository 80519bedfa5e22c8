//! What a reviewer keeps: a note (text, tags, a reviewed mark) on a passage,
//! an article or a story.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::collate::Anchor;
use crate::corpus::{Article, ArticleKey, StoryKey};

/// The tags offered by default in the tag picker.
pub const DEFAULT_TAGS: [&str; 7] = [
    "omission",
    "addition",
    "reworded-meaning",
    "mistranslation",
    "loaded-term",
    "unattributed",
    "verify",
];

/// What a note is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    /// A passage of an article, found again by its anchor.
    Passage {
        /// The article's key.
        article: ArticleKey,
        /// How the article was named when the note was made (a fallback for
        /// finding it after its text changed, which changes a body key).
        hint: ArticleHint,
        /// The passage.
        anchor: Anchor,
    },
    /// A whole article.
    Article {
        /// The article's key.
        article: ArticleKey,
        /// How it was named when the note was made.
        hint: ArticleHint,
    },
    /// A whole story.
    Story {
        /// The story's key.
        story: StoryKey,
    },
}

/// How an article was named: enough to find it again when its key changed
/// (an edited article without a URL gets a new body key).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleHint {
    /// Its id then.
    pub id: String,
    /// Its outlet then.
    pub outlet: Option<String>,
    /// Its title then.
    pub title: Option<String>,
}

impl ArticleHint {
    /// The hint of an article as it is now.
    pub fn of(article: &Article) -> ArticleHint {
        ArticleHint {
            id: article.id.clone(),
            outlet: article.outlet.clone(),
            title: article.title.clone(),
        }
    }

    /// Whether `article` is plausibly the article this hint named: the same
    /// title and outlet, or the same id.
    pub fn names(&self, article: &Article) -> bool {
        let same_title = self.title.is_some() && self.title == article.title;
        (same_title && self.outlet == article.outlet) || self.id == article.id
    }
}

impl Target {
    /// A passage target: `sentences` of `article`.
    pub fn passage(article: &Article, sentences: std::ops::Range<usize>) -> Target {
        Target::Passage {
            article: article.key(),
            hint: ArticleHint::of(article),
            anchor: Anchor::of(article, sentences),
        }
    }

    /// An article target.
    pub fn article(article: &Article) -> Target {
        Target::Article {
            article: article.key(),
            hint: ArticleHint::of(article),
        }
    }

    /// The article the target is in, if it is about one.
    pub fn article_key(&self) -> Option<ArticleKey> {
        match self {
            Target::Passage { article, .. } | Target::Article { article, .. } => Some(*article),
            Target::Story { .. } => None,
        }
    }
}

/// One note as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Its id in the review file.
    pub id: i64,
    /// What it is about.
    pub target: Target,
    /// The note's text ("" for a bare tag or reviewed mark).
    pub text: String,
    /// Its tags, sorted.
    pub tags: Vec<String>,
    /// Whether the reviewer marked the target reviewed.
    pub reviewed: bool,
    /// When it was made.
    pub created: Timestamp,
    /// When it last changed.
    pub modified: Timestamp,
}
