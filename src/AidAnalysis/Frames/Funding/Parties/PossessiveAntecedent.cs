using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X said its donation would reach $6 million": "its" before an aid noun points at the party opening the
/// sentence, which gives.</summary>
internal sealed class PossessiveAntecedent(PartyWords words)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronouns = Exact(words.SubjectPossessives);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nouns = Exact(words.OwnedAidNouns);

    public Actor? Find(PartyScene scene)
    {
        if (!HoldsOwnedAid(scene.Tokens, scene.Window) && !HoldsOwnedAid(scene.Tokens, new Span(scene.Sentence.Start, scene.Window.Start))) return null;
        if (scene.Mentions.Count == 0) return null;
        var (actor, span) = scene.Mentions[0];
        return scene.Text.AsSpan(scene.Sentence.Start..span.Start).Trim() is "" or "The" or "the" ? actor : null;
    }

    /// <summary>Whether a pronoun and an aid noun stand one space apart inside <paramref name="stretch"/>.</summary>
    private bool HoldsOwnedAid(TokenLayer tokens, Span stretch)
    {
        var (first, end) = tokens.WhollyWithin(stretch);
        for (var i = first; i + 1 < end; i++)
            if (_pronouns.Contains(tokens.TextOf(i)) && tokens.SpacedFromPrevious(i + 1, WordSpacing.OneWhitespace) && _nouns.Contains(tokens.TextOf(i + 1)))
                return true;
        return false;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Exact(IEnumerable<string> words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
