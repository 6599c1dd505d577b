using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>The closed word classes of party-words.tsv that the party readers use, read once per funding frame.</summary>
internal sealed class PartyWords(Lexicon lexicon)
{
    /// <summary>Plural nouns naming several givers together ("donors", "allies").</summary>
    public IReadOnlySet<string> GiverGroups { get; } = Set(lexicon, "giver-group");
    /// <summary>Modifiers of such a group after "from" ("other", "international").</summary>
    public IReadOnlyList<string> GroupModifiers { get; } = Words(lexicon, "group-modifier");
    /// <summary>Words that may open a clause before its subject group ("and", "while").</summary>
    public IReadOnlySet<string> ClauseOpeners { get; } = Set(lexicon, "clause-opener");
    /// <summary>Words that join a group to a named giver before it ("and", "other").</summary>
    public IReadOnlySet<string> GroupCoordinators { get; } = Set(lexicon, "group-coordinator");
    /// <summary>Words, as written, between a headline's subject and its verb ("UK to give", "Japan will provide").</summary>
    public IReadOnlyList<string> HeadlineAuxiliaries { get; } = Words(lexicon, "headline-auxiliary");
    /// <summary>"funds", "aid": money a later sentence says is passed on, as written.</summary>
    public WordSet TransferNouns { get; } = new(Words(lexicon, "transfer-noun"));
    /// <summary>"channelled", "disbursed": participles of passing money on, as written.</summary>
    public WordSet TransferVerbs { get; } = new(Words(lexicon, "transfer-verb"));
    /// <summary>"through", "by": after such a participle, the body the money goes through.</summary>
    public WordSet TransferPrepositions { get; } = new(Words(lexicon, "transfer-preposition"));
    /// <summary>"to", "helping": before a described recipient, as written.</summary>
    public WordSet BeneficiaryMarkerSet { get; } = new(Words(lexicon, "beneficiary-marker"));
    /// <summary>The same words read backwards over the tokens, "the" allowed after them: before a people or a regional group
    /// that receives.</summary>
    public PhrasesBefore BeneficiaryMarkers { get; } = new(Words(lexicon, "beneficiary-marker"), optionalThe: true);
    /// <summary>"help", "support": between such a marker and the recipient, as written.</summary>
    public WordSet DescribedHelpers { get; } = new(Words(lexicon, "described-helper"));
    /// <summary>"the", "provide": words that cannot modify a described recipient, as written.</summary>
    public WordSet DescribedNonModifiers { get; } = new(Words(lexicon, "described-non-modifier"));
    /// <summary>"who", "affected": words opening the qualifier of a described recipient, as written.</summary>
    public WordSet DescribedQualifiers { get; } = new(Words(lexicon, "described-qualifier"));
    /// <summary>"to", "which": words ending that qualifier, as written.</summary>
    public WordSet DescribedStops { get; } = new(Words(lexicon, "described-stop"));
    /// <summary>"is" ("is needed"), "a" ("a funding gap of"): a request cue opening with one, or right after one, names no asker.</summary>
    public WordSet AskerlessRequestWords { get; } = new(Words(lexicon, "askerless-request-word"));
    /// <summary>"plan", "government", "it": in the subject of a request verb, words that leave the asker to the story.</summary>
    public WordSet StoryAskerWords { get; } = new(Words(lexicon, "story-asker-word"));
    /// <summary>"agreement", "loan": a noun of an agreement after an amount, after which "with" names who receives.</summary>
    public WordSet AgreementNouns { get; } = new(Words(lexicon, "agreement-noun"), caseSensitive: true);
    /// <summary>"signed", "inked": a verb of making an agreement, which must govern its amount, as written.</summary>
    public WordSet SigningVerbs { get; } = new(Words(lexicon, "signing-verb"), caseSensitive: true);
    /// <summary>"loan": an agreement noun of lending, as written.</summary>
    public WordSet LoanNouns { get; } = new(Words(lexicon, "loan-noun"), caseSensitive: true);
    /// <summary>"Bank", "Fund": a word of a lender's name, as written.</summary>
    public IReadOnlySet<string> LenderNameWords { get; } = new HashSet<string>(Words(lexicon, "lender-name-word"), StringComparer.Ordinal);
    /// <summary>"of", "from": a preposition between "with" and a name, which is then no party of the agreement.</summary>
    public WordSet AgreementPartyStops { get; } = new(Words(lexicon, "agreement-party-stop"), caseSensitive: true);
    /// <summary>First words of complex prepositions ending in "to" ("response", "due").</summary>
    public IReadOnlyList<string> ComplexPrepositions { get; } = Words(lexicon, "complex-preposition");
    /// <summary>Words after which a state's possessive owns what receives, besides "to" ("for", "help").</summary>
    public IReadOnlyList<string> OwnerMarkers { get; } = Words(lexicon, "owner-marker");

