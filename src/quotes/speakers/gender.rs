//! Whether a pronoun can refer to a person: "she said" after a paragraph
//! about Ellen Fetter and a sentence naming Daniel Rothman is Fetter's.
//!
//! A person's gender is read from the article: titles and gendered roles
//! next to the name (`Ms. Fetter`, "her mother, Fiona"), and the pronouns of
//! sentences that name no one else. A given name (`assets/genders.toml`) is
//! the weakest cue. Cues are summed, so one misread pronoun is outvoted, and
//! a person whose cues tie is compatible with either pronoun.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::corpus::terms::fold_word;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
}

/// The weight of a title or gendered role written with the name.
pub(super) const TITLE_CUE: i32 = 3;
/// The weight of a pronoun in a sentence that names only this person.
pub(super) const PRONOUN_CUE: i32 = 1;
/// The weight of a given name of the list.
const GIVEN_NAME_CUE: i32 = 2;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Split {
    female: Vec<String>,
    male: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GenderFile {
    titles: Split,
    roles: Split,
    given_names: Split,
}

/// Every listed word, with its gender and whether it is a given name.
static WORDS: LazyLock<(HashMap<String, Gender>, HashMap<String, Gender>)> = LazyLock::new(|| {
    let file: GenderFile = toml::from_str(include_str!("../../../assets/genders.toml"))
        .expect("assets/genders.toml is valid");
    let read = |splits: &[&Split]| {
        let mut map = HashMap::new();
        for split in splits {
            for w in &split.female {
                map.insert(w.clone(), Gender::Female);
            }
            for w in &split.male {
                map.insert(w.clone(), Gender::Male);
            }
        }
        map
    };
    (
        read(&[&file.titles, &file.roles]),
        read(&[&file.given_names]),
    )
});

/// The gender a lowercase pronoun refers to ("they" and "it" to none).
pub(super) fn of_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender of a lowercase title or role written with a name ("ms.",
/// "mother", "spokesman").
pub(super) fn of_role(lower: &str) -> Option<Gender> {
    WORDS.0.get(lower).copied()
}

/// The signed cue of a person's name: positive for a female given name,
/// negative for a male one, zero for a single word or a name not listed.
pub(super) fn given_name_cue(name: &str) -> i32 {
    let mut words = name.split([' ', '-']);
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return 0;
    };
    match WORDS.1.get(&fold_word(first)) {
        Some(Gender::Female) => GIVEN_NAME_CUE,
        Some(Gender::Male) => -GIVEN_NAME_CUE,
        None => 0,
    }
}

/// The signed weight of one cue for `gender` (female positive).
pub(super) fn signed(gender: Gender, weight: i32) -> i32 {
    match gender {
        Gender::Female => weight,
        Gender::Male => -weight,
    }
}

/// Whether a person whose summed cues are `balance` (female positive) can
/// be referred to by a pronoun of `gender`.
pub(super) fn compatible(balance: i32, gender: Option<Gender>) -> bool {
    match gender {
        Some(Gender::Female) => balance >= 0,
        Some(Gender::Male) => balance <= 0,
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_read_and_keep_ambiguous_names_out() {
        assert_eq!(of_role("spokeswoman"), Some(Gender::Female));
        assert_eq!(of_role("mr."), Some(Gender::Male));
        assert_eq!(of_role("minister"), None);
        assert!(given_name_cue("Ellen Fetter") > 0);
        assert!(given_name_cue("Daniel Rothman") < 0);
        // A single word is a surname as often as a given name.
        assert_eq!(given_name_cue("Ellen"), 0);
        // Kim is a given name in English and a surname in Korean.
        assert_eq!(given_name_cue("Kim Jong Un"), 0);
        let file: GenderFile =
            toml::from_str(include_str!("../../../assets/genders.toml")).unwrap();
        for split in [&file.titles, &file.roles, &file.given_names] {
            for w in &split.female {
                assert!(!split.male.contains(w), "{w} is listed under both genders");
                assert_eq!(*w, w.to_lowercase(), "{w} is lowercase");
            }
        }
    }

    #[test]
    fn ties_are_compatible_with_either_pronoun() {
        assert!(compatible(0, Some(Gender::Female)));
        assert!(compatible(0, Some(Gender::Male)));
        assert!(!compatible(-2, Some(Gender::Female)));
        assert!(!compatible(3, Some(Gender::Male)));
        assert!(compatible(-5, None));
    }
}
