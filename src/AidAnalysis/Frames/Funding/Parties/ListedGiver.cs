using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X gave 5 million euros, Y 8 million euros": in a list of givers the verb is left out and the giver stands
/// right before its amount, opening the sentence or after a comma or a list joiner ("and", "while").</summary>
internal sealed class ListedGiver(PartyWords words)
{
    /// <summary>How far before the giver its joiner may start (", and " is too long with "the").</summary>
    private const int JoinerWidth = 8;

    private readonly PhrasesBefore _joiners = new(words.ListJoiners, optionalThe: true);

    public Actor? Find(PartyScene scene)
    {
        var (text, tokens, amount) = (scene.Text, scene.Tokens, scene.Amount);
        foreach (var (actor, span) in scene.Mentions)
            if (span.End <= amount.Start && amount.Start - span.End <= 2 && text.AsSpan(span.End, amount.Start - span.End).IsWhiteSpace()
                && OpensItem(scene, span.Start, scene.Reach(span.Start, JoinerWidth)))
                return actor;
        return null;
    }

    /// <summary>Whether the sentence, a comma or a joiner (then perhaps "the") stands right before <paramref name="start"/>.</summary>
    private bool OpensItem(PartyScene scene, int start, int from)
    {
        var tokens = scene.Tokens;
        if (start == scene.Sentence.Start || _joiners.EndRightBefore(tokens, start, from)) return true;
        var the = tokens.RightBefore(start, from);
        if (tokens.IsExactly(the, "the"))
        {
            if (tokens[the].Start == scene.Sentence.Start) return true;
            start = tokens[the].Start;
        }
        var comma = tokens.RightBefore(start, from);
        return comma >= 0 && tokens[comma].Length == 1 && scene.Text[tokens[comma].Start] == ',';
    }
}