    /// <summary>"agency": after an international body's name, a member of that body named before ("the UN agency").</summary>
    public WordSet MemberNouns { get; } = new(Words(lexicon, "member-noun"));
    /// <summary>Plural nouns of organisations grouped by kind, and the kinds before them ("national NGOs", "humanitarian organisations").</summary>
    public WordSet OrganisationGroupNouns { get; } = new(Words(lexicon, "organisation-group-noun"));
    public WordSet OrganisationGroupModifiers { get; } = new(Words(lexicon, "organisation-group-modifier"));

    /// <summary>"agencies": after an international body's name, some of its members, not the body ("through UN agencies").</summary>
    public WordSet MemberGroupNouns { get; } = new(Words(lexicon, "member-group-noun"));

    /// <summary>"loan programme", "credit facility": after a state's possessive, a programme that state borrows under.</summary>
    public PhrasesAfter LendingProgrammes { get; } = new(Words(lexicon, "lending-programme"));

    /// <summary>Plural nouns of several states named together ("African countries", "Asian governments").</summary>
    public IReadOnlyList<string> StateGroups { get; } = Words(lexicon, "state-group");

    /// <summary>"aid to X", "for the benefit of X", "to help the X": a party after these receives.</summary>
    public PhrasesBefore RecipientMarkers { get; } = new(Words(lexicon, "recipient-marker"), optionalThe: true);
    /// <summary>The same phrases as listed.</summary>
    public IReadOnlyList<string> RecipientMarkerWords { get; } = Words(lexicon, "recipient-marker");
    /// <summary>"through X", "implemented by the X": a body after these passes the money on.</summary>
    public PhrasesBefore ChannelMarkers { get; } = new(Words(lexicon, "channel-marker"), optionalThe: true);
    /// <summary>"from X", "pledged by the X": a party after these gives.</summary>
    public PhrasesBefore DonorMarkers { get; } = new(Words(lexicon, "source-marker").Concat(Words(lexicon, "agent-marker")), optionalThe: true);
    /// <summary>"pledged by the X": the agent of a passive verb of giving.</summary>
    public PhrasesBefore AgentMarkers { get; } = new(Words(lexicon, "agent-marker"), optionalThe: true);
    /// <summary>"refugees from X", "fleeing the war in X": after these "from" names where people came from.</summary>
    public PhrasesBefore OriginMarkers { get; } = new(
        from people in Words(lexicon, "people-on-the-move")
        from between in Words(lexicon, "conflict-noun").SelectMany(c => new[] { $" the {c}", $" the {c} in" }).Prepend("")
        select $"{people}{between} from", optionalThe: true);
    /// <summary>"according to X": a source of information, not of money.</summary>
    public PhrasesBefore AttributionMarkers { get; } = new(Words(lexicon, "attribution-marker"), optionalThe: true);
    /// <summary>"be", "was": before a participle, a passive verb.</summary>
    public PhrasesBefore PassiveAuxiliaries { get; } = new(Words(lexicon, "passive-auxiliary"));
    /// <summary>"the crisis in X", "the people of X": the place of need.</summary>
    public PhrasesBefore NeedMarkers { get; } = new(Words(lexicon, "need-noun").SelectMany(n => new[] { $"{n} in", $"{n} of" }), optionalThe: true);
    /// <summary>"in X", "in the X": a place where something is.</summary>
    public PhrasesBefore In { get; } = new(["in"]);
    /// <summary>"in X", "in the X".</summary>
    public PhrasesBefore InThe { get; } = new(["in"], optionalThe: true);
    /// <summary>"and", "while": before a giver of a list whose verb is left out.</summary>
    public IReadOnlyList<string> ListJoiners { get; } = Words(lexicon, "list-joiner");
    /// <summary>"will", "goes": right after an amount, a verb of which the amount is the subject ("$X will go to").</summary>
    public IReadOnlyList<string> AmountClauseVerbs { get; } = Words(lexicon, "amount-clause-verb");
    /// <summary>"in", "across": before the state a money's use is placed in.</summary>
    public IReadOnlyList<string> PurposePlacePrepositions { get; } = Words(lexicon, "purpose-place-preposition");
    /// <summary>"at", "during", "than": before a place that belongs to an event, a time or a comparison.</summary>
    public IReadOnlyList<string> PurposePlaceStops { get; } = Words(lexicon, "purpose-place-stop");
    /// <summary>"eastern", "rural": between "in (the)" and the state a money's use is placed in.</summary>
    public IReadOnlyList<string> PurposePlaceModifiers { get; } = Words(lexicon, "purpose-place-modifier");
    /// <summary>"for", "to": opening the phrase of a money's use before the state it is placed in.</summary>
    public IReadOnlyList<string> PurposePlaceOpeners { get; } = Words(lexicon, "purpose-place-opener");
    /// <summary>"from": opening the phrase of the use money is moved from, after a verb of reallocating.</summary>
    public IReadOnlyList<string> PurposePlaceSourceOpeners { get; } = Words(lexicon, "purpose-place-source-opener");
    /// <summary>"reaches", "arrives in": a headline's verbs of aid arriving.</summary>
    public IReadOnlyList<string> ArrivalVerbs { get; } = Words(lexicon, "arrival-verb");
    /// <summary>"hit", "stricken": after a hyphenated disaster word before a place.</summary>
    public IReadOnlyList<string> DisasterParticiples { get; } = Words(lexicon, "disaster-participle");

