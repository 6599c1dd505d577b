using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"told Devex", "figures seen by The Meridian Ledger", "telling state broadcaster RTX": the unknown name a statement was
/// given to, or that saw a document, is a news outlet. A name a media noun does not announce must end before a
/// conjunction, a preposition or punctuation ("told Devex that"), else it may modify a noun ("told Kakuma residents"), and
/// must have an outlet's form (<see cref="OutletForm"/>: "told Quillpost", "told NRQ", "told Radio Kiri"), as another unknown
/// name is as often a person, a group or a charity a statement was told to ("told Okonkwo", "told MPs", "seen by the Lakeside
/// Water Trust").</summary>
internal sealed class OutletsAfterCues(Lexicon lexicon, OutletForm outletForm)
{
    /// <summary>The most words an outlet's name is read to ("The Sunday Morning Herald Tribune").</summary>
    private const int MaxWords = 5;
    /// <summary>The most lower-case words of a description before the outlet's name ("local private radio station").</summary>
    private const int MaxDescriptionWords = 3;

    private readonly string[][] _cues = [.. lexicon.OutletCues["hearer-verb"].Concat(lexicon.OutletCues["agent-cue"]).Select(c => c.Split(' '))];
    /// <summary>The cues' first words: every token is a candidate cue, and most are ruled out by their number before any cue
    /// is compared with them.</summary>
    private readonly WordSet _cueFirstWords =
        new(lexicon.OutletCues["hearer-verb"].Concat(lexicon.OutletCues["agent-cue"]).Select(c => c.Split(' ')[0]), caseSensitive: true);
    private readonly WordSet _mediaNouns = new(lexicon.OutletCues["media-noun"], caseSensitive: true);
    private readonly WordSet _followers = new(lexicon.OutletCues["follower"], caseSensitive: true);
    /// <summary>Words that make a name a body, not an outlet: a hearing body's ("House") or an organisation head ("Ministry").</summary>
    private readonly WordSet _bodyWords = new([.. lexicon.OutletCues["hearer-body"], .. lexicon.OrganizationHeads], caseSensitive: true);

    public List<EntityMention> Find(TokenLayer tokens, IReadOnlyList<EntityMention> known)
    {
        var found = new List<EntityMention>();
        // Built at the first candidate: most texts have none.
        MentionsByEnd? byEnd = null;
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? afterNameWords = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (CueEnd(tokens, i) is not (> 0 and var next)) continue;
            var article = tokens.IsExactly(next, "the");
            if (article) next++;
            var announced = false;
            for (var d = next; d < tokens.Count && d < next + MaxDescriptionWords && tokens.IsLetters(d, lowerOnly: true); d++)
                if (_mediaNouns.Contains(tokens, d))
                {
                    announced = true;
                    next = d + 1;
                    break;
                }
            if (Name(tokens, next) is not (> 0 and var end)) continue;
            var span = new Span(tokens[next].Start, tokens[end - 1].End);
            if (!announced && !(EndsAtFollower(tokens, end) && outletForm.Holds(tokens, next, end, article))) continue;
            if (!IsUnknownName(tokens, span, next, end, byEnd ??= new MentionsByEnd(known))) continue;
            if (end - next == 1 && (afterNameWords ??= WordsAfterNameWords(tokens).GetAlternateLookup<ReadOnlySpan<char>>()).Contains(tokens.TextOf(next))) continue;
            found.Add(new EntityMention(span, MentionType.Organization, tokens.Text[span.Start..span.End], OrganizationRecognizer.NewsOutletRole));
        }
        return found;
    }

    /// <summary>The token after the cue that ends at token <paramref name="i"/>'s run ("told", "seen by"), else -1.</summary>
    private int CueEnd(TokenLayer tokens, int i)
    {
        if (!_cueFirstWords.Contains(tokens, i)) return -1;
        foreach (var cue in _cues)
        {
            var k = 0;
            while (k < cue.Length && tokens.IsExactly(i + k, cue[k]) && (k == 0 || tokens.SpaceAt(tokens[i + k - 1].End))) k++;
            if (k == cue.Length && i + k < tokens.Count && tokens.SpaceAt(tokens[i + k - 1].End)) return i + k;
        }
        return -1;
    }

    /// <summary>The end of the capitalised name that token <paramref name="first"/> opens, its words one space apart; -1 where none.</summary>
    private static int Name(TokenLayer tokens, int first)
    {
        var end = tokens.NameWordEnd(first);
        if (end < 0) return -1;
        for (var words = 1; words < MaxWords && tokens.SpacedFromPrevious(end, WordSpacing.OneSpace); words++)
        {
            var next = tokens.NameWordEnd(end);
            if (next < 0) break;
            end = next;
        }
        return end;
    }

    /// <summary>Whether the name ends the clause or a conjunction, preposition or time word follows it.</summary>
    private bool EndsAtFollower(TokenLayer tokens, int end) =>
        end >= tokens.Count || tokens[end].Kind is TokenKind.Punctuation || _followers.Contains(tokens, end);

    /// <summary>Whether the name is none the text knows: no known name overlaps it but a state's inside a longer name ("The Jordan
    /// Ledger"); its first word is no given name, title or clause opener, and no word a body's ("the House", "Ministry").</summary>
    private bool IsUnknownName(TokenLayer tokens, Span span, int first, int end, MentionsByEnd known)
    {
        if (known.First(span.Start + 1, tokens.Text.Length, k => k.Span.Start < span.End
                && (k.Span == span || k.Type is not (MentionType.Country or MentionType.Demonym or MentionType.Seat))) is not null) return false;
        // "The Jordan Ledger": the article is read past.
        var second = tokens.NameWordEnd(first);
        var opener = tokens.IsExactly(first, "The") && second < end ? second : first;
        var firstWord = tokens.Text[tokens[opener].Start..tokens[tokens.NameWordEnd(opener) - 1].End];
        if (lexicon.GivenNames.Contains(firstWord) || lexicon.Titles.Contains(firstWord) || lexicon.CourtesyTitles.Contains(firstWord)
            || lexicon.ClauseOpeners.Contains(firstWord)) return false;
        for (var w = first; w < end; w = tokens.NameWordEnd(w))
            if (_bodyWords.Contains(tokens, w)) return false;
        return true;
    }

    /// <summary>The words that stand right after a capitalised name word, read once: a one-word name among them is the last word
    /// of a longer name elsewhere (the surname of a person: "told Okafor").</summary>
    private static HashSet<string> WordsAfterNameWords(TokenLayer tokens)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
            if (tokens[i].Start == tokens[i - 1].End + 1 && tokens.NameWordEnd(i - 1) == i) words.Add(tokens.TextOf(i).ToString());
        return words;
    }
}
