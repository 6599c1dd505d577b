using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;
using static AidAnalysis.Frames.Claims.ClaimWords;

namespace AidAnalysis.Frames.Claims;

/// <summary>Shapes of attribution read from the words around a cue: sentence-final cues, participles and
/// coordinated verbs, infinitives and passives, attributions inside a sentence.</summary>
internal sealed class AttributionShapes(Hearers hearers, WordSet joinedClauseOpeners)
{
    private readonly Hearers _hearers = hearers;
    private readonly WordSet _joinedClauseOpeners = joinedClauseOpeners;

    public static readonly HashSet<string> PostpositionCues = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "added", "adds", "told", "noted", "stressed", "warned", "explained", "wrote", "insisted", "announced", "confirmed", "stated", "declared", "reported", "emphasised", "emphasized" };

    /// <summary>"the last to confirm its share" (an infinitive), "reported by", "writing by X" (a passive or a
    /// credit line): the cue does not attribute a statement to its subject.</summary>
    public static bool IsInfinitiveOrPassive(TokenLayer tokens, Span cue)
    {
        if (tokens.WordRightBefore(cue.Start) is "to") return true;
        return tokens.Text.AsSpan(cue.End..Math.Min(tokens.Text.Length, cue.End + 4)).StartsWith(" by ");
    }

    /// <summary>"The money, he said, will arrive in May" / "The aid, according to the ministry, is late":
    /// an attribution inside the sentence; the statement goes on after it (the claim's span, and so its text, keeps the attribution
    /// inside, since every row's text is the text at its span).</summary>
    public static Attribution Continued(string text, Attribution draft, int cueEnd, Span sentence)
    {
        var closing = text.IndexOf(',', cueEnd, sentence.End - cueEnd);
        if (closing < 0 || WordCount(text.AsSpan(cueEnd..closing)) > 6) return draft;
        var rest = SentenceSegmenter.Trim(text, new Span(closing + 1, sentence.End));
        if (rest.Length > 0 && text[rest.End - 1] == '.') rest = rest with { End = rest.End - 1 };
        var words = LastWords(text[rest.Start..Math.Min(rest.End, rest.Start + 200)], 200);
        // A participle (", saying", ", renewing a call") opens the speaker's next act, not the rest of this statement.
        if (words.Count < 3 || !char.IsLower(words[0][0]) || ContinuationBlockers.Contains(words[0]) || words[0].EndsWith("ing", StringComparison.Ordinal)) return draft;
        return draft with { Span = new Span(draft.Span.Start, rest.End) };
    }

    /// <summary>First words after ", said X," that start an apposition or an adjunct about the speaker, not the rest of the statement.</summary>
    private static readonly HashSet<string> ContinuationBlockers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "who", "which", "whose", "in", "at", "on", "during", "after", "before",
        "when", "while", "according", "as", "and", "but", "from", "to", "with", "for",
    };

    /// <summary>"..., saying": a participle cue right after a comma.</summary>
    public static bool FollowsComma(string text, (string Entry, Span Span) cue) =>
        cue.Entry.Split(' ')[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && cue.Span.Start >= 2 && text.AsSpan(cue.Span.Start - 2, 2) is ", ";

    /// <summary>"X, who disclosed that ..., also said": the main verb after a relative clause, or a second statement.</summary>
    public static bool FollowsAlso(string text, Span cue) =>
        cue.Start >= 6 && text.AsSpan(cue.Start - 6, 6) is " also " or ",also ";

    /// <summary>"... and stressed": a verb coordinated with an earlier one.</summary>
    public static bool FollowsAnd(string text, Span cue) =>
        cue.Start >= 5 && text.AsSpan(cue.Start - 5, 5) is " and ";

    /// <summary>"said the plan was sound but cautioned ...": a verb joined to an earlier one by "but" with no comma before it (a comma
    /// sets off a concession that the first statement carries).</summary>
    public static bool FollowsBut(string text, Span cue) =>
        cue.Start >= 6 && text.AsSpan(cue.Start - 5, 5) is " but " && text[cue.Start - 6] != ',';

    /// <summary>", saying", "for suggesting", "after stressing": a participle or gerund whose subject is its clause's.</summary>
    public static bool IsParticipleAfterComma(TokenLayer tokens, string cue, Span cueSpan, Span sentence)
    {
        if (!cue.Split(' ')[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        if (tokens.Text.AsSpan(sentence.Start..cueSpan.Start).TrimEnd().EndsWith(",")) return true;
        return tokens.WordRightBefore(cueSpan.Start) is "for" or "by" or "after" or "while" or "when" or "before";
    }

    /// <summary>How far before a sentence-final cue the comma that ends its statement may stand.</summary>
    private const int FinalCueReach = 120;

    /// <summary>"..., the source said." / "..., said X, the spokesman.": the cue closes the sentence and
    /// only its speaker follows it.</summary>
    public bool IsSentenceFinal(TokenLayer tokens, Span cue, Span sentence)
    {
        var text = tokens.Text;
        var comma = StatementComma(text, cue, sentence);
        if (comma <= sentence.Start || cue.Start - comma >= FinalCueReach || text.AsSpan(comma..cue.Start).Contains(" that ", StringComparison.Ordinal)) return false;
        var after = new Span(cue.End, sentence.End);
        // "..., the ministry said, adding that ...": a participle clause after the cue is the speaker's next statement.
        if (ParticipleClause.StartIn(text, after) is var participle and >= 0) after = after with { End = participle };
        // "..., the consulate stated Friday, while the agency cautioned that ...": a clause joined after the cue brings its own statement.
        if (tokens.JoinedClauseAt(after, _joinedClauseOpeners) is var joined and >= 0) after = after with { End = joined };
        var rest = text[after.Start..after.End];
        // "..., X noted in its bulletin on Tuesday, March 4, that ...": the statement follows. A "that" past the first comma
        // and not right after one opens a relative clause of an adjunct ("said on Friday, in a decision that ends ...").
        var cut = rest.IndexOfAny([',', ';']);
        if (rest.IndexOf(" that ", StringComparison.Ordinal) is var that and >= 0 && (cut < 0 || that < cut || rest[that - 1] == ',')) return false;
        if (cut >= 0) rest = rest[..cut];
        rest = rest.Trim().TrimEnd('.', '!', '?');
        if (rest.Length == 0 || _hearers.IsOnlyHearer(rest)) return true;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "..., X said the roads were open": with its subject before it, a cue followed by a noun phrase opens a statement,
        // and so does one followed by a clause ("In a statement, X said Canberra would ...").
        var subjectBefore = WordCount(text.AsSpan((comma + 1)..cue.Start)) > 0;
        if (subjectBefore && FiniteVerb.In(rest)) return false;
        // "Anna Berg, the minister, said the plan was sound": what stands before the comma holds no verb, so it is the speaker's
        // name in apposition, not a statement, and the clause after the cue is what was said.
        if (FiniteVerb.In(rest) && !FiniteVerb.In(text[sentence.Start..comma])) return false;
        // "said yesterday", "declared on Tuesday on a trip to the river port": only adjuncts of time and place follow.
        if (words.Length == 1 && words[0] is "yesterday" or "today" or "tonight" or "earlier" or "later") return true;
        if (words.Length <= FinalAdjunctWords && words[0] is "in" or "on" or "at" or "during" or "today" or "yesterday" or "earlier" or "later"
            && !FiniteVerb.In(rest)) return true;
        return words.Length <= (char.IsUpper(words[0][0]) ? 10 : 6) && (char.IsUpper(words[0][0]) || (!subjectBefore && words[0] is "the" or "his" or "her" or "their" or "a" or "an")
            || (words.Length > 1 && words[0] is "in" or "on" or "at" or "during" or "after" or "on" or "late" or "earlier" or "last" or "this" or "today" or "yesterday"));
    }

    /// <summary>How long a run of adjuncts after a final cue may be ("on Tuesday on a trip to the river port of Kiri").</summary>
    private const int FinalAdjunctWords = 14;

    /// <summary>The comma that ends the statement before a sentence-final cue. A comma right before the cue closes an
    /// apposition ("..., the foreign secretary, Maria Lopez, said" / "..., Maria Lopez, 54, said", the AP and Reuters
    /// first-mention order), so the statement ends at the comma before that two-part speaker phrase.</summary>
    public static int StatementComma(string text, Span cue, Span sentence)
    {
        // Only a comma within reach counts, so only that stretch is searched.
        var comma = text.LastIndexOf(',', Math.Max(sentence.Start, cue.Start - 1), Math.Min(FinalCueReach, Math.Max(0, cue.Start - sentence.Start)));
        if (comma <= sentence.Start || !text.AsSpan((comma + 1)..cue.Start).IsWhiteSpace()) return comma;
        // "..., were working around the clock, said Anna Berg": the speaker follows the cue, so no apposition precedes it.
        if (text.AsSpan(cue.End..sentence.End).TrimStart() is var after && after.Length > 0 && char.IsUpper(after[0])) return comma;
        var inner = CommaBefore(text, comma, sentence);
        var outer = CommaBefore(text, inner, sentence);
        if (outer <= sentence.Start) return comma;
        var first = text.AsSpan((outer + 1)..inner).Trim();
        var second = text.AsSpan((inner + 1)..comma).Trim();
        // One part is the name or the age ("Maria Lopez", "54"); a clause like "she added" is neither.
        var named = first.Length > 0 && second.Length > 0 && (char.IsUpper(first[0]) || char.IsUpper(second[0]) || char.IsDigit(second[0]));
        return named && IsAppositionPart(first) && IsAppositionPart(second) ? outer : comma;
    }

    /// <summary>Words in one part of a speaker's apposition: a name, a title or an age.</summary>
    private const int AppositionPartWords = 8;

    private static bool IsAppositionPart(ReadOnlySpan<char> part) =>
        WordCount(part) is > 0 and <= AppositionPartWords && !part.Contains(" that ", StringComparison.Ordinal);

    private static int CommaBefore(string text, int at, Span sentence) =>
        at - 1 > sentence.Start ? text.LastIndexOf(',', at - 1, at - 1 - sentence.Start) : -1;
}
