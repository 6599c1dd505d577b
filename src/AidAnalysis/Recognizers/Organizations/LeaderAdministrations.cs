using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"the Harlow administration", "The Harlow-Vance administration": a government named by its leaders with a lower-case
/// "administration" is an organisation, not its leader (LeaderAdministrationRule gives it their state). The determiner is
/// required: "senior Harlow administration officials" uses the name as a modifier of the officials.</summary>
internal sealed class LeaderAdministrations(Lexicon lexicon)
{
    /// <summary>The head noun of the name, lower-case as news writes it (the capitalised head is an organisation head already).</summary>
    private const string Head = "administration";
    /// <summary>The most name words before the head ("the Joe Harlow administration").</summary>
    private const int MaxNameWords = 2;

    public List<EntityMention> Find(TokenLayer tokens, IReadOnlyList<EntityMention> known)
    {
        var found = new List<EntityMention>();
        // Built at the first candidate: most texts have none.
        MentionsByEnd? byEnd = null;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens.Is(i, "the")) continue;
            var first = i + 1;
            var end = first;
            for (var words = 0; words < MaxNameWords && tokens.SpacedFromPrevious(end, WordSpacing.OneSpace) && tokens.NameWordEnd(end) is > 0 and var next; words++) end = next;
            if (end == first || !tokens.IsExactly(end, Head) || !tokens.SpacedFromPrevious(end, WordSpacing.OneSpace)) continue;
            var name = tokens.Text[tokens[first].Start..tokens[end - 1].End];
            if (lexicon.Titles.Contains(name) || lexicon.ClauseOpeners.Contains(name)) continue;
            // "the US administration", "the Afghan administration": a state's or a body's name is no leader's.
            if (Overlaps(byEnd ??= new MentionsByEnd(known), tokens[first].Start, tokens[end - 1].End, tokens.Text.Length)) continue;
            var span = new Span(tokens[first].Start, tokens[end].End);
            found.Add(new EntityMention(span, MentionType.Organization, tokens.Text[span.Start..span.End]));
        }
        return found;
    }

    /// <summary>Whether a known name overlaps [<paramref name="start"/>, <paramref name="end"/>); a method of its own so that the
    /// predicate's closure is made per candidate, not per token of the loop.</summary>
    private static bool Overlaps(MentionsByEnd known, int start, int end, int textLength) =>
        known.First(start + 1, textLength, k => k.Span.Start < end) is not null;
}
