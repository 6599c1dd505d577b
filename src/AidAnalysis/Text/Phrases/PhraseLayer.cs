using AidAnalysis.Model;

namespace AidAnalysis.Text.Phrases;

/// <summary>
/// The phrases of the text (<see cref="Pipeline.Layer.Phrases"/>), each kind in text order: coordinated lists, appositions,
/// possessives and parentheticals. A frame asks "the members of the list this name is in", "the appositive after this name",
/// "the owner of this noun", "is this offset inside a parenthetical" instead of measuring characters around it.
/// </summary>
public sealed class PhraseLayer(
    IReadOnlyList<CoordinatedList> lists, IReadOnlyList<Apposition> appositions,
    IReadOnlyList<Possessive> possessives, IReadOnlyList<Parenthetical> parentheticals)
{
    /// <summary>The layer of a document no phrase stage has run on.</summary>
    public static PhraseLayer None { get; } = new([], [], [], []);

    public IReadOnlyList<CoordinatedList> Lists => lists;
    public IReadOnlyList<Apposition> Appositions => appositions;
    public IReadOnlyList<Possessive> Possessives => possessives;
    public IReadOnlyList<Parenthetical> Parentheticals => parentheticals;

    /// <summary>The list whose span holds <paramref name="offset"/>, or null.</summary>
    public CoordinatedList? ListContaining(int offset) =>
        Find(lists, l => l.Span, offset) is var i and >= 0 && lists[i].Span.Start <= offset ? lists[i] : null;

    /// <summary>The members of the list one of whose members overlaps <paramref name="member"/> (empty when it is in no list).</summary>
    public IReadOnlyList<Span> MembersOf(Span member)
    {
        if (ListContaining(member.Start) is not { } list) return [];
        foreach (var m in list.Members)
            if (m.Overlaps(member)) return list.Members;
        return [];
    }

    /// <summary>The appositive written right after <paramref name="name"/> (its head ends where the name ends), or null.</summary>
    public Apposition? AppositionAfter(Span name)
    {
        var i = Find(appositions, a => a.Head, name.End - 1);
        return i >= 0 && appositions[i].Head.End == name.End ? appositions[i] : null;
    }

    /// <summary>The owner of the possessed noun phrase overlapping <paramref name="possessed"/> ("Norway" for "aid" in
    /// "Norway’s aid"), or null.</summary>
    public Span? OwnerOf(Span possessed) => PossessiveOf(possessed)?.Owner;

    /// <summary>The possessive whose possessed noun phrase overlaps <paramref name="possessed"/>, or null.</summary>
    public Possessive? PossessiveOf(Span possessed)
    {
        var i = Find(possessives, p => p.Head, possessed.Start);
        return i >= 0 && possessives[i].Head.Overlaps(possessed) ? possessives[i] : null;
    }

    /// <summary>The possessive whose owner ends where <paramref name="owner"/> ends ("Norway" → "Norway’s aid"), or null.</summary>
    public Possessive? PossessiveAfter(Span owner)
    {
        var i = Find(possessives, p => p.Owner, owner.End - 1);
        return i >= 0 && possessives[i].Owner.End == owner.End ? possessives[i] : null;
    }

    /// <summary>The innermost-listed parenthetical whose span (marks included) holds <paramref name="offset"/>, or null.</summary>
    public Parenthetical? ParentheticalAt(int offset) =>
        Find(parentheticals, p => p.Span, offset) is var i and >= 0 && parentheticals[i].Span.Start <= offset ? parentheticals[i] : null;

    /// <summary>The first parenthetical that starts at or after <paramref name="offset"/>, or null: "$5 million (about €4.6
    /// million) is needed" asks what follows the amount.</summary>
    public Parenthetical? ParentheticalStartingAt(int offset)
    {
        var i = Find(parentheticals, p => p.Span, offset);
        return i >= 0 && parentheticals[i].Span.Start >= offset ? parentheticals[i] : null;
    }

    /// <summary>The index of the first item whose span ends after <paramref name="offset"/> (items sorted and not nested), or -1.</summary>
    private static int Find<T>(IReadOnlyList<T> items, Func<T, Span> spanOf, int offset)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spanOf(items[mid]).End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo < items.Count ? lo : -1;
    }
}
