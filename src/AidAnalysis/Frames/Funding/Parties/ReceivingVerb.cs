using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"UNICEF received $10 million from Japan", "the ministry has received gifts worth 2 million yuan": the first verb of
/// receiving (receiving-verb of party-words.tsv) inside a stretch, read on its tokens as written.</summary>
internal sealed class ReceivingVerb(PartyWords words)
{
    /// <summary>The first letters of the verbs, asked of each token before the phrase list: most tokens start with none.</summary>
    private readonly System.Buffers.SearchValues<char> _initials = System.Buffers.SearchValues.Create(
        [.. words.ReceivingVerbWords.Where(w => w.Length > 0).Select(w => w[0]).Distinct()]);

    /// <summary>The first verb of receiving that starts and ends inside <paramref name="scope"/>, or null.</summary>
    public Span? First(TokenLayer tokens, Span scope)
    {
        var (first, end) = tokens.WhollyWithin(scope);
        for (var i = first; i < end; i++)
            if (tokens[i].Kind == TokenKind.Word && _initials.Contains(tokens.Text[tokens[i].Start])
                && words.ReceivingVerbs.EndStartingAt(tokens, i, scope.End) is var last and >= 0)
                return new Span(tokens[i].Start, tokens[last].End);
        return null;
    }
}
