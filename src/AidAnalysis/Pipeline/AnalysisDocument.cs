using AidAnalysis.Context;
using AidAnalysis.Frames;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Frames.Relations;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Clauses;
using AidAnalysis.Text.Cues;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Pipeline;

/// <summary>
/// The article plus every annotation the stages have added so far. Each stage returns a copy with
/// its own layer filled in; later stages read earlier layers instead of re-parsing the text.
/// </summary>
/// <remarks>The layers are held in three groups (<see cref="TextLayers"/>, <see cref="FoundLayers"/>, <see cref="FrameLayers"/>):
/// a stage's copy shares the groups it leaves alone and copies the document's five fields and the group it writes (at most
/// ten), where one flat record copied all 27 fields at every stage.</remarks>
public sealed record AnalysisDocument(Article Article)
{
    public string Text => Article.Text;

    private WordStarts? _words;
    private TextLayers _text = TextLayers.Empty;
    private FoundLayers _found = FoundLayers.Empty;
    private FrameLayers _frames = FrameLayers.Empty;

    /// <summary>Where the text's words begin, for lexicon lookups: noted by the tokenizer, or found on first use
    /// in a document built without it.</summary>
    public WordStarts Words { get => _words ??= WordStarts.Of(Article.Text); init => _words = value; }

    /// <summary>The tokens of the text (<see cref="Layer.Tokens"/>); empty until the tokenizer has run.</summary>
    public TokenLayer Tokens { get => _text.Tokens; init => _text = _text with { Tokens = value }; }

    /// <summary>Lexicon cues as typed spans (<see cref="Layer.Cues"/>); empty until the cue stage has run.</summary>
    public CueLayer Cues { get => _text.Cues; init => _text = _text with { Cues = value }; }

    /// <summary>The clauses of each sentence and the marks between them (<see cref="Layer.Clauses"/>); empty until the clause stage has run.</summary>
    public ClauseLayer Clauses { get => _text.Clauses; init => _text = _text with { Clauses = value }; }

    /// <summary>Lists, appositions, possessives and parentheticals (<see cref="Layer.Phrases"/>); empty until the phrase stage has run.</summary>
    public PhraseLayer Phrases { get => _text.Phrases; init => _text = _text with { Phrases = value }; }

    public IReadOnlyList<Span> Paragraphs { get => _text.Paragraphs; init => _text = _text with { Paragraphs = value }; }
    public IReadOnlyList<Sentence> Sentences { get => _text.Sentences; init => _text = _text with { Sentences = value }; }
    public IReadOnlyList<Quotation> Quotations { get => _text.Quotations; init => _text = _text with { Quotations = value }; }
    public IReadOnlyList<EntityMention> Entities { get => _found.Entities; init => _found = _found with { Entities = value }; }
    /// <summary>Where the amount patterns match (<see cref="Layer.AmountMatches"/>); null until scanned.</summary>
    public AmountMatches? AmountMatches { get => _found.AmountMatches; init => _found = _found with { AmountMatches = value }; }
    /// <summary>The time phrases the years stage dates (<see cref="Layer.YearMatches"/>); null until the year-scan stage has run.</summary>
    public YearMatches? YearMatches { get => _found.YearMatches; init => _found = _found with { YearMatches = value }; }
    public IReadOnlyList<MoneyMention> Money { get => _found.Money; init => _found = _found with { Money = value }; }

    /// <summary>The state the article is about (<see cref="Layer.HomeState"/>); null until the home-state stage has run or when
    /// no state is named as an agent.</summary>
    public string? HomeState { get => _found.HomeState; init => _found = _found with { HomeState = value }; }

    /// <summary>The dateline at the top of the body (<see cref="Layer.Dateline"/>); <see cref="Context.Dateline.None"/> until the
    /// dateline stage has run.</summary>
    public Dateline Dateline { get => _found.Dateline; init => _found = _found with { Dateline = value }; }
    public IReadOnlyList<YearMention> Years { get => _found.Years; init => _found = _found with { Years = value }; }

