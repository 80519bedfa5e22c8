//! Attribution clauses and resolution, on small real sentences.

use super::*;

fn who(people: &mut People, mention: &Mention, sentence: usize) -> String {
    let a = Attribution {
        mention: mention.clone(),
        verb: "said".into(),
        org: None,
    };
    people.resolve(&a, sentence, "").name.unwrap_or_default()
}

fn after(tail: &str) -> Option<(String, String)> {
    attribution_after(tail).map(|a| (a.mention.text(), a.verb))
}

fn before(head: &str) -> Option<(String, String, bool)> {
    attribution_before(head).map(|h| (h.attribution.mention.text(), h.attribution.verb, h.clean))
}

#[test]
fn attributions_after_the_quote() {
    let s = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    assert_eq!(after(" Lavrov said after a meeting."), s("Lavrov", "said"));
    assert_eq!(after(" said Lavrov."), s("Lavrov", "said"));
    assert_eq!(
        after(" the minister explained."),
        s("the minister", "explained")
    );
    assert_eq!(after(" he said."), s("he", "said"));
    assert_eq!(after(" Lavrov stressed"), s("Lavrov", "stressed"));
    assert_eq!(
        after(" Jaafari told reporters prior to"),
        s("Jaafari", "told")
    );
    assert_eq!(
        after(" the Russian minister said at a news conference"),
        s("the Russian minister", "said")
    );
    assert_eq!(after(" Lavrov also noted."), s("Lavrov", "noted"));
    assert_eq!(
        after(" Comey recounts in one memo, dated Feb. 8."),
        s("Comey", "recounted")
    );
    assert_eq!(after(" reads one question."), s("one question", "reads"));
    assert_eq!(
        after(" Mayor Ken Ito pointed out."),
        s("Mayor Ken Ito", "pointed out")
    );
    assert_eq!(after(" airstrikes that have hit"), None);
    assert_eq!(after(" and the rest, Lavrov said"), None);
}

#[test]
fn attributions_before_the_quote() {
    assert_eq!(
        before("Lavrov said: "),
        Some(("Lavrov".into(), "said".into(), true))
    );
    assert_eq!(
        before("According to the top diplomat, the referendum was "),
        Some(("the top diplomat".into(), "according to".into(), false))
    );
    assert_eq!(
        before("The Russian top diplomat has described the actions in Syria as "),
        Some(("The Russian top diplomat".into(), "described".into(), false))
    );
    assert_eq!(
        before(
            "On his part, Iraqi Foreign Minister Ibrahim Jaafari said that Iraq regards it as a "
        ),
        Some((
            "Iraqi Foreign Minister Ibrahim Jaafari".into(),
            "said".into(),
            false
        ))
    );
    assert_eq!(before("The tracks of "), None);
}

#[test]
fn roles_and_pronouns_resolve_to_named_people() {
    let sentences = [
        "Russian Foreign Minister Sergey Lavrov said on Monday.",
        "He met his Iraqi counterpart Ibrahim al-Jaafari.",
        "The ministry's spokesman spoke.",
    ];
    let mut people = People::from_sentences(sentences);
    let role = |w: &str| Mention::Role(w.split(' ').map(String::from).collect());
    // Both are ministers; the nearer one wins.
    assert_eq!(
        who(&mut people, &role("the top diplomat"), 1),
        "Ibrahim al-Jaafari"
    );
    assert_eq!(
        who(&mut people, &role("the Russian minister"), 2),
        "Sergei Lavrov"
    );
    assert_eq!(
        who(&mut people, &Mention::Pronoun("he".into()), 2),
        "Sergei Lavrov"
    );
    let name = Mention::Name {
        role: vec![],
        name: "Lavrov".into(),
    };
    assert_eq!(who(&mut people, &name, 2), "Sergei Lavrov");
    let jaafari = Mention::Name {
        role: vec![],
        name: "Jaafari".into(),
    };
    assert_eq!(who(&mut people, &jaafari, 2), "Ibrahim al-Jaafari");
    // A spokesman is not a minister: the role stays as written.
    assert_eq!(
        who(&mut people, &role("The ministry's spokesman"), 2),
        "The ministry's spokesman"
    );
}
