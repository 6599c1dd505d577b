using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>The lexicon's words as the claim rules look them up, built once per lexicon.</summary>
internal sealed class ClaimVocabulary(Lexicon lexicon)
{
    public Lexicon Lexicon { get; } = lexicon;

    /// <summary>Reporting verbs, and "according to": every cue a claim may hang on, read from the cue and token layers.</summary>
    public ReportingCues Cues { get; } = new(lexicon);

    /// <summary>Last words of the lexicon's titles ("minister", "secretary", "chief"), case-insensitively.</summary>
    public IReadOnlySet<string> TitleHeads { get; } = TitleHeadsOf(lexicon);

    /// <summary>The last claim word of each title, read on the title's tokens, when longer than three characters.</summary>
    private static HashSet<string> TitleHeadsOf(Lexicon lexicon)
    {
        var tokenizer = new Tokenizer(lexicon);
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var title in lexicon.Titles)
        {
            var words = tokenizer.Tokenize(title, []).Tokens.ClaimWordsIn(new Span(0, title.Length), int.MaxValue);
            if (words.Count > 0 && words[^1].Length > 3) heads.Add(title[words[^1].Start..words[^1].End]);
        }
        return heads;
    }

    /// <summary><see cref="TitleHeads"/>, looked up by a word's characters.</summary>
    public WordSet TitleHeadWords => _titleHeadWords ??= new WordSet(TitleHeads);

    private WordSet? _titleHeadWords;

    /// <summary>The lexicon's group nouns, looked up by span before a group phrase builds any string.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupNouns { get; } =
        new HashSet<string>(lexicon.GroupSpeakers, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>", while X said", ", as the UN warned": subordinators joining a clause with a subject of its own.</summary>
    public WordSet JoinedClauseOpeners { get; } = Class(lexicon, "joined-clause");

    /// <summary>"X, who ... warned": relative pronouns whose clause describes the subject before the cue.</summary>
    public WordSet SubjectRelatives { get; } = Class(lexicon, "relative-subject");

    /// <summary>"..., noted a trader who ...": relative pronouns opening a clause about a speaker named after the cue.</summary>
    public WordSet Relatives { get; } = Class(lexicon, "relative");

    /// <summary>"X, 54, has also said": auxiliaries and adverbs between an aside and its cue.</summary>
    public WordSet AsideAuxiliaries { get; } = Class(lexicon, "aside-auxiliary");

    public WordSet SpokespersonNouns { get; } = Class(lexicon, "spokesperson");

    public WordSet SpokespersonRanks { get; } = Class(lexicon, "spokesperson-rank");

    public WordSet PartitiveQuantifiers { get; } = Class(lexicon, "partitive-quantifier");

    public WordSet PartitivePrepositions { get; } = Class(lexicon, "partitive-preposition");

    public WordSet PartitivePronouns { get; } = Class(lexicon, "partitive-pronoun");

    /// <summary>Auxiliaries and modals that make a phrase a clause: see <see cref="FiniteVerb"/>.</summary>
    public WordSet FiniteAuxiliaries { get; } = Class(lexicon, "finite-auxiliary");

    /// <summary>First words after ", said X," that start an apposition or an adjunct about the speaker, not the rest of the statement.</summary>
    public WordSet ContinuationBlockers { get; } = Class(lexicon, "continuation-blocker");

    /// <summary>", said X, the minister,": determiners that open an apposition to a speaker named after its cue.</summary>
    public WordSet AppositionDeterminers { get; } = Class(lexicon, "apposition-determiner");

    /// <summary>"the report seen by", "figures published by": what follows a document named after "according to".</summary>
    public WordSet SourceQualifiers { get; } = Class(lexicon, "source-qualifier");

    /// <summary>"ministry data", "UN estimates": figures that stand for the body that compiled them.</summary>
    public WordSet DataNouns { get; } = Class(lexicon, "data-noun");

    /// <summary>"published", "released": a participle whose "by" agent issued the data it follows.</summary>
    public WordSet IssuingParticiples { get; } = Class(lexicon, "issuing-participle");

    /// <summary>"report", "statement", "fact sheet": a document whose issuing participle's "by" agent issued it.</summary>
    public WordSet DocumentNouns { get; } = Class(lexicon, "document-noun");

    /// <summary>"statement", "press release", "website": a text in which a body speaks for itself.</summary>
    public WordSet StatementNouns { get; } = Class(lexicon, "statement-noun");

    /// <summary>"published", "compiled": an issuing participle whose object is always a text or data, whatever its noun.</summary>
    public WordSet PublishingParticiples { get; } = Class(lexicon, "publishing-participle");

    /// <summary>"According to its chair, X, ...": determiners that open a description of a source.</summary>
    public WordSet SourceDeterminers { get; } = Class(lexicon, "source-determiner");

    public WordSet IndefiniteArticles { get; } = Class(lexicon, "indefinite-article");

    public WordSet ThatAdjunctOpeners { get; } = Class(lexicon, "that-adjunct-opener");

    public WordSet HearerDeterminers { get; } = Class(lexicon, "hearer-determiner");

    /// <summary>"told", "tells": reporting verbs whose object is the hearer and whose statement is a clause after it.</summary>
    public WordSet HearerObjectCues { get; } = Class(lexicon, "hearer-object-cue");

    /// <summary>"after", "on", "yesterday": the first word of an adjunct after such a hearer ("told reporters after the session").</summary>
    public WordSet HearerAdjunctOpeners { get; } = Class(lexicon, "hearer-adjunct-opener");

    /// <summary>"said", "noted": cues that may close their sentence after the statement ("..., the source said").</summary>
    public WordSet PostpositionCues { get; } = Class(lexicon, "postposition-cue");

    /// <summary>"on", "yesterday", as written: the first word of the adjuncts after a sentence-final cue ("said on Tuesday").</summary>
    public WordSet FinalAdjunctOpeners { get; } = AsWritten(lexicon, "final-adjunct-opener");

    /// <summary>"yesterday", "tonight", as written: a time word standing alone after a sentence-final cue.</summary>
    public WordSet FinalTimeWords { get; } = AsWritten(lexicon, "final-time-word");

    /// <summary>"the", "their", as written: a determiner opening the speaker named after a sentence-final cue ("said the minister").</summary>
    public WordSet FinalSpeakerDeterminers { get; } = AsWritten(lexicon, "final-speaker-determiner");

    /// <summary>"in", "last", as written: the first word of a short phrase ending the sentence after its cue ("said last week").</summary>
    public WordSet FinalPhraseOpeners { get; } = AsWritten(lexicon, "final-phrase-opener");

    /// <summary>Subjects that open a clause, as written: lower case, and "I".</summary>
    public WordSet ClauseSubjects { get; } = Class(lexicon, "clause-subject");

    public WordSet AnaphoricObjects { get; } = Class(lexicon, "anaphoric-object");

    public WordSet AnaphoricAdjuncts { get; } = Class(lexicon, "anaphoric-adjunct");

    public WordSet RefusalObjects { get; } = Class(lexicon, "refusal-object");

    /// <summary>The forms of the negated saying entries of reporting-verbs.txt ("did not say", "has not said"), any case.</summary>
    public IReadOnlySet<string> NegatedSayings { get; } =
        lexicon.ReportingVerbEntries.Where(e => e.Negated).SelectMany(e => e.Forms).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"a curfew", "a national disaster"; <see cref="DeclaredStateOf"/> heads "a state of emergency".</summary>
    public WordSet DeclaredStates { get; } = Class(lexicon, "declared-state");

    public WordSet DeclaredStateOf { get; } = Class(lexicon, "declared-state-of");

    public WordSet DeclarationDeterminers { get; } = Class(lexicon, "declaration-determiner");

    /// <summary>"court", "tribunal": what "appealed to" names when the appeal is against a ruling.</summary>
    public WordSet AppealForums { get; } = Class(lexicon, "appeal-forum");

    /// <summary>"appealed to": the cue forms whose object may be a court.</summary>
    public WordSet AppealCues { get; } = Class(lexicon, "appeal-cue");

    /// <summary>"for", "against": words that close the noun phrase after "appealed to".</summary>
    public WordSet AppealObjectEnds { get; } = Class(lexicon, "appeal-object-end");

    /// <summary>"who", as written: the relative pronoun that is a person's subject.</summary>
    public WordSet PersonalRelativeSubjects { get; } = new(lexicon.ClaimWordClasses.GetValueOrDefault("personal-relative-subject", []), caseSensitive: true);

    public WordSet TrailingAttributionVerbs { get; } = Class(lexicon, "trailing-attribution-verb");

    /// <summary>"several senior officials": lower-case words kept before a group noun in its phrase.</summary>
    public WordSet GroupModifiers { get; } = Class(lexicon, "group-modifier");
    public WordSet SourcePostmodifiers { get; } = Class(lexicon, "source-postmodifier");

    /// <summary>"on Monday", "in Geneva": prepositions opening a time or place adjunct.</summary>
    public WordSet PlacePrepositions { get; } = Class(lexicon, "place-preposition");

    /// <summary>"put", "valued", "pegged": verbs that estimate their object's figure after "at".</summary>
    public WordSet ValuationVerbs { get; } = Class(lexicon, "valuation-verb");

    /// <summary>"put": valuation verbs with other senses ("put the question at 11 a.m."), an estimate only of a valuation object.</summary>
    public WordSet BroadValuationVerbs { get; } = Class(lexicon, "valuation-verb-broad");

    /// <summary>"about", "more than": words that approximate the figure after "at".</summary>
    public WordSet ValuationApproximators { get; } = Class(lexicon, "valuation-approximator");

    /// <summary>"cost", "toll", "needs": nouns of an amount that "put ... at" estimates.</summary>
    public WordSet ValuationObjects { get; } = Class(lexicon, "valuation-object");

    private static WordSet Class(Lexicon lexicon, string name) => new(lexicon.ClaimWordClasses.GetValueOrDefault(name, []));

    private static WordSet AsWritten(Lexicon lexicon, string name) => new(lexicon.ClaimWordClasses.GetValueOrDefault(name, []), caseSensitive: true);
}
