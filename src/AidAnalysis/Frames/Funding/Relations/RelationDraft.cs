using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// The funding rows of one article while the relation rules link them: the rows stay immutable records, replaced
/// with <c>with</c> in this per-run array; nothing here outlives one document (the relations stage turns what changed
/// into its own layer, the checks read the rows with those relations applied).
/// </summary>
internal sealed class RelationDraft
{
    private readonly HashSet<int> _cumulative = [];
    private readonly HashSet<int> _includesNews = [];
    private readonly HashSet<int> _programmes = [];

    private readonly Dictionary<int, int> _rowByMention = [];
    private readonly Dictionary<string, int> _rowById = new(StringComparer.Ordinal);
    /// <summary>Each row's parent row (-1 for none), kept with the links so that walking up never looks an id up.</summary>
    private readonly int[] _parent;
    private readonly Span[] _bodySpan;
    private readonly bool[] _onlyInHeadline;
    /// <summary>For each sentence, the money mentions inside it that are no conversion and belong to a row, in text order;
    /// built on first use (the checks never ask).</summary>
    private (Span Mention, int Row)[][]? _amountsBySentence;
    private int[]? _bodyParagraph;
    /// <summary>The rows converted from each id, in row order; built on first use, kept current by <see cref="MarkConversion"/>.</summary>
    private Dictionary<string, List<int>>? _conversionsById;

    public RelationDraft(AnalysisDocument document, IReadOnlyList<FundingFigure> figures)
    {
        Document = document;
        Figures = figures.ToArray();
        Headline = document.Paragraphs.Count > 1 && document.Article.Metadata.Title is not null ? document.Paragraphs[0] : default;
        for (var i = 0; i < Figures.Length; i++)
        {
            _rowById.TryAdd(Figures[i].Id, i);
            _rowByMention.TryAdd(Figures[i].Span.Start, i);
            foreach (var m in Figures[i].Mentions) _rowByMention.TryAdd(m.Start, i);
        }
        _parent = new int[Figures.Length];
        _bodySpan = new Span[Figures.Length];
        _onlyInHeadline = new bool[Figures.Length];
        var primary = new List<int>(Figures.Length);
        for (var i = 0; i < Figures.Length; i++)
        {
            _parent[i] = IndexOf(Figures[i].PartOfId);
            _bodySpan[i] = FirstBodyMention(Figures[i]);
            _onlyInHeadline[i] = Headline.Length > 0 && Figures[i].Mentions.All(Headline.Contains);
            if (Figures[i].ConvertedFromId is null) primary.Add(i);
        }
        PrimaryRows = [.. primary];
    }

    private Span FirstBodyMention(FundingFigure figure)
    {
        foreach (var m in figure.Mentions)
            if (!Headline.Contains(m)) return m;
        return figure.Span;
    }

    private (Span Mention, int Row)[][] AmountsBySentence()
    {
        var document = Document;
        var bySentence = new List<(Span, int)>?[document.Sentences.Count];
        foreach (var money in document.Money)
        {
            if (money.ConvertedFrom is not null || RowAt(money.Span.Start) is not (>= 0 and var row)) continue;
            var s = document.SentenceIndexAt(money.Span.Start);
            if (s < 0 || !document.Sentences[s].Span.Contains(money.Span)) continue;
            (bySentence[s] ??= []).Add((money.Span, row));
        }
        return Array.ConvertAll(bySentence, list => list is null ? [] : list.ToArray());
    }

    private int[] PrimaryRows { get; set; }

    public AnalysisDocument Document { get; }

    public string Text => Document.Text;

    public FundingFigure[] Figures { get; }

    /// <summary>The headline paragraph, or an empty span when the text has none.</summary>
    public Span Headline { get; }

    /// <summary>Rows that are not a restatement in another currency, in text order: the rows relations link.</summary>
    public IReadOnlyList<int> Primary => PrimaryRows;