    /// <summary>"its", "their": pronouns pointing back at the sentence's subject.</summary>
    public IReadOnlyList<string> SubjectPossessives { get; } = Words(lexicon, "subject-possessive");
    /// <summary>"contribution", "pledge": aid nouns such a pronoun owns.</summary>
    public IReadOnlyList<string> OwnedAidNouns { get; } = Words(lexicon, "owned-aid-noun");

    /// <summary>"aid", "outlays": nouns of aid a giver owns.</summary>
    public IReadOnlyList<string> AidNouns { get; } = Words(lexicon, "aid-noun");
    /// <summary>"in", "of": words between an amount and the owner of its aid noun ("$X in US funding").</summary>
    public WordSet AmountOwnerMarkers { get; } = new(Words(lexicon, "amount-owner-marker"));
    /// <summary>"new humanitarian aid", "outlays": an aid noun (perhaps plural) after a qualifier and a kind.</summary>
    public PhrasesAfter OwnedAid { get; } = new(PhrasesAfter.Combinations(
        [Words(lexicon, "aid-qualifier"), Words(lexicon, "aid-kind")], Plurals(Words(lexicon, "aid-noun"))));
    /// <summary>The same phrase after a mention and perhaps its possessive, as a pattern for the headline's donor, which the
    /// context stage reads without the token layer.</summary>
    public System.Text.RegularExpressions.Regex OwnedAidAfter { get; } = new(
        @"^(?:[’']s)?\s(?:(?:" + Alternation(lexicon, "aid-qualifier") + @")\s)?(?:(?:" + Alternation(lexicon, "aid-kind") + @")\s)?(?:"
        + Alternation(lexicon, "aid-noun") + @")s?\b", Recognizers.TextPatterns.WindowOptions);
    /// <summary>"federal government", "humanitarian aid", "embassy": what a demonym before it makes a giver.</summary>
    public PhrasesAfter StateGivers { get; } = new(PhrasesAfter.Combinations(
        [Words(lexicon, "giver-qualifier"), Words(lexicon, "aid-kind")], Plurals(Words(lexicon, "aid-noun").Concat(Words(lexicon, "state-giver-noun")))));
    /// <summary>"army", "recovery": what a recipient owns or goes through.</summary>
    public PhrasesAfter RecipientOwn { get; } = new(Words(lexicon, "recipient-own"));
    /// <summary>"central government", "board": a state's or lender's own deciding body.</summary>
    public PhrasesAfter StateOwnBody { get; } = new(PhrasesAfter.Combinations([Words(lexicon, "body-level")], Words(lexicon, "state-own-body")));

