using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X and Y promised $1 billion and $2 billion respectively": the coordinated subjects of the verb of giving pair
/// with its amounts in order.</summary>
internal static class RespectiveDonors
{
    public static Actor? Find(PartyScene scene, Span verb)
    {
        var (doc, text, mentions) = (scene.Doc, scene.Text, scene.Mentions);
        if (Respectively(scene, verb.End) is not { } respectively) return null;
        var amounts = doc.MoneyOverlapping(new Span(verb.End, respectively)).Where(m => m.ConvertedFrom is null && m.Span.End <= respectively).ToList();
        var position = amounts.FindIndex(m => m.Span == scene.Amount);
        if (position < 0) return null;
        var subjects = new List<Actor>();
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Span.End > verb.Start) continue;
            var gap = text[m.Span.End..(subjects.Count == 0 ? verb.Start : mentions[i + 1].Span.Start)].Trim();
            if (subjects.Count > 0 && gap is not ("and" or "," or ", and")) break;
            if (subjects.Count == 0 && gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) break;
            subjects.Insert(0, m.Actor);
        }
        return subjects.Count == amounts.Count ? subjects[position] : null;
    }

    /// <summary>Where the first "respectively" after <paramref name="from"/> in the sentence starts, or null.</summary>
    private static int? Respectively(PartyScene scene, int from) =>
        scene.Tokens.FirstExactly(new Span(from, scene.Sentence.End), RespectivelyWord) is var i and >= 0 ? scene.Tokens[i].Start : null;

    /// <summary>The adverb that pairs two lists in order, read by the aid type too.</summary>
    internal const string RespectivelyWord = "respectively";
}
