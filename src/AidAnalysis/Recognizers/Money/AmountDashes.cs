namespace AidAnalysis.Recognizers.Money;

/// <summary>The dashes amounts are written with, declared once for the patterns and anchors that read them: hyphens join a
/// number, its scale and its currency ("82-million-euro"; the non-breaking U+2011 keeps "10‑million" on one line), and a
/// range's two ends stand either side of a hyphen, a figure dash or an en dash ("$2–3 billion").</summary>
internal static class AmountDashes
{
    /// <summary>"-", U+2010 hyphen and U+2011 non-breaking hyphen.</summary>
    public const string Hyphens = "-\u2010\u2011";

    /// <summary>The hyphens, U+2012 figure dash and U+2013 en dash.</summary>
    public const string RangeDashes = Hyphens + "\u2012\u2013";

    /// <summary>A regular-expression class of one hyphen (the ASCII one first, where a class reads it literally).</summary>
    public const string HyphenClass = "[" + Hyphens + "]";

    /// <summary>A regular-expression class of one range dash.</summary>
    public const string RangeDashClass = "[" + RangeDashes + "]";

    /// <summary>Each word followed by each hyphen ("illion-", "illion\u2010", ...): literals a hyphenated amount holds.</summary>
    public static string[] Hyphenated(params string[] words) => [.. Hyphens.SelectMany(h => words.Select(w => w + h))];
}
