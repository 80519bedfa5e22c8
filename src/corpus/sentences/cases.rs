//! The news corpus's tricky segmentation cases.

/// Tricky cases `(paragraph, expected sentences)`. Most are real text from
/// the seed corpus (`assets/corpus`) and NewsWCL50 (`tests/data/newswcl50`),
/// some shortened; the rest are made up to pin one rule each.
pub(super) const CASES: &[(&str, &[&str])] = &[
    // Titles never end a sentence, even before a sentence starter.
    (
        "Dr. Who came at 10 a.m. He left.",
        &["Dr. Who came at 10 a.m.", "He left."],
    ),
    (
        "Mr. Trump met Mrs. May and Ms. Sanders. Dr. Smith, Gen. Mattis and Sen. Ted Cruz came too.",
        &[
            "Mr. Trump met Mrs. May and Ms. Sanders.",
            "Dr. Smith, Gen. Mattis and Sen. Ted Cruz came too.",
        ],
    ),
    (
        "Rep. Adam Schiff, Gov. Jerry Brown, Lt. Col. John Smith, Sgt. Pepper and Prof. X met at St. Paul's.",
        &[
            "Rep. Adam Schiff, Gov. Jerry Brown, Lt. Col. John Smith, Sgt. Pepper and Prof. X met at St. Paul's.",
        ],
    ),
    (
        "But Ms. Sanders said, \"We think the biggest mistake that was made was under the Obama administration by ever entering the deal in the first place.\"",
        &[
            "But Ms. Sanders said, \"We think the biggest mistake that was made was under the Obama administration by ever entering the deal in the first place.\"",
        ],
    ),
    (
        "Florida Sen. Marco Rubio, former Florida Gov. Jeb Bush, Ohio Gov. John Kasich, even Texas Sen. Ted Cruz ― they and others had lined up.",
        &[
            "Florida Sen. Marco Rubio, former Florida Gov. Jeb Bush, Ohio Gov. John Kasich, even Texas Sen. Ted Cruz ― they and others had lined up.",
        ],
    ),
    (
        "However, the Justice Department did not say the actions had an impact on the outcome of the election. Deputy Attorney Gen. Rod Rosenstein said, \"There is no allegation in this indictment that any American was a knowing participant in this illegal activity.\"",
        &[
            "However, the Justice Department did not say the actions had an impact on the outcome of the election.",
            "Deputy Attorney Gen. Rod Rosenstein said, \"There is no allegation in this indictment that any American was a knowing participant in this illegal activity.\"",
        ],
    ),
    (
        "\"Nobody knows what I'm going to do on the 12th, although Mr. President, you have a pretty good idea,\" he said in an appearance with Mr. Macron, who winked at him in silent reply.",
        &[
            "\"Nobody knows what I'm going to do on the 12th, although Mr. President, you have a pretty good idea,\" he said in an appearance with Mr. Macron, who winked at him in silent reply.",
        ],
    ),
    // Other abbreviations: split only before a common sentence starter.
    (
        "Martin Luther King Jr. was there. He spoke.",
        &["Martin Luther King Jr. was there.", "He spoke."],
    ),
    (
        "Roger J. Stone Jr., a former campaign adviser to Mr. Trump who is named as a defendant, said the suit was frivolous.",
        &[
            "Roger J. Stone Jr., a former campaign adviser to Mr. Trump who is named as a defendant, said the suit was frivolous.",
        ],
    ),
    (
        "He was No. 5 on the list. No. He was not.",
        &["He was No. 5 on the list.", "No.", "He was not."],
    ),
    (
        "The talks began Jan. 5 and ended Feb. 10. Then Aug. 3, Sept. 4, Oct. 5, Nov. 6 and Dec. 7 followed.",
        &[
            "The talks began Jan. 5 and ended Feb. 10.",
            "Then Aug. 3, Sept. 4, Oct. 5, Nov. 6 and Dec. 7 followed.",
        ],
    ),
    (
        "The company, Acme Inc. announced results. Trump for President, Inc. The campaign said no.",
        &[
            "The company, Acme Inc. announced results.",
            "Trump for President, Inc.",
            "The campaign said no.",
        ],
    ),
    (
        "They prayed at St. Paul's Cathedral on Main St. The service was short.",
        &[
            "They prayed at St. Paul's Cathedral on Main St.",
            "The service was short.",
        ],
    ),
    (
        "WEST PALM BEACH, Fla. — President Trump dispatched the C.I.A. director Mike Pompeo to North Korea to meet with its leader, Kim Jong-un, in recent weeks to lay the groundwork for a summit meeting between Mr. Kim and Mr. Trump, two people briefed on the secret trip said on Tuesday.",
        &[
            "WEST PALM BEACH, Fla. — President Trump dispatched the C.I.A. director Mike Pompeo to North Korea to meet with its leader, Kim Jong-un, in recent weeks to lay the groundwork for a summit meeting between Mr. Kim and Mr. Trump, two people briefed on the secret trip said on Tuesday.",
        ],
    ),
    (
        "House Judiciary Committee Chairman Bob Goodlatte, R-Va.; House Oversight Committee Chairman Trey Gowdy, R-S.C.; and House Intelligence Committee Chairman Devin Nunes, R-Calif., said in a joint statement that the memos were significant.",
        &[
            "House Judiciary Committee Chairman Bob Goodlatte, R-Va.; House Oversight Committee Chairman Trey Gowdy, R-S.C.; and House Intelligence Committee Chairman Devin Nunes, R-Calif., said in a joint statement that the memos were significant.",
        ],
    ),
    // Dotted acronyms: a boundary only before a common sentence starter.
    (
        "He moved to the U.S. He said it was fine.",
        &["He moved to the U.S.", "He said it was fine."],
    ),
    (
        "North Korean dictator Kim Jong Un's surprise announcement sounds like a momentous victory for the U.S. It's not – at least, not yet.",
        &[
            "North Korean dictator Kim Jong Un's surprise announcement sounds like a momentous victory for the U.S.",
            "It's not – at least, not yet.",
        ],
    ),
    (
        "NEW: US official confirms what Netanyahu said. Israel shared the Iranian files with the U.S. And the U.S. verified the material as authentic, I'm told.",
        &[
            "NEW: US official confirms what Netanyahu said.",
            "Israel shared the Iranian files with the U.S.",
            "And the U.S. verified the material as authentic, I'm told.",
        ],
    ),
    (
        "South Korea was a member of the U.N. Command but was not a direct signatory. Trump nixed a February visit to the U.K. to open the U.S. Embassy.",
        &[
            "South Korea was a member of the U.N. Command but was not a direct signatory.",
            "Trump nixed a February visit to the U.K. to open the U.S. Embassy.",
        ],
    ),
    (
        "While no agenda was given, it is likely that Brexit, Syria, tariffs and a U.S.-U.K. trade deal will be among the topics. The E.U. and Washington, D.C. disagreed.",
        &[
            "While no agenda was given, it is likely that Brexit, Syria, tariffs and a U.S.-U.K. trade deal will be among the topics.",
            "The E.U. and Washington, D.C. disagreed.",
        ],
    ),
    (
        "In August, North Korea vowed to retaliate against the U.S. \"thousands of times over\" after the United Nations Security Council imposed new sanctions against the country.",
        &[
            "In August, North Korea vowed to retaliate against the U.S. \"thousands of times over\" after the United Nations Security Council imposed new sanctions against the country.",
        ],
    ),
    // a.m. and p.m.
    (
        "President Donald Trump commended North Korea's suspension of the tests in a tweet about 7 p.m. Friday EDT, calling it \"very good news.\"",
        &[
            "President Donald Trump commended North Korea's suspension of the tests in a tweet about 7 p.m. Friday EDT, calling it \"very good news.\"",
        ],
    ),
    (
        "The exemptions were set to expire at 12:01 a.m. on Tuesday. It ended at 9 p.m. Nobody came.",
        &[
            "The exemptions were set to expire at 12:01 a.m. on Tuesday.",
            "It ended at 9 p.m.",
            "Nobody came.",
        ],
    ),
    // Initials, numbers, ellipses, domains.
    (
        "J. R. Smith met Donald J. Trump. They talked about Robert S. Mueller III, Mr. Perez said.",
        &[
            "J. R. Smith met Donald J. Trump.",
            "They talked about Robert S. Mueller III, Mr. Perez said.",
        ],
    ),
    (
        "We paid $150 billion. We gave $1.8 billion in cash, and 1,000 people came. Growth was 3.5 percent.",
        &[
            "We paid $150 billion.",
            "We gave $1.8 billion in cash, and 1,000 people came.",
            "Growth was 3.5 percent.",
        ],
    ),
    (
        "He paused... and then he spoke. Then silence.",
        &["He paused... and then he spoke.", "Then silence."],
    ),
    (
        "Published in sputniknews.com on Monday. As FoxNews.com reported: the talks stalled.",
        &[
            "Published in sputniknews.com on Monday.",
            "As FoxNews.com reported: the talks stalled.",
        ],
    ),
    // Quotations.
    ("“It is odd.” He left.", &["“It is odd.”", "He left."]),
    ("\"It is odd.\" He said.", &["\"It is odd.\"", "He said."]),
    (
        "He said: “We will win.” Then he left.",
        &["He said: “We will win.”", "Then he left."],
    ),
    (
        "“When we hear about the new line of the United States, it most certainly raises questions on our part. We address these questions to Washington and expect to receive an honest and comprehensible answer,” Lavrov said after a meeting with Iraqi Foreign Minister Ibrahim Jaafari on Monday.",
        &[
            "“When we hear about the new line of the United States, it most certainly raises questions on our part.",
            "We address these questions to Washington and expect to receive an honest and comprehensible answer,” Lavrov said after a meeting with Iraqi Foreign Minister Ibrahim Jaafari on Monday.",
        ],
    ),
    (
        "The Russian top diplomat has described the US-led coalition’s actions in Syria as “some odd things,” pointing out multiple cases.",
        &[
            "The Russian top diplomat has described the US-led coalition’s actions in Syria as “some odd things,” pointing out multiple cases.",
        ],
    ),
    (
        "\"We have to ask ourselves, 'Who was the audience of last night's presentation?'\" said Amos Yadlin. \"Was it the Iranians? Maybe it was Iranian public opinion.\"",
        &[
            "\"We have to ask ourselves, 'Who was the audience of last night's presentation?'\" said Amos Yadlin.",
            "\"Was it the Iranians?",
            "Maybe it was Iranian public opinion.\"",
        ],
    ),
    (
        "“He then returned to loyalty, saying ‘I need loyalty.’ I replied that he would always get honesty from me.",
        &[
            "“He then returned to loyalty, saying ‘I need loyalty.’",
            "I replied that he would always get honesty from me.",
        ],
    ),
    (
        "Just heard the Campaign was sued by the Obstructionist Democrats,\" he tweeted. \"This can be good news.\"",
        &[
            "Just heard the Campaign was sued by the Obstructionist Democrats,\" he tweeted.",
            "\"This can be good news.\"",
        ],
    ),
    (
        "He asked, \"Why now?\" She didn't answer. \"Why now?\" she asked.",
        &[
            "He asked, \"Why now?\"",
            "She didn't answer.",
            "\"Why now?\" she asked.",
        ],
    ),
    (
        "(He left early.) Then she came. He left (early). Then she came.",
        &[
            "(He left early.)",
            "Then she came.",
            "He left (early).",
            "Then she came.",
        ],
    ),
    // Layout: glued sentences are never cut (that would invent a space),
    // whitespace is collapsed, and blank input gives no sentences.
    (
        "The migrants reached the Pacific Ocean.There they were greeted by several hundred supporters.",
        &[
            "The migrants reached the Pacific Ocean.There they were greeted by several hundred supporters.",
        ],
    ),
    (
        "  Two   spaces here.\nA new line.\t",
        &["Two spaces here.", "A new line."],
    ),
    ("What? No way! Yes.", &["What?", "No way!", "Yes."]),
    ("", &[]),
    (" \n\t ", &[]),
];