    public int IndexOf(string? id) => id is not null && _rowById.TryGetValue(id, out var i) ? i : -1;

    public int? Parent(int i) => _parent[i] >= 0 ? _parent[i] : null;

    /// <summary>The wholes above <paramref name="row"/>, nearest first; links never form a cycle, and the walk stops at the
    /// row count anyway.</summary>
    public IEnumerable<int> WholesAbove(int row)
    {
        var steps = 0;
        for (var up = Parent(row); up is { } whole && steps <= Figures.Length; up = Parent(whole), steps++) yield return whole;
    }

    /// <summary>The row a money mention at <paramref name="start"/> belongs to (repeats are merged into one row).</summary>
    public int RowAt(int start) => _rowByMention.TryGetValue(start, out var i) ? i : -1;

    /// <summary>Where the row is read in the body: its first mention outside the headline, else its first mention.</summary>
    public Span BodySpan(int i) => _bodySpan[i];

    public bool OnlyInHeadline(int i) => _onlyInHeadline[i];

    /// <summary>The sentences a row is mentioned in.</summary>
    public HashSet<int> SentencesOf(int i) => Figures[i].Mentions.Select(m => Document.SentenceIndexAt(m.Start)).Where(s => s >= 0).ToHashSet();

    /// <summary>The paragraph of the row's body mention (<see cref="BodySpan"/>), or -1 outside every sentence.</summary>
    public int BodyParagraph(int i)
    {
        if (_bodyParagraph is null)
        {
            _bodyParagraph = new int[Figures.Length];
            for (var row = 0; row < Figures.Length; row++) _bodyParagraph[row] = Paragraph(_bodySpan[row]);
        }
        return _bodyParagraph[i];
    }

    public int Paragraph(Span mention) => Document.SentenceIndexAt(mention.Start) is var s and >= 0 ? Document.Sentences[s].Paragraph : -1;

    public Span SentenceOf(Span mention) => Document.SentenceIndexAt(mention.Start) is var s and >= 0 ? Document.Sentences[s].Span : mention;

    /// <summary>Money mentions of primary rows inside a span, in text order, with their row.</summary>
    public IEnumerable<(Span Mention, int Row)> AmountsIn(Span scope) =>
        Document.MoneyOverlapping(scope).Where(m => scope.Contains(m.Span) && m.ConvertedFrom is null)
            .Select(m => (m.Span, RowAt(m.Span.Start))).Where(x => x.Item2 >= 0 && Figures[x.Item2].ConvertedFromId is null);

    /// <summary>Money mentions of primary rows inside sentence <paramref name="sentence"/>, in text order, with their row
    /// (as <see cref="AmountsIn"/> on the sentence's span, from an index built once).</summary>
    public List<(Span Mention, int Row)> AmountsInSentence(int sentence)
    {
        var all = (_amountsBySentence ??= AmountsBySentence())[sentence];
        var amounts = new List<(Span, int)>(all.Length);
        foreach (var amount in all)
            if (Figures[amount.Row].ConvertedFromId is null) amounts.Add(amount);
        return amounts;
    }

    /// <summary>Whether sentence <paramref name="sentence"/> holds any money mention of a row.</summary>
    public bool HasAmounts(int sentence) => (_amountsBySentence ??= AmountsBySentence())[sentence].Length > 0;

    /// <summary>The stretch of the sentence from its start (or from <paramref name="floor"/>) up to the mention, at most
    /// <paramref name="reach"/> characters.</summary>
    public Span Before(Span mention, int reach, int? floor = null)
    {
        var start = Math.Max(floor ?? SentenceOf(mention).Start, mention.Start - reach);
        return new Span(Math.Min(start, mention.Start), mention.Start);
    }

    public bool IsCumulative(int i) => _cumulative.Contains(i);

    /// <summary>A running total stated as including the news ("brings the total to", "is now").</summary>
    public bool IncludesNews(int i) => _includesNews.Contains(i);

