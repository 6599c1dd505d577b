using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Money;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that finds money amounts: currency signs and codes before or after the number,
/// currency words, scales, numbers in words, ranges, "82-million-euro" adjectives and vague amounts
/// ("billions of dollars"). Exchange-rate notes and weights in pounds are not money.
/// </summary>
public sealed class MoneyRecognizer : IPipelineStage
{
    /// <summary>A number with Indian digit grouping ("1,50,000"), with thousands separators, or plain.</summary>
    private const string Number = @"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";
    private readonly Dictionary<string, CurrencyForm> _forms;
    /// <summary>Numbers written as words and their values (number-words.tsv).</summary>
    private readonly IReadOnlyDictionary<string, double> _numberWords;
    /// <summary>Each scale word's factor, whatever the case of its first letter.</summary>
    private readonly Dictionary<string, double> _scaleFactors;
    /// <summary>News organisations that belong to no dollar state (Reuters, AFP, Xinhua, KUNA): a story they are credited for
    /// in its dateline writes the US dollar as "$" and marks any other ("C$", "A$").</summary>
    private readonly HashSet<string> _foreignWires;
    private readonly SharedCurrencyForms _shared;
    /// <summary>Forms written before the number by their first character, longest first (as the pattern tries them).</summary>
    private readonly Dictionary<char, string[]> _prefixFormsByFirst;
    // Each pattern is built when a text first holds a literal its matches need (a cold start builds only those it reads).
    private readonly OnDemandPattern _prefixed;
    private readonly GroupedPattern _suffixed;
    private readonly OnDemandPattern _adjective;
    private readonly OnDemandPattern _vague;
    private readonly OnDemandPattern _bareScale;
    private readonly OnDemandPattern _letterPrefixed;
    private readonly CurrencyForm[] _letterForms;

