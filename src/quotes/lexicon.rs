//! Word lists for attribution: reporting verbs and role nouns (both in
//! `assets/`, both editable).

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleFile {
    classes: HashMap<String, Vec<String>>,
    #[serde(default)]
    metonyms: HashMap<String, String>,
}

static FILE: LazyLock<RoleFile> = LazyLock::new(|| {
    toml::from_str(include_str!("../../assets/roles.toml")).expect("assets/roles.toml is valid")
});

/// The name a seat of government speaks under ("Number 10" → "Downing
/// Street"), from `assets/roles.toml`'s `[metonyms]`.
pub fn metonym(name: &str) -> Option<&'static str> {
    FILE.metonyms.get(name).map(String::as_str)
}

/// Role noun (lowercase) → its class.
static ROLES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (class, words) in &FILE.classes {
        for w in words {
            map.insert(w.clone(), class.as_str());
        }
    }
    map
});

/// Whether a lowercase word is a role noun ("minister", "spokesman").
pub fn is_role_word(lower: &str) -> bool {
    ROLES.contains_key(lower)
}

/// The class of a role noun ("diplomat" → "minister").
pub fn role_class(lower: &str) -> Option<&'static str> {
    ROLES.get(lower).copied()
}

/// The reporting verb a lowercase word is a form of, as its display key
/// ("stressing" → "stressed"). The list is the framing lexicon's
/// `reporting_verbs` (`assets/framing.toml`), shared by both lenses.
pub fn reporting_verb(lower: &str) -> Option<&'static str> {
    crate::framing::lexicon()
        .verb_key(lower)
        .or_else(|| AUTHORING.iter().find(|(f, _)| *f == lower).map(|&(_, k)| k))
}

/// Verbs of putting words out in writing that the framing lexicon does not
/// count as reporting verbs but that attribute a quotation all the same
/// ("a letter signed by", "retweeted", "emailed").
const AUTHORING: &[(&str, &str)] = &[
    ("signed", "signed"),
    ("repeated", "repeated"),
    ("retweeted", "tweeted"),
    ("texted", "texted"),
    ("emailed", "emailed"),
    ("messaged", "messaged"),
    ("blogged", "blogged"),
    // A document's words: "“…?” reads one question", "the letter read".
    ("reads", "reads"),
    ("read", "reads"),
    // Saying indirectly: "the president hinted that “…”".
    ("hinted", "hinted"),
    ("hints", "hinted"),
    ("hinting", "hinted"),
    // Telling an event: "…,” Comey recounts in one memo".
    ("recount", "recounted"),
    ("recounts", "recounted"),
    ("recounted", "recounted"),
    ("recounting", "recounted"),
    // Making known: "the president also disclosed that …“…”".
    ("disclose", "disclosed"),
    ("discloses", "disclosed"),
    ("disclosed", "disclosed"),
    ("disclosing", "disclosed"),
    // "the lawsuit stated", "stating that" (not "state", "states": nouns).
    ("stated", "stated"),
    ("stating", "stated"),
    // Naming or citing: "refers to the campaign as a “…”", "referenced".
    ("refer", "referred to"),
    ("refers", "referred to"),
    ("referred", "referred to"),
    ("referring", "referred to"),
    ("referenced", "referred to"),
    // Telling someone what to do: "“Don't get nervous,” instructed the
    // supervisor", "advised one broker". ("Ordered" is left out: it is
    // mostly a purchase or a decision, not words.)
    ("instruct", "instructed"),
    ("instructs", "instructed"),
    ("instructed", "instructed"),
    ("instructing", "instructed"),
    ("advise", "advised"),
    ("advises", "advised"),
    ("advised", "advised"),
    ("advising", "advised"),
    // A document's last words: "the announcement concluded".
    ("conclude", "concluded"),
    ("concludes", "concluded"),
    ("concluded", "concluded"),
    // Common reporting verbs of manner that the framing lexicon does not
    // list ("Mr. Perez demurred: “…”", "thundered on social media that",
    // "chided “obstructionist Democrats”"). Forms that are mostly nouns
    // ("counter", "muse", "gripe", "caution") are left out.
    ("demur", "demurred"),
    ("demurs", "demurred"),
    ("demurred", "demurred"),
    ("thunder", "thundered"),
    ("thundered", "thundered"),
    ("thundering", "thundered"),
    ("chide", "chided"),
    ("chides", "chided"),
    ("chided", "chided"),
    ("chiding", "chided"),
    ("countered", "countered"),
    ("countering", "countered"),
    ("retort", "retorted"),
    ("retorts", "retorted"),
    ("retorted", "retorted"),
    ("lament", "lamented"),
    ("laments", "lamented"),
    ("lamented", "lamented"),
    ("lamenting", "lamented"),
    ("mused", "mused"),
    ("musing", "mused"),
    ("griped", "griped"),
    ("griping", "griped"),
    ("fumed", "fumed"),
    ("fuming", "fumed"),
    ("scoff", "scoffed"),
    ("scoffs", "scoffed"),
    ("scoffed", "scoffed"),
    ("scoffing", "scoffed"),
    ("cautioned", "cautioned"),
    ("cautioning", "cautioned"),
    ("exclaim", "exclaimed"),
    ("exclaims", "exclaimed"),
    ("exclaimed", "exclaimed"),
    ("exclaiming", "exclaimed"),
    ("deride", "derided"),
    ("derides", "derided"),
    ("derided", "derided"),
    ("deriding", "derided"),
    ("decry", "decried"),
    ("decries", "decried"),
    ("decried", "decried"),
    ("decrying", "decried"),
    ("dismissed", "dismissed"),
    ("dismissing", "dismissed"),
    // Speaking of someone or something in words of one's own: "denounced
    // Mr. Kim as a “madman”", "nicknamed him “Little Rocket Man”",
    // "likening the organizers to “smugglers”". (Forms that are mostly
    // nouns, "praise", "nickname", "hail", "railing", are left out.)
    ("denounce", "denounced"),
    ("denounces", "denounced"),
    ("denounced", "denounced"),
    ("denouncing", "denounced"),
    ("assail", "assailed"),
    ("assails", "assailed"),
    ("assailed", "assailed"),
    ("assailing", "assailed"),
    ("lambaste", "lambasted"),
    ("lambastes", "lambasted"),
    ("lambasted", "lambasted"),
    ("lambasting", "lambasted"),
    ("nicknamed", "nicknamed"),
    ("nicknaming", "nicknamed"),
    ("liken", "likened"),
    ("likens", "likened"),
    ("likened", "likened"),
    ("likening", "likened"),
    ("hailed", "hailed"),
    ("hailing", "hailed"),
    ("praised", "praised"),
    ("praising", "praised"),
    ("mocked", "mocked"),
    ("mocking", "mocked"),
    ("ridiculed", "ridiculed"),
    ("ridiculing", "ridiculed"),
    ("railed", "railed"),
    ("defended", "defended"),
    ("defending", "defended"),
    ("touted", "touted"),
    ("touting", "touted"),
    ("wondered", "wondered"),
    ("wondering", "wondered"),
    ("speculated", "speculated"),
    ("speculating", "speculated"),
];