    public bool IsProgramme(int i) => _programmes.Contains(i);

    public void MarkCumulative(int i, bool includesNews)
    {
        _cumulative.Add(i);
        if (includesNews) _includesNews.Add(i);
    }

    public void MarkProgramme(int i) => _programmes.Add(i);

    public double? Usd(int i) => Figures[i].ValueUsd;

    /// <summary>Whether row <paramref name="a"/> is smaller than row <paramref name="b"/>: by value in one currency, else in US dollars.</summary>
    public bool Smaller(int a, int b)
    {
        var (x, y) = (Figures[a], Figures[b]);
        if (x.Currency == y.Currency && x.Value is { } va && y.Value is { } vb) return va < vb;
        return x.ValueUsd is { } ua && y.ValueUsd is { } ub && ua < ub;
    }

    /// <summary>The first row pledged, allocated or delivered in text order that is no running total: what the story leads with.</summary>
    public int Lead => Primary
        .Where(i => Figures[i].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered && !IsCumulative(i))
        .DefaultIfEmpty(-1).First();

    /// <summary>Whether a sentence names a giver: in its words, or through an actor mentioned there whose name or affiliation it is.</summary>
    public bool Names(Span sentence, string? donor) =>
        donor is null
        || Text.AsSpan(sentence.Start, sentence.Length).Contains(donor, StringComparison.OrdinalIgnoreCase)
        || Document.Actors.Any(a => (string.Equals(a.Name, donor, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Affiliation, donor, StringComparison.OrdinalIgnoreCase))
            && a.Mentions.Any(sentence.Contains));

    public bool SameDonorOrUnknown(int a, int b) =>
        Figures[a].Donor is null || Figures[b].Donor is null || string.Equals(Figures[a].Donor, Figures[b].Donor, StringComparison.OrdinalIgnoreCase);