    public MoneyRecognizer(Lexicon lexicon)
    {
        _forms = lexicon.Currencies.GroupBy(c => c.Form).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _scaleFactors = lexicon.ScaleWords.DistinctBy(s => s.Form, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(s => s.Form, s => s.Factor, StringComparer.OrdinalIgnoreCase);
        var scale = TextPatterns.WordAlternation(lexicon.ScaleWords.Select(s => s.Form));
        _numberWords = lexicon.NumberWords;
        var wordNumber = TextPatterns.WordAlternation(lexicon.NumberWords.Keys);
        _foreignWires = lexicon.OrganizationByName.Values
            .Where(o => o.Type == "news" && (o.Affiliation is null || !DollarCountries.Any(d => d.Country == o.Affiliation)))
            .Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        _shared = new SharedCurrencyForms(_forms, lexicon.CurrencyStates);
        var prefixForms = lexicon.Currencies.Where(c => c.Kind is CurrencyFormKind.Symbol or CurrencyFormKind.Code).Select(c => c.Form).Distinct().ToArray();
        var suffixForms = lexicon.Currencies.Where(c => c.Kind is CurrencyFormKind.Code or CurrencyFormKind.Word).Select(c => c.Form).Distinct().ToArray();
        _letterForms = [.. lexicon.Currencies.Where(c => c.Kind == CurrencyFormKind.Letter)];
        _prefixFormsByFirst = prefixForms.Where(f => f.Length > 0).GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Length).ToArray());
        var prefixes = TextPatterns.Alternation(prefixForms);
        var suffixes = TextPatterns.Alternation(suffixForms);
        var range = $@"(?:\s?[-–]\s?|\sto\s)(?:{prefixes})?\s?(?<n2>{Number})";
        // "USD two million", "USD half a billion": a number in words after a code needs its scale word. "$20-million" is
        // the hyphenated style of Canadian papers.
        _prefixed = new OnDemandPattern($@"(?<cur>{prefixes})(?:\s?(?<n1>{Number})(?:{range})?(?:\s?(?<scale>{scale})|-(?<scale>[Mm]illion|[Bb]illion|[Tt]rillion))?|\s(?<n1>{wordNumber})\s(?<scale>[Bb]illion|[Mm]illion|[Tt]housand)\b)", prefixForms);
        // Scanned in every text: a search for any of the hundred-odd suffix forms, which would spare the texts that hold none,
        // costs three times the scan itself.
        _suffixed = new GroupedPattern($@"(?<n1>{Number}|{wordNumber})(?:{range})?(?:\s(?<scale>{scale}))?\s(?<cur>{suffixes})", []);
        _adjective = new OnDemandPattern($@"(?<n1>{Number})-(?<scale>million|billion|trillion|thousand)-(?<cur>dollar|euro|pound|yen|won|krone)", 
            // No whitespace: scanned only in the words that hold the literals.
            new MatchAnchors(["illion-", "thousand-"], 0, 0), "illion-", "thousand-");
        _vague = new OnDemandPattern(@"(?:(?:[Hh]undreds|[Tt]ens) of )?(?:[Bb]illions|[Mm]illions|[Tt]rillions) of (?<cur>dollars|euros|pounds|yen|won)|[Mm]ulti-?(?:billion|million)(?:-(?<cur>dollar|euro|pound))?"
            + @"|(?:[Ss]everal|[Aa] few) (?:hundred )?(?:billion|million) (?<cur>dollars|euros|pounds|yen|won)",
            // Scanned around the literals, with "hundred billion", which no required literal covers ("several hundred billion
            // dollars" is found only in a text that holds another); "Hundreds of billions of dollars" holds four spaces.
            new MatchAnchors([.. VagueLiterals, "hundred billion"], 4, 4), VagueLiterals);
        // "K210 billion", "N85,000": a letter needs a scale word or a grouped number after it.
        var letters = TextPatterns.Alternation(_letterForms.Select(f => f.Form));
        _letterPrefixed = new OnDemandPattern($@"\b(?<cur>{letters})(?:(?<n1>{Number})\s?(?<scale>[Tt]rillion|[Bb]illion|[Mm]illion|bn)\b|(?<n1>[0-9]{{1,3}}(?:,[0-9]{{3}})+))", "illion", "bn", ",");
        _bareScale = new OnDemandPattern($@"(?<n1>{Number})\s(?<scale>[Bb]illion|[Tt]rillion|[Mm]illion)\s(?<next>is|are|was|were|will|would|has|have|had|in|for|to|from|by|and|or)\b", "illion");
    }

    /// <summary>What every vague amount holds, one of which a text must hold to be scanned for them.</summary>
    private static readonly string[] VagueLiterals = ["illions of dollars", "illions of euros", "illions of pounds", "illions of yen", "illions of won",
        "ulti-billion", "ultibillion", "ulti-million", "ultimillion", "everal million", "everal billion", "everal hundred million", " few million", " few billion", " few hundred million"];

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var states = NamedStates.Of(document);
        var dollar = HomeDollar(document, states);
        // The pipeline scans the text before the entities are known (the amount-scan stage); a document without that layer is scanned here.
        var scanned = document.AmountMatches ?? Scan(text);
        // Each pattern's matches are read apart from the others', so on a long text, where the stages around this one leave
        // a core waiting, the most numerous ones are read side by side.
        List<MoneyMention> prefixed = [], suffixed = [], others = [];
        SideBySide.Run(text.Length,
            () => prefixed = Amounts(_prefixed.Pattern, scanned.Prefixed, text, dollar),
            () =>
            {
                suffixed = Amounts(_suffixed, scanned.Suffixed, text, dollar);
                others = Amounts(_adjective.Pattern, scanned.Adjective, text, dollar);
                others.AddRange(Vague(text, scanned.Vague, dollar));
                others.AddRange(LetterPrefixed(text, states));
            });
        // Sized for every match up front: a long text holds hundreds of thousands, each growth a copy.
        var candidates = new List<MoneyMention>(prefixed.Count + suffixed.Count + others.Count);
        candidates.AddRange(prefixed);
        candidates.AddRange(suffixed);
        candidates.AddRange(others);

        var accepted = Longest(_shared.Resolve(candidates, states.States));
        var dominant = DominantCurrency(accepted);
        // Accepted amounts do not overlap and are in text order: only added bare amounts can change the choice.
        if (dominant is not null && BareAmounts(text, scanned.BareScale, dominant).ToList() is { Count: > 0 } bare)
        {
            accepted.AddRange(bare);
            accepted = Longest(accepted);
        }
        accepted = MergeBetween(text, accepted);
        return document with { Money = LinkConversions(text, accepted) };
    }

    /// <summary>The stage that finds where the amount patterns match (<see cref="Layer.AmountMatches"/>), from the text alone.</summary>
    public IPipelineStage Scanner => new AmountScan(this);

    private sealed class AmountScan(MoneyRecognizer money) : IPipelineStage
    {
        public AnalysisDocument Run(AnalysisDocument document) => document with { AmountMatches = money.Scan(document.Text) };
    }

    /// <summary>Where each whole-text amount pattern matches; each scans the whole text on its own, so a long text's scans run side by side.</summary>
    private AmountMatches Scan(string text)
    {
        List<(int Index, int Length)> prefixed = [], suffixed = [], adjective = [], vague = [], bareScale = [];
        SideBySide.Run(text.Length,
            () => prefixed = _prefixed.Bounds(text),
            () => suffixed = _suffixed.Bounds(text),
            () => adjective = _adjective.Bounds(text),
            () => vague = _vague.Bounds(text),
            () => bareScale = _bareScale.Bounds(text));
        return new AmountMatches(prefixed, suffixed, adjective, vague, bareScale);
    }

    /// <summary>The amounts of a pattern's matches, found at <paramref name="bounds"/>.</summary>
    private List<MoneyMention> Amounts(GroupedPattern pattern, IReadOnlyList<(int Index, int Length)> bounds, string text, string dollar)
    {
        var found = new List<MoneyMention>(bounds.Count);
        // A long text repeats the same few amounts ("$1"): each distinct amount text is one string.
        var amountTexts = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // ... and each distinct sign-and-digits amount is read once.
        var plainAmounts = new Dictionary<string, PlainAmount>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (index, length) in bounds)
        {
            // "$1", "USD 500": a sign or code and digits alone need no group reading (most amounts of a long text).
            if (pattern == _prefixed.Pattern && SignAndDigits(text, index, length) is { } form)
            {
                if (Plain(text, index, index + length, form, dollar, amountTexts, plainAmounts) is { } plain) found.Add(plain);
                continue;
            }
            var m = pattern.Read(text, index, length);
            var start = m.Index;
            var end = m.Index + m.Length;
            var scale = m.Groups["scale"];
            // A one-letter scale glued to a word ("$5 more") is not a scale.
            if (scale.Success && scale.Index + scale.Length == end && end < text.Length && char.IsLetter(text[end]))
            {
                if (pattern != _prefixed.Pattern) continue;
                end = m.Groups["n2"].Success ? m.Groups["n2"].Index + m.Groups["n2"].Length : m.Groups["n1"].Index + m.Groups["n1"].Length;
                scale = Match.Empty;
            }
            var n1 = m.Groups["n1"];
            // "a euro a day": "a" is a number only before a scale ("a million dollars").
            if (n1.Value is "a" or "A" && !scale.Success) continue;
            var n2 = m.Groups["n2"];
            // "from 80 million pounds in 2019 to 95 million pounds": a year before "to" is no low end of a range.
            if (pattern == _suffixed && n2.Success && IsYearBeforeTo(text, n1)) (start, n1, n2) = (n2.Index, n2, Match.Empty);
            if (!IsAmountStart(text, start, end)) continue;
            var cur = m.Groups["cur"].Value;
            if (IsExchangeRateNote(text, start, end) || IsWeight(text, cur, end)) continue;
            var currency = Currency(cur, dollar);
            var multiplier = Multiplier(scale.Success ? scale.Value : null);
            var low = ParseNumber(n1.Value) * multiplier;
            double? high = n2.Success ? ParseNumber(n2.Value) * multiplier : null;
            found.Add(new MoneyMention(new Span(start, end), Shared(amountTexts, text.AsSpan(start, end - start)), low, high, currency, null));
        }
        return found;
    }

    private static bool IsYearBeforeTo(string text, Group number) =>
        number.Length == 4 && int.TryParse(number.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
        && text.AsSpan(number.Index + number.Length).StartsWith(" to ", StringComparison.Ordinal);

    private static string Shared(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> texts, ReadOnlySpan<char> amount)
    {
        if (texts.TryGetValue(amount, out var known)) return known;
        var created = amount.ToString();
        texts.Dictionary[created] = created;
        return created;
    }

    /// <summary>The form of a match that is a prefix form and ASCII digits only, which the pattern reads as that form
    /// (the longest one the text starts with; no form holds a digit) and the digits as the number; else null.</summary>
    private string? SignAndDigits(string text, int index, int length)
    {
        if (!_prefixFormsByFirst.TryGetValue(text[index], out var forms)) return null;
        var match = text.AsSpan(index, length);
        foreach (var form in forms)
        {
            if (!match.StartsWith(form, StringComparison.Ordinal)) continue;
            var digits = match[form.Length..];
            return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9') ? form : null;
        }
        return null;
    }

    /// <summary>The amount of a sign or code and digits, through the same checks as any other match.</summary>
    private MoneyMention? Plain(string text, int start, int end, string form, string dollar, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> amountTexts,
        Dictionary<string, PlainAmount>.AlternateLookup<ReadOnlySpan<char>> plainAmounts)
    {
        if (!IsAmountStart(text, start, end) || IsExchangeRateNote(text, start, end) || IsWeight(text, form, end)) return null;
        var amount = text.AsSpan(start, end - start);
        if (!plainAmounts.TryGetValue(amount, out var read))
        {
            read = new PlainAmount(Shared(amountTexts, amount), double.Parse(amount[form.Length..], NumberStyles.Float, CultureInfo.InvariantCulture), Currency(form, dollar));
            plainAmounts.Dictionary[read.Text] = read;
        }
        return new MoneyMention(new Span(start, end), read.Text, read.Value, null, read.Currency, null);
    }

    /// <summary>What a sign-and-digits amount's text reads as (the same wherever it stands in one text).</summary>
    private readonly record struct PlainAmount(string Text, double Value, string Currency);

    /// <summary>Not glued to a word, unless it opens with a sign; a number does not continue a word or a decimal.</summary>
    private static bool IsAmountStart(string text, int start, int end) =>
        (TextPatterns.IsWholeWord(text, start, end) || char.IsSymbol(text[start]) || char.IsPunctuation(text[start]))
        && !(start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.') && char.IsDigit(text[start]));

    private IEnumerable<MoneyMention> Vague(string text, IReadOnlyList<(int Index, int Length)> bounds, string dollar)
    {
        foreach (var (index, length) in bounds)
        {
            var m = _vague.Pattern.Read(text, index, length);
            if (!TextPatterns.IsWholeWord(text, m.Index, m.Index + m.Length)) continue;
            var currency = m.Groups["cur"].Success ? Currency(m.Groups["cur"].Value, dollar) : dollar;
            yield return new MoneyMention(new Span(m.Index, m.Index + m.Length), m.Value, null, null, currency, null);
        }
    }

    /// <summary>"P12.4 billion" in a story about the Philippines, "N2.7 billion" in one about Nigeria: the local
    /// press writes its currency as a bare letter, read so only where the article names that country.</summary>
    private IEnumerable<MoneyMention> LetterPrefixed(string text, NamedStates states)
    {
        // Each letter reads as the one currency it lists whose state the text names; most articles name none of them and
        // their text is not scanned for these amounts at all.
        var currencyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in _letterForms)
            if (_shared.OfTheOneNamedState(form, states.States) is { } iso) currencyOf[form.Form] = iso;
        if (currencyOf.Count == 0) yield break;
        foreach (var m in _letterPrefixed.Matches(text))
        {
            if (!currencyOf.TryGetValue(m.Groups["cur"].Value, out var iso)) continue;
            var scale = m.Groups["scale"];
            var end = m.Index + m.Length;
            if (IsExchangeRateNote(text, m.Index, end)) continue;
            // A grouped number is whole only where no digit, separator or decimal point goes on ("K85,000.50" is not read).
            if (!scale.Success && end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))) continue;
            var value = ParseNumber(m.Groups["n1"].Value) * Multiplier(scale.Success ? scale.Value : null);
            yield return new MoneyMention(new Span(m.Index, m.Index + m.Length), m.Value, value, null, iso, null);
        }
    }

    /// <summary>"another 6 billion is required": a large bare amount in an article whose money is in one currency.</summary>
    private IEnumerable<MoneyMention> BareAmounts(string text, IReadOnlyList<(int Index, int Length)> bounds, string currency)
    {
        foreach (var (index, length) in bounds)
        {
            var m = _bareScale.Pattern.Read(text, index, length);
            if (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || char.IsSymbol(text[m.Index - 1]))) continue;
            var end = m.Groups["scale"].Index + m.Groups["scale"].Length;
            var value = ParseNumber(m.Groups["n1"].Value) * Multiplier(m.Groups["scale"].Value);
            yield return new MoneyMention(new Span(m.Index, end), text[m.Index..end], value, null, currency, null);
        }
    }

    /// <summary>"between $5m and $10m" is one amount with a low and a high value.</summary>
    private static List<MoneyMention> MergeBetween(string text, List<MoneyMention> mentions)
    {
        var result = new List<MoneyMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (i + 1 < mentions.Count)
            {
                var b = mentions[i + 1];
                var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
                var before = text.AsSpan(Math.Max(0, a.Span.Start - 8)..a.Span.Start);
                if (gap is " and " && before.EndsWith("between ", StringComparison.OrdinalIgnoreCase) && a.Currency == b.Currency)
                {
                    var span = new Span(a.Span.Start, b.Span.End);
                    result.Add(new MoneyMention(span, text[span.Start..span.End], a.Value, b.Value, a.Currency, null));
                    i++;
                    continue;
                }
            }
            result.Add(a);
        }
        return result;
    }

    /// <summary>"SEK 4.1 billion (EUR 360 million)": the bracketed amount is a conversion of the first.</summary>
    private static List<MoneyMention> LinkConversions(string text, List<MoneyMention> mentions)
    {
        var linked = new List<MoneyMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (i > 0)
            {
                var previous = mentions[i - 1];
                var gap = text.AsSpan(previous.Span.End, m.Span.Start - previous.Span.End).Trim();
                if (gap is "(" or "[" or "/" or "or" or ", or" or "(about" or "(around" or "(roughly" or "(approximately" or "(some")
                    m = m with { ConvertedFrom = i - 1 };
            }
            linked.Add(m);
        }
        return linked;
    }

    private static List<MoneyMention> Longest(List<MoneyMention> candidates)
    {
        if (Apart(candidates) is { } apart) return apart;
        var accepted = new List<MoneyMention>();
        // Longest first, then leftmost, then in the order found (a stable sort).
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var x = candidates[a].Span;
            var y = candidates[b].Span;
            return x.Length != y.Length ? y.Length.CompareTo(x.Length) : x.Start != y.Start ? x.Start.CompareTo(y.Start) : a.CompareTo(b);
        });
        var maxEnd = 0;
        foreach (var c in candidates) maxEnd = Math.Max(maxEnd, c.Span.End);
        var taken = new CoveredPositions(maxEnd);
        foreach (var i in order)
        {
            var c = candidates[i];
            if (taken.AnyIn(c.Span.Start, c.Span.Length)) continue;
            taken.Cover(c.Span.Start, c.Span.Length);
            accepted.Add(c);
        }
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    /// <summary>Candidates none of which overlaps another (most texts, and every long one) are all accepted whatever
    /// the order they are tried in: then they are only put in text order, without the longest-first sort; else null.</summary>
    private static List<MoneyMention>? Apart(List<MoneyMention> candidates)
    {
        var inTextOrder = true;
        for (var i = 1; i < candidates.Count && inTextOrder; i++) inTextOrder = candidates[i - 1].Span.Start < candidates[i].Span.Start;
        var accepted = new List<MoneyMention>(candidates);
        if (!inTextOrder) accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // In order of start, spans overlap only where one starts before the one before it ends (a check without a
        // text-long table). An empty span can share its start with another, where the order of the sort would decide.
        for (var i = 0; i < accepted.Count; i++)
            if (accepted[i].Span.Length == 0 || i > 0 && accepted[i].Span.Start < accepted[i - 1].Span.End) return null;
        // Starts are distinct, so the order is the same whatever the sort.
        return accepted;
    }

    /// <summary>The currency of most amounts; at a tie, the one met first.</summary>
    private static string? DominantCurrency(List<MoneyMention> mentions)
    {
        var counts = new Dictionary<string, int>();
        var firstMet = new List<string>();
        foreach (var m in mentions)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, m.Currency, out var met);
            if (!met) firstMet.Add(m.Currency);
            count++;
        }
        string? dominant = null;
        var best = 0;
        foreach (var currency in firstMet)
            if (counts[currency] > best) (dominant, best) = (currency, counts[currency]);
        return dominant;
    }

    private static bool IsExchangeRateNote(string text, int start, int end)
    {
        var after = text.AsSpan(end..Math.Min(text.Length, end + 3)).TrimStart();
        var before = text.AsSpan(Math.Max(0, start - 3)..start).TrimEnd();
        return after.StartsWith('=') || before.EndsWith('=');
    }

    private static bool IsWeight(string text, string currencyForm, int end) =>
        currencyForm.StartsWith("pound", StringComparison.Ordinal)
        && text.AsSpan(end).TrimStart().StartsWith("of ", StringComparison.Ordinal);

    private string Currency(string form, string dollar)
    {
        if (form.Length == 0) return dollar;
        var entry = _forms.TryGetValue(form, out var f) ? f : _forms.GetValueOrDefault(form + "s");
        if (entry is { SharedBy.Count: > 0 }) return SharedCurrencyForms.Placeholder(entry);
        var iso = entry?.Iso ?? form.ToUpperInvariant();
        // A bare "$" or "dollars" follows the article's country where that is not the United States.
        return iso == "USD" && form is "$" or "dollars" or "dollar" ? dollar : iso;
    }

    /// <summary>A bare "$" is AUD, CAD or NZD in an article that names that country, no other of them and not the United
    /// States, and marks no local dollar explicitly, nor the US dollar unless its dateline is that state's capital; otherwise USD.</summary>
    private string HomeDollar(AnalysisDocument document, NamedStates states)
    {
        var text = document.Text;
        // A text that marks its local dollar explicitly ("A$", "C$" in wire style) leaves a bare "$" for US dollars.
        if (text.AsSpan().IndexOfAny(MarkedLocalDollars) >= 0) return "USD";
        // "OTTAWA, May 2 (Reuters) -": copy credited to a wire of no dollar state is written in US dollars (SCHEMA.md).
        if (document.Entities.Any(e => e.Span.Start < WireCreditReach && e.Type == MentionType.Organization && IsCredit(text, e.Span) && _foreignWires.Contains(e.Canonical)))
            return "USD";
        if (states.UnitedStatesAsState) return "USD";
        // "Canada and Australia together promised $18 million": a text naming two dollar states is not written in either's
        // dollar; a bare "$" there is the US dollar, as in wire copy (SCHEMA.md).
        var named = DollarCountries.Where(d => states.States.Contains(d.Country)).ToList();
        if (named.Count != 1) return "USD";
        // A text that marks US dollars ("US$450 million") writes a bare "$" in the local dollar only where it speaks from
        // that state: a release datelined in its capital ("Canberra, ACT - the minister's office said"); a UN update
        // naming Australia among donors writes every dollar as the US one.
        if (text.AsSpan().IndexOfAny(MarkedUsDollars) >= 0
            && !document.Entities.Any(e => e.Span.Start < WireCreditReach && e.Type == MentionType.Seat && e.Canonical == named[0].Country))
            return "USD";
        return named[0].Currency;
    }

    /// <summary>How far into the text a dateline's credit stands.</summary>
    private const int WireCreditReach = 400;

    /// <summary>A name in parentheses, as a dateline credits its agency: "(Reuters)", "(AFP)".</summary>
    private static bool IsCredit(string text, Span name) =>
        name.Start > 0 && name.End < text.Length && text[name.Start - 1] == '(' && text[name.End] == ')';

    /// <summary>True for a dollar written without its country ("$10 million", "85 million dollars"), whose currency
    /// is read from the article rather than the text of the amount.</summary>
    public static bool IsBareDollar(string amountText) =>
        (amountText.StartsWith('$') || amountText.Contains("dollar", StringComparison.OrdinalIgnoreCase))
        && !amountText.Contains("U.S.", StringComparison.Ordinal) && !amountText.Contains("US", StringComparison.Ordinal);

    /// <summary>The local dollar a bare "$" can stand for (AUD, CAD, NZD).</summary>
    public static bool IsLocalDollar(string currency) => DollarCountries.Any(d => d.Currency == currency);

    /// <summary>The dollar of a state that has its own: the United States, Australia, Canada, New Zealand.</summary>
    public static string? DollarOf(string state) =>
        state == "United States" ? "USD" : DollarCountries.Where(d => d.Country == state).Select(d => d.Currency).FirstOrDefault();

    /// <summary>Dollars written with their country, all searched for in one pass.</summary>
    private static readonly SearchValues<string> MarkedLocalDollars = SearchValues.Create(["A$", "C$", "NZ$"], StringComparison.Ordinal);
    private static readonly SearchValues<string> MarkedUsDollars = SearchValues.Create(["US$", "U.S. dollar"], StringComparison.Ordinal);

    private static readonly (string Country, string Currency)[] DollarCountries =
        [("Australia", "AUD"), ("Canada", "CAD"), ("New Zealand", "NZD")];

    private double Multiplier(string? scale)
    {
        if (scale is null) return 1;
        // A two-word scale ("lakh crore") may break across a line.
        var spaced = scale.Any(char.IsWhiteSpace) ? string.Join(' ', scale.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : scale;
        return _scaleFactors.TryGetValue(spaced, out var factor) ? factor : 1;
    }

    private double ParseNumber(string number) =>
        _numberWords.TryGetValue(number, out var word) ? word
        : double.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
}