    /// <summary>"received", "has received": a verb of receiving before its object.</summary>
    public PhrasesAfter ReceivingVerbs { get; } = new(Words(lexicon, "receiving-verb"));
    public IReadOnlyList<string> ReceivingVerbWords { get; } = Words(lexicon, "receiving-verb");
    /// <summary>"will receive", "would each receive", "is to get": receipt still to come, as written.</summary>
    public PhrasesAfter ReceiptsToCome { get; } = new(Words(lexicon, "receipt-to-come"));
    /// <summary>"add", "added": a verb whose money object the subject gives on top, as written.</summary>
    public WordSet AddingVerbs { get; } = new(Words(lexicon, "adding-verb"));
    /// <summary>"reallocated", "redirects": verbs whose object, a few words before the amount, is money the subject moves to a new use.</summary>
    public WordSet ReallocatingVerbs { get; } = new(Words(lexicon, "reallocating-verb"), caseSensitive: true);
    /// <summary>"make", "makes", "making": a light verb before a gift noun; "made" is its past.</summary>
    public IReadOnlyList<string> LightVerbs { get; } = Words(lexicon, "light-verb");
    public IReadOnlyList<string> LightVerbsPast { get; } = Words(lexicon, "light-verb-past");
    /// <summary>"will", "to": before a light verb, a gift still to be made.</summary>
    public IReadOnlyList<string> LightVerbFutures { get; } = Words(lexicon, "light-verb-future");
    public IReadOnlyList<string> GiftArticles { get; } = Words(lexicon, "gift-article");
    /// <summary>"further", "one-off": before a gift noun.</summary>
    public IReadOnlyList<string> GiftModifiers { get; } = Words(lexicon, "gift-modifier");
    public IReadOnlyList<string> GiftNouns { get; } = Words(lexicon, "gift-noun");
    /// <summary>"pledge", "commitment": a gift noun that is pledged whatever the verb's tense.</summary>
    public IReadOnlyList<string> PromisedGiftNouns { get; } = Words(lexicon, "promised-gift-noun");
    /// <summary>"humanitarian": between the amount and a gift noun after it.</summary>
    public IReadOnlyList<string> GiftKinds { get; } = Words(lexicon, "gift-kind");
    /// <summary>"of": between a gift noun and its amount.</summary>
    public IReadOnlyList<string> GiftOf { get; } = Words(lexicon, "gift-of");

    /// <summary>"agency", "budget": a body that gives out of what its owner holds, any case.</summary>
    public Text.Tokens.WordSet GivingBodyNouns { get; } = new(Words(lexicon, "giving-body-noun"));
    /// <summary>"the", "her": before an unnamed government; "its" only right before the subject.</summary>
    public IReadOnlyList<string> GovernmentDeterminers { get; } = Words(lexicon, "government-determiner");
    public IReadOnlyList<string> SubjectGovernmentDeterminers { get; } = Words(lexicon, "subject-government-determiner");
    /// <summary>"federal", "central": between the determiner and "government".</summary>
    public IReadOnlyList<string> GovernmentLevels { get; } = Words(lexicon, "government-level");
    public IReadOnlyList<string> GovernmentNouns { get; } = Words(lexicon, "government-noun");
    /// <summary>"will", "has", "also": between an unnamed government and its verb.</summary>
    public IReadOnlyList<string> GovernmentAuxiliaries { get; } = Words(lexicon, "government-auxiliary");