    public bool SameKnownDonor(int a, int b) =>
        Figures[a].Donor is not null && string.Equals(Figures[a].Donor, Figures[b].Donor, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="ancestor"/> is reached from <paramref name="i"/> through part_of links.</summary>
    public bool IsAncestor(int ancestor, int i)
    {
        // A chain longer than the rows has come round a loop (only a malformed input row can make one).
        var steps = 0;
        for (var at = _parent[i]; at >= 0 && steps++ < Figures.Length; at = _parent[at])
            if (at == ancestor) return true;
        return false;
    }

    /// <summary>Links a row to its parent unless it has one, either is a conversion, or the link would close a loop.</summary>
    public bool TryLink(int child, int parent)
    {
        if (child == parent || child < 0 || parent < 0) return false;
        var c = Figures[child];
        if (c.PartOfId is not null || c.ConvertedFromId is not null || Figures[parent].ConvertedFromId is not null) return false;
        if (IsAncestor(child, parent)) return false;
        Figures[child] = c with { PartOfId = Figures[parent].Id };
        _parent[child] = IndexOf(Figures[parent].Id);
        return true;
    }

    /// <summary>Moves a linked row to another parent unless that would close a loop.</summary>
    public bool Relink(int child, int parent)
    {
        if (child == parent || _parent[child] < 0 || IsAncestor(child, parent)) return false;
        Figures[child] = Figures[child] with { PartOfId = Figures[parent].Id };
        _parent[child] = parent;
        return true;
    }

    public IEnumerable<int> Children(int parent) => ChildrenAmong(PrimaryRows, parent);

    /// <summary>One iterator per call, where a filter over the rows took a closure, a delegate and an iterator.</summary>
    private IEnumerable<int> ChildrenAmong(int[] rows, int parent)
    {
        foreach (var i in rows)
            if (_parent[i] == parent) yield return i;
    }

    /// <summary>The news figure a sentence without its own amount points back to ("This", "the new funding"): the nearest
    /// earlier row that is neither a running total, a request nor earlier money; in <paramref name="currency"/> when given
    /// (the parts of a figure are told in its currency, while a restatement in another one may stand nearer), and that
    /// <paramref name="where"/> accepts when given.</summary>
    public int NewsBefore(int offset, int excluding = -1, string? currency = null, Func<int, bool>? where = null)
    {
        var news = -1;
        foreach (var i in PrimaryRows)
            if (i != excluding && _bodySpan[i].Start < offset && !IsCumulative(i)
                && (currency is null || Figures[i].Currency == currency)
                && Figures[i].Status is not (FundingStatus.Previous or FundingStatus.Requested)
                && (where is null || where(i))
                && (news < 0 || _bodySpan[i].Start > _bodySpan[news].Start))
                news = i;
        return news;
    }

    /// <summary>The earliest row telling the same value in the same currency as row <paramref name="i"/> (a summary line or
    /// lede the frame kept apart), or <paramref name="i"/> itself: where a restated figure's parts belong.</summary>
    public int FirstTelling(int i)
    {
        var (f, first) = (Figures[i], i);
        foreach (var j in PrimaryRows)
            if (_bodySpan[j].Start < _bodySpan[first].Start && Figures[j].Value == f.Value && Figures[j].Currency == f.Currency && !IsCumulative(j))
                first = j;
        return first;
    }

    public void SetStatus(int i, FundingStatus status) => Figures[i] = Figures[i] with { Status = status };

    /// <summary>Sets the row's status, and that of its conversions that tell none of their own: a conversion restates its
    /// row's money. The conversions are looked up by id, so a document's rows are walked once, not once per row.</summary>
    public void SetStatusWithConversions(int row, FundingStatus status)
    {
        SetStatus(row, status);
        foreach (var i in ConversionsOf(row))
            if (Figures[i].Status == FundingStatus.Unspecified) SetStatus(i, status);
    }

    /// <summary>Gives the row and its conversions <paramref name="type"/>, each only where it tells no type of its own (a
    /// headline figure made a conversion keeps the type its own sentence gave it).</summary>
    public void SetTypeWhereUnspecified(int row, AidType type)
    {
        void Set(int i)
        {
            if (Figures[i].AidType == AidType.Unspecified) Figures[i] = Figures[i] with { AidType = type };
        }
        Set(row);
        foreach (var i in ConversionsOf(row)) Set(i);
    }

    /// <summary>Gives the row and its conversions <paramref name="year"/>, each only where it tells no year of its own.</summary>
    public void SetYearWhereUnknown(int row, int year)
    {
        void Set(int i)
        {
            if (Figures[i].Year is null) Figures[i] = Figures[i] with { Year = year };
        }
        Set(row);
        foreach (var i in ConversionsOf(row)) Set(i);
    }

    /// <summary>The rows that restate <paramref name="row"/>'s money in another currency, looked up by id (built once).</summary>
    public IReadOnlyList<int> ConversionsOf(int row) =>
        ConversionsById().TryGetValue(Figures[row].Id, out var conversions) ? conversions : [];

    private Dictionary<string, List<int>> ConversionsById()
    {
        if (_conversionsById is not null) return _conversionsById;
        _conversionsById = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Figures.Length; i++)
            if (Figures[i].ConvertedFromId is { } from) AddConversion(from, i);
        return _conversionsById;
    }

    private void AddConversion(string from, int row)
    {
        if (!_conversionsById!.TryGetValue(from, out var rows)) _conversionsById[from] = rows = [];
        rows.Add(row);
    }

    /// <summary>A headline figure found to restate a conversion becomes one itself and leaves the rows relations link.</summary>
    public void MarkConversion(int i, string convertedFromId)
    {
        Figures[i] = Figures[i] with { ConvertedFromId = convertedFromId };
        if (_conversionsById is not null) AddConversion(convertedFromId, i);
        PrimaryRows = PrimaryRows.Where(r => r != i).ToArray();
    }
}
