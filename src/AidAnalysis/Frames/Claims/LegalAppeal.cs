using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"appealed to the High Court against the ruling": "appeal to" a court is the legal appeal against a decision, an
/// act, not a plea to a hearer ("appealed to donors for support"), so it makes no claim.</summary>
internal sealed class LegalAppeal(ClaimVocabulary vocabulary)
{
    /// <summary>How many words of the object, up to its first comma, may come before the court's head noun ("the Supreme
    /// Court", "the European Court of Human Rights", "a military appeals tribunal").</summary>
    private const int ForumReach = 4;

    /// <summary>Whether <paramref name="cue"/> is "appeal to" and the noun phrase right after it in <paramref name="objectSpan"/>
    /// names a court (claim-words.tsv, appeal-forum): a forum word after the phrase closes ("donors for court reform") is not
    /// the hearer.</summary>
    public bool IsLegalAppeal(TokenLayer tokens, string cue, Span objectSpan)
    {
        if (!vocabulary.AppealCues.Contains(cue)) return false;
        var comma = tokens.FirstMarkIn(objectSpan, ',');
        var phrase = comma < 0 ? objectSpan : new Span(objectSpan.Start, tokens[comma].Start);
        foreach (var word in tokens.ClaimWordsIn(phrase, ForumReach))
        {
            var text = tokens.Text.AsSpan(word.Start, word.Length);
            if (vocabulary.AppealObjectEnds.Contains(text)) return false;
            if (vocabulary.AppealForums.Contains(text)) return true;
        }
        return false;
    }
}
