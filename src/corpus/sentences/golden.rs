//! Segmentation cases for general English beyond the news corpus, written in
//! the spirit of the public "golden rules" suites (one category per group,
//! made-up sentences): what the splitter must get right on unseen text.

/// `(paragraph, expected sentences)`, grouped by category.
pub(super) const GOLDEN: &[(&str, &[&str])] = &[
    // Numbered and bulleted list items.
    (
        "1.) The first item 2.) The second item",
        &["1.) The first item", "2.) The second item"],
    ),
    (
        "1. The first item. 2. The second item.",
        &["1. The first item.", "2. The second item."],
    ),
    (
        "• 9. The first item • 10. The second item",
        &["• 9. The first item", "• 10. The second item"],
    ),
    (
        "1) Raise the tax 2) Cut the spending 3) Hold a vote",
        &["1) Raise the tax", "2) Cut the spending", "3) Hold a vote"],
    ),
    (
        "• Polls open at seven • Results come later",
        &["• Polls open at seven", "• Results come later"],
    ),
    (
        "They finished 2. Then came 3. It was over.",
        &["They finished 2.", "Then came 3.", "It was over."],
    ),
    // An abbreviation ends one sentence and a name starts the next.
    (
        "He left the bank at 6 P.M. Mr. Smith then went to the store.",
        &[
            "He left the bank at 6 P.M.",
            "Mr. Smith then went to the store.",
        ],
    ),
    (
        "The talks ended at 5 p.m. Dr. Okafor spoke to reporters afterwards.",
        &[
            "The talks ended at 5 p.m.",
            "Dr. Okafor spoke to reporters afterwards.",
        ],
    ),
    (
        "She sold the shares to Acme Inc. Mrs. Lee bought them back a year later.",
        &[
            "She sold the shares to Acme Inc.",
            "Mrs. Lee bought them back a year later.",
        ],
    ),
    (
        "The envoy left at 6 p.m. Sen. Moran stayed on. U.S. Sen. Ada Cruz spoke.",
        &[
            "The envoy left at 6 p.m.",
            "Sen. Moran stayed on.",
            "U.S. Sen. Ada Cruz spoke.",
        ],
    ),
    (
        "Mr. and Mrs. Ortega arrived at noon.",
        &["Mr. and Mrs. Ortega arrived at noon."],
    ),
    // Initials.
    (
        "The novel was written by P. D. Walsh in a Dublin attic.",
        &["The novel was written by P. D. Walsh in a Dublin attic."],
    ),
    (
        "Gen. H. R. Castell spoke first. Lt. Gen. A. Ruiz answered.",
        &[
            "Gen. H. R. Castell spoke first.",
            "Lt. Gen. A. Ruiz answered.",
        ],
    ),
    // Decimals and numbers.
    (
        "The rate fell to 2.75 percent. Prices rose 0.4 percent in May.",
        &[
            "The rate fell to 2.75 percent.",
            "Prices rose 0.4 percent in May.",
        ],
    ),
    (
        "The vote was 52.3% to 47.7%. Turnout was high.",
        &["The vote was 52.3% to 47.7%.", "Turnout was high."],
    ),
    (
        "The bill cost $4.5 million. It passed by 218 votes.",
        &["The bill cost $4.5 million.", "It passed by 218 votes."],
    ),
    // Ellipses.
    (
        "He hesitated… Then he signed the deal.",
        &["He hesitated…", "Then he signed the deal."],
    ),
    (
        "The offer was, well... generous by any standard.",
        &["The offer was, well... generous by any standard."],
    ),
    // Quotations and brackets that end a sentence.
    (
        "He called it ‘a disgrace.’ Others disagreed.",
        &["He called it ‘a disgrace.’", "Others disagreed."],
    ),
    (
        "“Are you serious?” asked the reporter.",
        &["“Are you serious?” asked the reporter."],
    ),
    (
        "The agency (founded in 1947) said nothing. Its chief resigned.",
        &[
            "The agency (founded in 1947) said nothing.",
            "Its chief resigned.",
        ],
    ),
    (
        "He arrived late (again). The meeting had started.",
        &["He arrived late (again).", "The meeting had started."],
    ),
    // Addresses: e-mail, web.
    (
        "Write to tips@example.com for details. We reply within a day.",
        &[
            "Write to tips@example.com for details.",
            "We reply within a day.",
        ],
    ),
    (
        "Read the ruling at www.example.org/rulings/2018. The court is closed today.",
        &[
            "Read the ruling at www.example.org/rulings/2018.",
            "The court is closed today.",
        ],
    ),
    (
        "The full text is at https://example.com/a.b?id=3 for anyone.",
        &["The full text is at https://example.com/a.b?id=3 for anyone."],
    ),
    // Times and dates.
    (
        "The polls close at 8 p.m. on Tuesday.",
        &["The polls close at 8 p.m. on Tuesday."],
    ),
    (
        "Trading opened at 9:30 a.m. ET. Stocks fell.",
        &["Trading opened at 9:30 a.m. ET.", "Stocks fell."],
    ),
    (
        "On Jan. 20, 2017, he took office.",
        &["On Jan. 20, 2017, he took office."],
    ),
    // Roman numerals.
    (
        "He fought in World War II. Then he taught history.",
        &["He fought in World War II.", "Then he taught history."],
    ),
    (
        "Pope Benedict XVI resigned in 2013. Few expected it.",
        &["Pope Benedict XVI resigned in 2013.", "Few expected it."],
    ),
    // Other abbreviations inside a sentence, and at its end.
    (
        "Some fruit, e.g. apples and pears, is cheaper, i.e. by a third.",
        &["Some fruit, e.g. apples and pears, is cheaper, i.e. by a third."],
    ),
    (
        "They sold apples, pears, etc. The shop closed at noon.",
        &["They sold apples, pears, etc.", "The shop closed at noon."],
    ),
    // Stacked terminators.
    (
        "Really?! That is huge. Is it true? Yes!",
        &["Really?!", "That is huge.", "Is it true?", "Yes!"],
    ),
];