    /// <summary>The article read as a whole (<see cref="Layer.Context"/>): headline, dateline, reference date, home state;
    /// <see cref="DocumentContext.None"/> until the context stage has run.</summary>
    public DocumentContext Context { get => _found.Context; init => _found = _found with { Context = value }; }

    /// <summary>The date the text speaks from (<see cref="DocumentContext.ReferenceDate"/>).</summary>
    public DateOnly? ReferenceDate => Context.ReferenceDate;

    public int? ReferenceYear => ReferenceDate?.Year;

    /// <summary>A date printed in the text itself near the top (<see cref="DocumentContext.DatelineDate"/>).</summary>
    public DateOnly? DatelineDate => Context.DatelineDate;

    public IReadOnlyList<Actor> Actors { get => _frames.Actors; init => _frames = _frames with { Actors = value }; }

    /// <summary>Every mention of the actor layer sorted by position, built on first use and shared by the stages that
    /// read it (context, funding, aid items, claims); setting <see cref="Actors"/> drops it.</summary>
    public ActorMentionIndex ActorMentions => _frames.ActorMentions;

    /// <summary>The funding rows as the funding stage read each amount (<see cref="Layer.Funding"/>); how they relate is the
    /// <see cref="Relations"/> layer, and <see cref="RelatedFunding"/> is the two together.</summary>
    public IReadOnlyList<FundingFigure> Funding { get => _frames.Funding; init => _frames = _frames with { Funding = value }; }

    /// <summary>How the funding rows relate (<see cref="Layer.Relations"/>): part_of, converted_from, counted and the status
    /// or aid type the relations corrected, one per row; empty until the relations stage has run.</summary>
    public IReadOnlyList<FundingRelation> Relations { get => _frames.Relations; init => _frames = _frames with { Relations = value }; }

    /// <summary>The funding rows with their relations applied: what the checks, the analysis and every output read. Built
    /// on first use and shared; setting <see cref="Funding"/> or <see cref="Relations"/> drops it.</summary>
    public IReadOnlyList<FundingFigure> RelatedFunding => _frames.RelatedFunding;
    public IReadOnlyList<AidItem> AidItems { get => _frames.AidItems; init => _frames = _frames with { AidItems = value }; }
    public IReadOnlyList<Claim> Claims { get => _frames.Claims; init => _frames = _frames with { Claims = value }; }

    /// <summary>Who said what, where (<see cref="Layer.Attributions"/>); empty until the speakers stage has run.</summary>
    public IReadOnlyList<Attribution> Attributions { get => _frames.Attributions; init => _frames = _frames with { Attributions = value }; }

    /// <summary>Speakers the attributions name that are not in <see cref="Actors"/> (<see cref="Layer.Speakers"/>), numbered after them.</summary>
    public IReadOnlyList<Actor> Speakers { get => _frames.Speakers; init => _frames = _frames with { Speakers = value }; }
    public IReadOnlyList<FundingCheck> Checks { get => _frames.Checks; init => _frames = _frames with { Checks = value }; }

    /// <summary>The layers the text stages add: sentences, tokens, cues, clauses, phrases, quotations.</summary>
    private sealed record TextLayers
    {
        public static readonly TextLayers Empty = new();
        public TokenLayer Tokens { get; init; } = TokenLayer.None;
        public CueLayer Cues { get; init; } = CueLayer.None;
        public ClauseLayer Clauses { get; init; } = ClauseLayer.None;
        public PhraseLayer Phrases { get; init; } = PhraseLayer.None;
        public IReadOnlyList<Span> Paragraphs { get; init; } = [];
        public IReadOnlyList<Sentence> Sentences { get; init; } = [];
        public IReadOnlyList<Quotation> Quotations { get; init; } = [];
    }

    /// <summary>The layers the recognizers and the document context add: entities, amounts, years, dateline, home state.</summary>
    private sealed record FoundLayers
    {
        public static readonly FoundLayers Empty = new();
        public IReadOnlyList<EntityMention> Entities { get; init; } = [];
        public AmountMatches? AmountMatches { get; init; }
        public YearMatches? YearMatches { get; init; }
        public IReadOnlyList<MoneyMention> Money { get; init; } = [];
        public string? HomeState { get; init; }
        public Dateline Dateline { get; init; } = Dateline.None;
        public IReadOnlyList<YearMention> Years { get; init; } = [];
        public DocumentContext Context { get; init; } = DocumentContext.None;
    }

