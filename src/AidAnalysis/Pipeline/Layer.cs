namespace AidAnalysis.Pipeline;

/// <summary>The layers of an <see cref="AnalysisDocument"/>; stages declare which they need and which they add.</summary>
public enum Layer
{
    /// <summary>The article text and where its words begin: present in every document.</summary>
    Text,
    Paragraphs,
    Sentences,
    /// <summary>Words, numbers, clitics and punctuation with offsets, sentence, shape and lemma; also where words begin.</summary>
    Tokens,
    /// <summary>Reporting, funding, hedge, negation, aid-type and time cues of the lexicon as typed spans.</summary>
    Cues,
    /// <summary>Each sentence divided into clauses at a semicolon or a comma and a contrasting subordinator ("..., while ..."),
    /// with the marks between them (<see cref="Text.Clauses.ClauseLayer"/>).</summary>
    Clauses,
    /// <summary>Coordinated lists, appositions, possessives and parentheticals read from the tokens of each sentence
    /// (<see cref="Text.Phrases.PhraseLayer"/>).</summary>
    Phrases,
    Quotations,
    Entities,
    Money,
    Years,
    Actors,
    /// <summary>The state the article is about: named most often as an agent or owner rather than as a destination
    /// (<see cref="Recognizers.StateSalience.HomeCountry"/>), read once from the entities for the actors and the context.</summary>
    HomeState,
    /// <summary>The dateline at the top of the body (<see cref="Context.Dateline"/>): its forms, the state it names and the date
    /// printed near the top, read once for the actors and the context.</summary>
    Dateline,
    /// <summary>The article read as a whole: headline and what it names, byline, dateline, the reference date (publication date or
    /// dateline, for relative years and the exchange-rate year), dominant aid type and home state.</summary>
    Context,
    /// <summary>Money amounts with the aid frame around each, as its own sentence reads it (donor, recipient, status, aid type,
    /// year, conversion pair); no stage rewrites it.</summary>
    Funding,
    /// <summary>How the funding rows relate, one record per row keyed by its id: part_of, converted_from, counted, and the status
    /// or aid type the relations showed to differ from the row's own sentence. <see cref="AnalysisDocument.RelatedFunding"/>
    /// composes it with <see cref="Funding"/> for the checks, the analysis and the outputs.</summary>
    Relations,
    /// <summary>Figures that do not add up, citing their spans.</summary>
    Checks,
    AidItems,
    /// <summary>Attributed statements: speaker, cue, quote or reported, hedged, negated. The figures and aid items a claim
    /// mentions are read from their own layers when the analysis is made (<see cref="Frames.ClaimLinks"/>).</summary>
    Claims,
    /// <summary>Who said what, where: each statement's speaker, cue and span as the attribution rules find them
    /// (<see cref="Frames.Claims.Attribution"/>), read by the claims stage.</summary>
    Attributions,
    /// <summary>Speakers the actor layer does not hold: unnamed groups ("officials said") and titles standing for a person
    /// nobody named, found by the speakers stage with the attributions; the analysis lists them after the actors.</summary>
    Speakers,
    /// <summary>Where the whole-text amount patterns match (bounds only), found from the text alone so that on a long text the
    /// scan runs beside the entity recognizer; the money stage reads the amounts at these bounds.</summary>
    AmountMatches,
    /// <summary>The relative years, years ago and days or months of the text (<see cref="Recognizers.YearMatches"/>), read on the
    /// tokens before the reference date is known, so that on a long text the reading runs beside the entity recognizer instead
    /// of after the document context; the years stage dates them.</summary>
    YearMatches,
}
