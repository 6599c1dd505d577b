using System.Globalization;
using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>Amounts with a written currency: a sign or code before the number ("$5 million", "USD 2-3 billion"), a code or
/// word after it ("85 million dollars", "two billion yen"), or a hyphenated adjective ("82-million-euro",
/// "30 million-euro").</summary>
internal sealed class CurrencyAmounts
{
    private readonly AmountReading _reading;
    /// <summary>Codes that also open a numbered meeting's name ("COP28", "COP 28"): numbered-names.txt.</summary>
    private readonly IReadOnlySet<string> _numberedNames;
    /// <summary>Forms written before the number by their first character, longest first (as the pattern tries them).</summary>
    private readonly Dictionary<char, string[]> _prefixFormsByFirst;
    // Each pattern is built when a text first holds a literal its matches need (a cold start builds only those it reads).
    private readonly OnDemandPattern _prefixed;
    private readonly GroupedPattern _suffixed;
    private readonly OnDemandPattern _adjective;

    public CurrencyAmounts(Lexicon lexicon, AmountReading reading, string number)
    {
        _reading = reading;
        _numberedNames = lexicon.NumberedNames;
        var scale = TextPatterns.WordAlternation(lexicon.ScaleWords.Select(s => s.Form));
        var wordNumber = TextPatterns.WordAlternation(lexicon.NumberWords.Keys);
        var prefixForms = lexicon.Currencies.Where(c => c.Kind is CurrencyFormKind.Symbol or CurrencyFormKind.Code).Select(c => c.Form).Distinct().ToArray();
        var suffixForms = lexicon.Currencies.Where(c => c.Kind is CurrencyFormKind.Code or CurrencyFormKind.Word).Select(c => c.Form).Distinct().ToArray();
        _prefixFormsByFirst = prefixForms.Where(f => f.Length > 0).GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Length).ToArray());
        var prefixes = TextPatterns.Alternation(prefixForms);
        var suffixes = TextPatterns.Alternation(suffixForms);
        const string hyphen = AmountDashes.HyphenClass;
        var range = $@"(?:\s?{AmountDashes.RangeDashClass}\s?|\sto\s)(?:{prefixes})?\s?(?<n2>{number})";
        // "USD two million", "USD half a billion": a number in words after a code needs its scale word. "$20-million" is
        // the hyphenated style of Canadian papers.
        // "EUR 2,5 million", "1,25bn euros": before a scale word a comma followed by one or two digits is a decimal comma (European
        // style; a thousands comma is followed by three), read so by AmountReading.ParseDigits.
        // A sign's amount needs the scale there, so "$1,250" stays one number; after the number a currency word follows anyway.
        var decimalScaled = $@"(?<n1>{DecimalComma})\s?(?<scale>[Mm]illion|[Bb]illion|[Tt]rillion|bn|bln|mn|mln|m|tn)\b";
        _prefixed = new OnDemandPattern($@"(?<cur>{prefixes})(?:\s?{decimalScaled}|\s?(?<n1>{number})(?:{range})?(?:\s?(?<scale>{scale})|{hyphen}(?<scale>[Mm]illion|[Bb]illion|[Tt]rillion))?|\s(?<n1>{wordNumber})\s(?<scale>[Bb]illion|[Mm]illion|[Tt]housand)\b)", prefixForms);
        // Once built, scanned in every text: a search for any of the hundred-odd suffix forms costs three times the scan
        // itself, so it only spares a cold start building the pattern for a text that holds none.
        // A scale abbreviation may be glued to digits ("1.5bn euros", "50m dollars"), as after a sign ("€1.5bn").
        _suffixed = new GroupedPattern($@"(?<n1>{DecimalComma}|{number}|{wordNumber})(?:{range})?(?:\s?(?<scale>{scale}))?\s(?<cur>{suffixes})", suffixForms, requiredUntilBuilt: true);
        _adjective = new OnDemandPattern($@"(?<n1>{number})(?:{hyphen}|\s)(?<scale>million|billion|trillion|thousand){hyphen}(?<cur>dollar|euro|pound|yen|won|krone)",
            // "a 30 million-euro fund" hyphenates only the scale and the currency: at most one whitespace character before
            // the literal, so scanned only in the words that hold the literals and the word before them.
            new MatchAnchors(AmountDashes.Hyphenated("illion", "thousand"), 1, 0));
    }

    /// <summary>A number with a decimal comma ("2,5"), read as one only before a scale word or a currency word.</summary>
    private const string DecimalComma = "[0-9]{1,3},[0-9]{1,2}";

    public List<(int Index, int Length)> PrefixedBounds(string text) => _prefixed.Bounds(text);
    public List<(int Index, int Length)> SuffixedBounds(string text) => _suffixed.Bounds(text);
    public List<(int Index, int Length)> AdjectiveBounds(string text) => _adjective.Bounds(text);

    public List<MoneyMention> Prefixed(string text, IReadOnlyList<(int Index, int Length)> bounds, string dollar) => Amounts(_prefixed.Pattern, bounds, text, dollar);
    public List<MoneyMention> Suffixed(string text, IReadOnlyList<(int Index, int Length)> bounds, string dollar) => Amounts(_suffixed, bounds, text, dollar);
    public List<MoneyMention> Adjective(string text, IReadOnlyList<(int Index, int Length)> bounds, string dollar) => Amounts(_adjective.Pattern, bounds, text, dollar);

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
            // "$1", "USD 500": a sign or code and digits alone need no group reading (most amounts of a long text); "$5 million",
            // "EUR 2.5bn": a sign or code, a number and a scale word are read from the match's characters too.
            if (pattern == _prefixed.Pattern && PrefixForm(text, index, length) is { } prefix)
            {
                if (IsDigits(text.AsSpan(index + prefix.Length, length - prefix.Length)))
                {
                    if (IsNumberedName(prefix, length - prefix.Length)) continue;
                    if (Plain(text, index, index + length, prefix, dollar, amountTexts, plainAmounts) is { } plain) found.Add(plain);
                    continue;
                }
                if (SignNumberScale(text, index, length, prefix) is { } parts)
                {
                    if (Scaled(text, index, index + length, parts, dollar, amountTexts) is { } scaled) found.Add(scaled);
                    continue;
                }
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
            // Only digits take a scale glued to them ("50m euros"), not a number in words.
            if (scale.Success && scale.Index == n1.Index + n1.Length && !char.IsAsciiDigit(text[scale.Index - 1])) continue;
            if (pattern == _prefixed.Pattern && !scale.Success && !m.Groups["n2"].Success && IsNumberedName(m.Groups["cur"].Value, n1.Length) && IsDigits(n1.ValueSpan)) continue;
            // "Some 40 million-dollar contracts" counts contracts of a million dollars each: a number spaced from its hyphenated
            // scale is one sum only after "a"/"an" ("a 30 million-euro fund") or before a noun that is no plural.
            if (pattern == _adjective.Pattern && char.IsWhiteSpace(text[n1.Index + n1.Length]) && !IsOneSum(text, start, end)) continue;
            // "a euro a day": "a" is a number only before a scale ("a million dollars").
            if (n1.Value is "a" or "A" && !scale.Success) continue;
            var n2 = m.Groups["n2"];
            // "from 80 million pounds in 2019 to 95 million pounds": a year before "to" is no low end of a range.
            if (pattern == _suffixed && n2.Success && IsYearBeforeTo(text, n1)) (start, n1, n2) = (n2.Index, n2, Match.Empty);
            if (!AmountReading.IsAmountStart(text, start, end)) continue;
            var cur = m.Groups["cur"].Value;
            if (AmountReading.IsExchangeRateNote(text, start, end) || AmountReading.IsWeight(text, cur, end)) continue;
            var currency = _reading.Currency(cur, dollar);
            var multiplier = _reading.Multiplier(scale.Success ? scale.Value : null);
            var low = AmountReading.Scaled(_reading.ParseNumber(n1.Value), multiplier);
            double? high = n2.Success ? AmountReading.Scaled(_reading.ParseNumber(n2.Value), multiplier) : null;
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

    /// <summary>The prefix form a match starts with, the longest one (as the pattern reads it; no form holds a digit); else null.</summary>
    private string? PrefixForm(string text, int index, int length)
    {
        if (!_prefixFormsByFirst.TryGetValue(text[index], out var forms)) return null;
        var match = text.AsSpan(index, length);
        foreach (var form in forms)
            if (match.StartsWith(form, StringComparison.Ordinal)) return form;
        return null;
    }

    /// <summary>Whether a code that also opens a meeting's name, glued or spaced from one or two digits with no scale, names
    /// the numbered meeting ("COP28", "COP 28": the 28th Conference of the Parties), not an amount. Other codes glued to small
    /// sums stay money ("USD50 per family").</summary>
    private bool IsNumberedName(string code, int digits) => digits <= 2 && _numberedNames.Contains(code);

    /// <summary>Whether "N million-dollar" spaced before its scale is one sum: "a"/"an" before the number, or a next word that
    /// is no plural ("30 million-euro fund"); "40 million-dollar contracts" is forty contracts.</summary>
    private static bool IsOneSum(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var wordStart = before.LastIndexOfAny(' ', '\n', '(') + 1;
        if (before[wordStart..] is "a" or "A" or "an" or "An") return true;
        var after = text.AsSpan(end).TrimStart(' ');
        var wordLength = 0;
        while (wordLength < after.Length && char.IsAsciiLetterLower(after[wordLength])) wordLength++;
        var next = after[..wordLength];
        return next.Length > 0 && !(next.EndsWith("s") && !next.EndsWith("ss"));
    }

    /// <summary>Whether what follows the prefix form is ASCII digits only, which the pattern reads as the number.</summary>
    private static bool IsDigits(ReadOnlySpan<char> digits) => digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');

    /// <summary>The parts of a match that is a prefix form (<paramref name="form"/>, the longest one the text starts with), at most one whitespace
    /// character, a number of digits, commas and points, and a scale word after at most one whitespace character: what the
    /// pattern reads as its currency, number and scale groups, since nothing else in it matches digits or letters after
    /// them (a range needs a dash or "to" and digits after it); else null.</summary>
    private static (string Form, int NumberStart, int NumberEnd, int ScaleStart)? SignNumberScale(string text, int index, int length, string form)
    {
        var match = text.AsSpan(index, length);
        var at = form.Length;
        if (at < match.Length && char.IsWhiteSpace(match[at])) at++;
        var numberStart = at;
        while (at < match.Length && (char.IsAsciiDigit(match[at]) || match[at] is ',' or '.')) at++;
        if (at == numberStart || !char.IsAsciiDigit(match[numberStart]) || at == match.Length) return null;
        var numberEnd = at;
        if (char.IsWhiteSpace(match[at])) at++;
        var scaleStart = at;
        if (scaleStart == match.Length || !char.IsAsciiLetter(match[scaleStart])) return null;
        // The letters of a scale word, or of two ("lakh crore") with one whitespace character between them.
        var spaces = 0;
        for (var i = scaleStart; i < match.Length; i++)
            if (!char.IsAsciiLetter(match[i]) && !(char.IsWhiteSpace(match[i]) && ++spaces == 1 && char.IsAsciiLetter(match[i - 1]) && i + 1 < match.Length))
                return null;
        return (form, index + numberStart, index + numberEnd, index + scaleStart);
    }

    /// <summary>The amount of a sign or code, a number and a scale word, through the same checks as a match read by its groups.</summary>
    private MoneyMention? Scaled(string text, int start, int matchEnd, (string Form, int NumberStart, int NumberEnd, int ScaleStart) parts,
        string dollar, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> amountTexts)
    {
        var (form, numberStart, numberEnd, scaleStart) = parts;
        var end = matchEnd;
        // A one-letter scale glued to a word ("$5 more") is not a scale.
        var scaled = !(end < text.Length && char.IsLetter(text[end]));
        if (!scaled) end = numberEnd;
        if (!AmountReading.IsAmountStart(text, start, end) || AmountReading.IsExchangeRateNote(text, start, end) || AmountReading.IsWeight(text, form, end)) return null;
        var currency = _reading.Currency(form, dollar);
        var multiplier = scaled ? _reading.Multiplier(text.AsSpan(scaleStart, matchEnd - scaleStart)) : 1;
        var low = AmountReading.Scaled(AmountReading.ParseDigits(text.AsSpan(numberStart, numberEnd - numberStart)), multiplier);
        return new MoneyMention(new Span(start, end), Shared(amountTexts, text.AsSpan(start, end - start)), low, null, currency, null);
    }

    /// <summary>The amount of a sign or code and digits, through the same checks as any other match.</summary>
    private MoneyMention? Plain(string text, int start, int end, string form, string dollar, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> amountTexts,
        Dictionary<string, PlainAmount>.AlternateLookup<ReadOnlySpan<char>> plainAmounts)
    {
        if (!AmountReading.IsAmountStart(text, start, end) || AmountReading.IsExchangeRateNote(text, start, end) || AmountReading.IsWeight(text, form, end)) return null;
        var amount = text.AsSpan(start, end - start);
        if (!plainAmounts.TryGetValue(amount, out var read))
        {
            read = new PlainAmount(Shared(amountTexts, amount), double.Parse(amount[form.Length..], NumberStyles.Float, CultureInfo.InvariantCulture), _reading.Currency(form, dollar));
            plainAmounts.Dictionary[read.Text] = read;
        }
        return new MoneyMention(new Span(start, end), read.Text, read.Value, null, read.Currency, null);
    }

    /// <summary>What a sign-and-digits amount's text reads as (the same wherever it stands in one text).</summary>
    private readonly record struct PlainAmount(string Text, double Value, string Currency);
}