    /// <summary>The layers the frames add, with what is built from them on first use (dropped when what it reads is set).</summary>
    /// <remarks>One instance may be shared by several document copies; the <c>??=</c> caches are not locked, since a race only
    /// computes the same value twice.</remarks>
    private sealed record FrameLayers
    {
        public static readonly FrameLayers Empty = new();
        private IReadOnlyList<Actor> _actors = [];
        private ActorMentionIndex? _actorMentions;
        private IReadOnlyList<FundingFigure> _funding = [];
        private IReadOnlyList<FundingRelation> _relations = [];
        private IReadOnlyList<FundingFigure>? _relatedFunding;

        public IReadOnlyList<Actor> Actors
        {
            get => _actors;
            init { _actors = value; _actorMentions = null; }
        }

        public ActorMentionIndex ActorMentions => _actorMentions ??= new ActorMentionIndex(_actors);

        public IReadOnlyList<FundingFigure> Funding
        {
            get => _funding;
            init { _funding = value; _relatedFunding = null; }
        }

        public IReadOnlyList<FundingRelation> Relations
        {
            get => _relations;
            init { _relations = value; _relatedFunding = null; }
        }

        public IReadOnlyList<FundingFigure> RelatedFunding => _relatedFunding ??= FundingRelation.Compose(_funding, _relations);
        public IReadOnlyList<AidItem> AidItems { get; init; } = [];
        public IReadOnlyList<Claim> Claims { get; init; } = [];
        public IReadOnlyList<Attribution> Attributions { get; init; } = [];
        public IReadOnlyList<Actor> Speakers { get; init; } = [];
        public IReadOnlyList<FundingCheck> Checks { get; init; } = [];
    }

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Money mentions that overlap <paramref name="span"/>, in text order.</summary>
    public IEnumerable<MoneyMention> MoneyOverlapping(Span span) => Overlapping(Money, m => m.Span, span, within: false);

    /// <summary>Year mentions inside <paramref name="span"/>, in text order.</summary>
    public IEnumerable<YearMention> YearsWithin(Span span) => Overlapping(Years, y => y.Span, span, within: true);

