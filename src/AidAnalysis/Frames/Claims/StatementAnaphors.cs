using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"X said in a statement ... . Separately, the fund will ..., the statement said": a definite statement ("the
/// statement", "the release") points back to one named shortly before and speaks for whoever issued it, the speaker of the
/// nearest earlier claim whose sentence names a statement (statement-noun class, claim-words.tsv).</summary>
internal static class StatementAnaphors
{
    /// <summary>How many sentences back the statement pointed to may stand.</summary>
    private const int SentenceReach = 4;

    /// <summary>Gives each claim whose speaker is "the statement" the issuer's speaker; returns the ids of the unnamed
    /// speakers no claim keeps.</summary>
    public static HashSet<string> Resolve(AnalysisDocument doc, WordSet statementNouns, List<Attribution> claims)
    {
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        if (!claims.Any(c => IsStatement(c.Speaker, statementNouns))) return dropped;
        var order = Enumerable.Range(0, claims.Count).OrderBy(i => claims[i].Span.Start).ToArray();
        for (var k = 0; k < order.Length; k++)
        {
            var claim = claims[order[k]];
            if (!IsStatement(claim.Speaker, statementNouns)) continue;
            var sentence = doc.SentenceIndexAt(claim.Span.Start);
            for (var j = k - 1; j >= 0; j--)
            {
                var earlier = claims[order[j]];
                var at = doc.SentenceIndexAt(earlier.Span.Start);
                if (sentence - at > SentenceReach) break;
                if (earlier.Speaker.Kind == ActorKind.Group || at < 0 || !NamesStatement(doc, doc.Sentences[at].Span, statementNouns)) continue;
                if (claim.Speaker.ActorId is { } id) dropped.Add(id);
                claims[order[k]] = claim with { Speaker = earlier.Speaker };
                break;
            }
        }
        foreach (var c in claims)
            if (c.Speaker.ActorId is { } kept) dropped.Remove(kept);
        return dropped;
    }

    /// <summary>"the statement": "the" and one statement noun.</summary>
    private static bool IsStatement(Speaker speaker, WordSet statementNouns) =>
        speaker.Kind == ActorKind.Group && speaker.Name.Split(' ') is [var the, var noun]
        && the.Equals("the", StringComparison.OrdinalIgnoreCase) && statementNouns.Contains(noun);

    /// <summary>Whether a statement noun is written in lower case inside <paramref name="sentence"/>.</summary>
    private static bool NamesStatement(AnalysisDocument doc, Span sentence, WordSet statementNouns)
    {
        var tokens = doc.Tokens;
        for (var i = tokens.FirstStartingFrom(sentence.Start); i < tokens.Count && tokens[i].End <= sentence.End; i++)
            if (tokens.IsLowerWordIn(i, statementNouns)) return true;
        return false;
    }
}
