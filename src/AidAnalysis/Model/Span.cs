namespace AidAnalysis.Model;

/// <summary>A half-open range [Start, End) of UTF-16 code units in the article text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    public string Of(string text) => text[Start..End];

    /// <summary>This span cut down to <paramref name="radius"/> characters either side of <paramref name="center"/>:
    /// bounds the work per mention in pathological inputs (a megabyte-long "sentence").</summary>
    public Span Around(Span center, int radius) =>
        new(Math.Max(Start, Math.Min(center.Start, End) - radius), Math.Min(End, Math.Max(center.End, Start) + radius));

    /// <summary>Characters between two spans (0 when they touch or overlap).</summary>
    public int DistanceTo(Span other) =>
        End <= other.Start ? other.Start - End : Start >= other.End ? Start - other.End : 0;
}
