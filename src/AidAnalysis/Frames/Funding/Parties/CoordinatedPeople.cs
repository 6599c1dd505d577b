using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"for the X Council and people", "to the government and people of X": a body coordinated with the people it
/// serves (a recipient head after "and", perhaps after "the", "its" or "their") receives together with them.</summary>
internal sealed class CoordinatedPeople(Lexicon lexicon)
{
    private const int Width = 30;

    /// <summary>The recipient's name, with the people coordinated after its mention when a recipient head names them.</summary>
    public string Join(TokenLayer tokens, string name, Span mention)
    {
        var to = Math.Min(tokens.Text.Length, mention.End + Width);
        var and = NextSpaced(tokens, mention.End, to);
        if (!tokens.IsExactly(and, "and")) return name;
        var head = NextSpaced(tokens, tokens[and].End, to);
        if (!IsLowerWord(tokens, head)) return name;
        if (tokens.IsExactly(head, "the") || tokens.IsExactly(head, "its") || tokens.IsExactly(head, "their"))
        {
            var owned = NextSpaced(tokens, tokens[head].End, to);
            if (IsLowerWord(tokens, owned)) head = owned;
        }
        var word = tokens.TextOf(head).ToString();
        return lexicon.RecipientHeads.Contains(word) ? $"{name} and {word}" : name;
    }

    /// <summary>The token one space after <paramref name="offset"/>, ending by <paramref name="to"/>; -1 if none.</summary>
    private static int NextSpaced(TokenLayer tokens, int offset, int to)
    {
        if (offset >= tokens.Text.Length || !char.IsWhiteSpace(tokens.Text[offset])) return -1;
        var i = tokens.FirstStartingFrom(offset + 1);
        return i < tokens.Count && tokens[i].Start == offset + 1 && tokens[i].End <= to ? i : -1;
    }

    private static bool IsLowerWord(TokenLayer tokens, int index)
    {
        if (index < 0) return false;
        foreach (var c in tokens.TextOf(index))
            if (!char.IsLower(c)) return false;
        return true;
    }
}