    /// <summary>"which", "that", "who": after a comma between a subject and its verb.</summary>
    /// <summary>"compared", "along": before "with", words that join the amount after it to another thing, as written.</summary>
    public WordSet WithCompanions { get; } = new(Words(lexicon, "with-companion"), caseSensitive: true);
    public IReadOnlyList<string> SubjectGapRelatives { get; } = Words(lexicon, "subject-gap-relative");
    /// <summary>"will", "has also", "is set to": between a subject and its verb, each entry as its words.</summary>
    public IReadOnlyList<string[]> SubjectGapAuxiliaries { get; } = [.. Words(lexicon, "subject-gap-auxiliary").Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>Function words a described recipient does not end on ("to", "of the"), as written.</summary>
    public WordSet DescriptionTrailingWords { get; } = new(Words(lexicon, "description-trailing-word"), caseSensitive: true);
    /// <summary>Nouns that point back at a state named elsewhere after "the" ("victims in the country"), as written.</summary>
    public IReadOnlyList<string> DescriptionStateNouns { get; } = Words(lexicon, "description-state-noun");
    /// <summary>The words of "(X) (most) affected" and "(X) (most) in need", as written.</summary>
    public WordSet DescriptionAffected { get; } = new(Words(lexicon, "description-affected"), caseSensitive: true);
    public WordSet DescriptionIn { get; } = new(Words(lexicon, "description-in"), caseSensitive: true);
    public WordSet DescriptionNeed { get; } = new(Words(lexicon, "description-need"), caseSensitive: true);
    public WordSet DescriptionDegree { get; } = new(Words(lexicon, "description-degree"), caseSensitive: true);

    /// <summary>Prepositions that make the state after them no agent ("to", "against"): state-prepositions.tsv.</summary>
    public IReadOnlySet<string> NonAgentPrepositions { get; } = lexicon.StatePrepositions.NonAgent;

    /// <summary>"the second-largest donor after X, having provided", "relief after Cyclone X": a party a time, ranking or likeness is
    /// measured against is no agent.</summary>
    public WordSet ComparisonPrepositions { get; } = new(Words(lexicon, "comparison-preposition"));

    /// <summary>"from", "in": before a budget money is drawn from or set aside in (<see cref="OwnBudgetSource"/>).</summary>
    public WordSet BudgetSourcePrepositions { get; } = new(Words(lexicon, "budget-source-preposition"), caseSensitive: true);
    /// <summary>"its", "their": a possessive determiner that makes a budget its owner's own.</summary>
    public WordSet BudgetOwnerDeterminers { get; } = new(Words(lexicon, "budget-owner-determiner"));
    /// <summary>"the": an article before a budget, which says no owner by itself.</summary>
    public WordSet BudgetArticles { get; } = new(Words(lexicon, "budget-article"));
    /// <summary>"state", "national", "own": a modifier of a state's own budget.</summary>
    public WordSet OwnBudgetModifiers { get; } = new(Words(lexicon, "own-budget-modifier"));
    /// <summary>"budget": the noun of a budget, own only with an owner's determiner or modifier.</summary>
    public WordSet BudgetNouns { get; } = new(Words(lexicon, "budget-noun"));
    /// <summary>"support": after "budget", a kind of aid paid into a recipient's budget, not the giver's own budget.</summary>
    public WordSet BudgetAidHeads { get; } = new(Words(lexicon, "budget-aid-head"));
    /// <summary>"treasury", "coffers": a state's own purse by itself.</summary>
    public WordSet OwnTreasuryNouns { get; } = new(Words(lexicon, "own-treasury-noun"));

    /// <summary>"asked", "appealed to": a verb of asking, with its preposition, before the party asked (<see cref="RequestAddressee"/>).</summary>
    public PhrasesBefore RequestAddressing { get; } = new(Words(lexicon, "request-addressing"));
    /// <summary>"from": before a party a request is made to, after the amount asked for.</summary>
    public PhrasesBefore SourceMarkers { get; } = new(Words(lexicon, "source-marker"), optionalThe: true);
    /// <summary>"$3 million to move grain from X", "$3 million for families returning from X": a purpose or beneficiary opener
    /// between an amount and "from" makes the "from" tell where, not who is asked.</summary>
    public WordSet PurposeOpeners { get; } = new(Words(lexicon, "purpose-opener"));
    /// <summary>The giver-group nouns and their modifiers as a token class, for a group asked for money.</summary>
    public WordSet GiverGroupWords { get; } = new(Words(lexicon, "giver-group"));
    public WordSet GroupModifierWords { get; } = new(Words(lexicon, "group-modifier"));

    /// <summary>"Bank": the head of an institution named after the state it belongs to ("Export-Import Bank of Zland").</summary>
    public IReadOnlyList<string> StateNamedBanks { get; } = Words(lexicon, "state-named-bank");

    /// <summary>A class missing from the file is an error, not an empty class: an empty alternation would match anywhere.</summary>
    private static IReadOnlyList<string> Words(Lexicon lexicon, string wordClass) =>
        lexicon.PartyWords.TryGetValue(wordClass, out var words) && words.Count > 0
            ? words
            : throw new FormatException($"party-words.tsv: no words of class {wordClass}");

    private static IEnumerable<string> Plurals(IEnumerable<string> nouns) => nouns.SelectMany(n => new[] { n, n + "s" });

    private static string Alternation(Lexicon lexicon, string wordClass) => Recognizers.TextPatterns.Alternation(Words(lexicon, wordClass));

    private static HashSet<string> Set(Lexicon lexicon, string wordClass) => new(Words(lexicon, wordClass), StringComparer.OrdinalIgnoreCase);
}
