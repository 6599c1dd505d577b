using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The president called his counterpart to convey the readiness ...", "the adviser visited the embassy to
/// express condolences": a stance verb in a purpose infinitive after a named object is the clause subject's statement.</summary>
internal sealed class PurposeInfinitive(Lexicon lexicon)
{
    private readonly Lexicon _lexicon = lexicon;

    /// <summary>"... Erdogan to convey", "... the Embassy to express", "... today (Wednesday) to convey": "to" after a name or an
    /// aside, not after a verb or adjective of intention ("wants to condemn", "the first to announce").</summary>
    public bool IsPurposeInfinitive(TokenLayer tokens, string cue, Span cueSpan)
    {
        if (!_lexicon.StanceVerbs.Contains(cue)) return false;
        var (to, last) = tokens.JoinedWordBefore(cueSpan.Start);
        if (to < 0 || to != last || !tokens.IsExactly(to, "to")) return false;
        return tokens.IsMark(to - 1, ')') || tokens.JoinedWordTextBefore(tokens[to].Start) is ({ Length: > 1 } word, _) && char.IsUpper(word[0]);
    }

    /// <summary>The first actor of the clause the infinitive ends ("..., and Adviser X visited the embassy to"), not one after a preposition.</summary>
    public static Speaker? PurposeSubject(AnalysisDocument doc, SpeakerIndex index, Span sentence, Span cue)
    {
        var comma = doc.Tokens.LastMarkIn(new Span(sentence.Start, cue.Start), ',') is var mark and >= 0 ? doc.Tokens[mark].Start : -1;
        var clause = new Span(comma > sentence.Start ? comma + 1 : sentence.Start, cue.Start);
        var first = index.Within(clause)
            .Where(m => !SpeakerFinder.IsAfterPreposition(doc.Tokens, m.Span) && doc.Tokens.ClaimWordCount(new Span(clause.Start, m.Span.Start), 5) <= 4)
            .OrderBy(m => m.Span.Start)
            .FirstOrDefault();
        return first.Actor is null ? null : new Speaker(first.Actor.Name, first.Actor.Id, first.Actor.Kind);
    }
}
