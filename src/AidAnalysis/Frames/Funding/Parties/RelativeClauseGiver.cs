using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"The $5 million, which Japan announced on Monday, will fund ...": a relative clause on the amount whose subject is
/// a party and whose verb is one of giving names the giver; the amount is the verb's object, gapped.</summary>
internal sealed class RelativeClauseGiver(PartyWords words, SubjectOfGiving subjects)
{
    public Actor? Find(PartyScene scene, PhraseMatcher<FundingCue> givingVerbs)
    {
        var tokens = scene.Tokens;
        var comma = tokens.FirstStartingFrom(scene.Amount.End);
        if (comma >= tokens.Count || tokens[comma].Start != scene.Amount.End || !tokens.IsMark(comma, ',')) return null;
        var relative = comma + 1;
        if (!tokens.SpacedFromPrevious(relative, WordSpacing.OneWhitespace) || !tokens.IsExactlyAny(relative, words.SubjectGapRelatives)) return null;
        foreach (var (actor, span) in scene.Mentions)
        {
            if (span.Start != tokens[relative].End + 1) continue;
            var rest = new Span(span.End, scene.Sentence.End);
            var verbs = givingVerbs.Find(scene.Doc.Words, rest);
            return verbs.Count > 0 && subjects.IsDirectGap(tokens, span.End, verbs[0].Span.Start) ? actor : null;
        }
        return null;
    }
}