    /// <summary>Items of a layer sorted by position and not overlapping each other that overlap <paramref name="span"/> (and lie
    /// inside it when <paramref name="within"/>), found by binary search. Most readers only ask whether there are any, and most
    /// stretches hold none: that answer is an empty array. A stretch that holds a few gets them as an array, which is smaller
    /// than an iterator and which <c>Any</c> answers by its length; only a stretch that holds more gets an iterator.</summary>
    private static IEnumerable<T> Overlapping<T>(IReadOnlyList<T> items, Func<T, Span> spanOf, Span span, bool within)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spanOf(items[mid]).End <= span.Start) lo = mid + 1; else hi = mid;
        }
        Span<int> few = stackalloc int[MostInArray];
        var count = 0;
        for (var i = lo; i < items.Count && spanOf(items[i]).Start < span.End; i++)
        {
            if (!Takes(spanOf(items[i]), span, within)) continue;
            if (count == MostInArray) return OverlappingFrom(items, spanOf, span, within, few[0]);
            few[count++] = i;
        }
        if (count == 0) return [];
        var found = new T[count];
        for (var k = 0; k < count; k++) found[k] = items[few[k]];
        return found;
    }

    /// <summary>The most overlapping items <see cref="Overlapping{T}"/> hands back as an array.</summary>
    private const int MostInArray = 4;

    private static IEnumerable<T> OverlappingFrom<T>(IReadOnlyList<T> items, Func<T, Span> spanOf, Span span, bool within, int first)
    {
        for (var i = first; i < items.Count && spanOf(items[i]).Start < span.End; i++)
            if (Takes(spanOf(items[i]), span, within)) yield return items[i];
    }

    private static bool Takes(Span item, Span span, bool within) => item.Overlaps(span) && (!within || span.Contains(item));

    /// <summary>Entity mentions inside <paramref name="span"/>, in text order.</summary>
    public IEnumerable<EntityMention> EntitiesIn(Span span) => Overlapping(Entities, e => e.Span, span, within: true);

    /// <summary>Entity mentions whose span ends in [<paramref name="from"/>, <paramref name="to"/>], in text order
    /// (mentions do not overlap, so they are sorted by end as well as by start).</summary>
    public IEnumerable<EntityMention> EntitiesEndingIn(int from, int to)
    {
        int lo = 0, hi = Entities.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Entities[mid].Span.End < from) lo = mid + 1; else hi = mid;
        }
        // As in Overlapping: none is an empty array, a few an array, more an iterator.
        var end = lo;
        while (end < Entities.Count && Entities[end].Span.End <= to)
            if (++end - lo > MostInArray) return EntitiesFrom(lo, to);
        if (end == lo) return [];
        var found = new EntityMention[end - lo];
        for (var i = lo; i < end; i++) found[i - lo] = Entities[i];
        return found;
    }

    private IEnumerable<EntityMention> EntitiesFrom(int first, int to)
    {
        for (var i = first; i < Entities.Count && Entities[i].Span.End <= to; i++) yield return Entities[i];
    }

    /// <summary>The actor a mention belongs to, found through its span.</summary>
    public Actor? ActorAt(Span mention) =>
        Actors.FirstOrDefault(a => a.Mentions.Contains(mention));

    /// <summary>This document with <paramref name="layer"/> as <paramref name="other"/> holds it: how the pipeline joins the
    /// documents of stages that ran side by side.</summary>
    public AnalysisDocument WithLayer(Layer layer, AnalysisDocument other) => layer switch
    {
        Layer.Text => this,
        Layer.Paragraphs => this with { Paragraphs = other.Paragraphs },
        Layer.Sentences => this with { Sentences = other.Sentences },
        Layer.Tokens => this with { Tokens = other.Tokens, Words = other.Words },
        Layer.Cues => this with { Cues = other.Cues },
        Layer.Clauses => this with { Clauses = other.Clauses },
        Layer.Phrases => this with { Phrases = other.Phrases },
        Layer.Quotations => this with { Quotations = other.Quotations },
        Layer.Entities => this with { Entities = other.Entities },
        Layer.Money => this with { Money = other.Money },
        Layer.Years => this with { Years = other.Years },
        Layer.HomeState => this with { HomeState = other.HomeState },
        Layer.Dateline => this with { Dateline = other.Dateline },
        Layer.Actors => this with { Actors = other.Actors },
        Layer.Context => this with { Context = other.Context },
        Layer.Funding => this with { Funding = other.Funding },
        Layer.Relations => this with { Relations = other.Relations },
        Layer.Checks => this with { Checks = other.Checks },
        Layer.AidItems => this with { AidItems = other.AidItems },
        Layer.Claims => this with { Claims = other.Claims },
        Layer.Attributions => this with { Attributions = other.Attributions },
        Layer.Speakers => this with { Speakers = other.Speakers },
        Layer.AmountMatches => this with { AmountMatches = other.AmountMatches },
        Layer.YearMatches => this with { YearMatches = other.YearMatches },
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "a layer the document does not hold"),
    };

    /// <summary>The result rows: the article with what its text prints about itself (<see cref="PrintedMetadata"/>), actors then
    /// speakers, the claims with the figures and items they mention (<see cref="ClaimLinks"/>), the funding rows with their relations.</summary>
    public ArticleAnalysis ToAnalysis() => new(Article with { Metadata = PrintedMetadata.Fill(Article.Metadata, Context, Actors) },
        Speakers.Count == 0 ? Actors : [.. Actors, .. Speakers],
        ClaimLinks.Apply(Claims, Funding, AidItems), RelatedFunding, AidItems) { Checks = Checks };
}
