using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "Zland is the largest contributor, with $5 billion", "Zland followed with €28 million", "Zland has also chipped in, with $9
/// million": where no verb of giving governs the amount, the amount "with" brings into the clause (a few lower-case qualifiers
/// such as "about" or "another" between; not "the", which takes up a share already told: "with the remaining $2 million going to
/// Y") is what the party opening the sentence gives. Words must stand between that party and
/// "with": an apposition ("Zland, with $2 billion in debt, ...") gives nothing. "compared with", "along with" (with-companion of
/// party-words.tsv) join an amount to another, not to a giver.
/// </summary>
internal sealed class WithAmountGiver(PartyWords words)
{
    /// <summary>How many lower-case words may stand between "with" and the amount.</summary>
    private const int Qualifiers = 2;

    public Actor? Find(PartyScene scene)
    {
        var (tokens, sentence) = (scene.Tokens, scene.Sentence);
        if (scene.Mentions.Count == 0) return null;
        var i = tokens.FirstStartingFrom(scene.Amount.Start) - 1;
        for (var n = 0; !tokens.IsExactly(i, "with"); n++, i--)
            if (n == Qualifiers || i < 0 || tokens[i].Start < sentence.Start || !tokens.IsLetters(i, lowerOnly: true) || tokens.IsExactly(i, "the")) return null;
        if (tokens[i].Start < sentence.Start || tokens.IsAny(i - 1, words.WithCompanions)) return null;
        var (actor, span) = scene.Mentions[0];
        var first = tokens.FirstStartingFrom(sentence.Start);
        var opens = tokens[first].Start == span.Start || tokens.IsExactly(first, "The") && first + 1 < tokens.Count && tokens[first + 1].Start == span.Start;
        return opens && actor.Kind is ActorKind.Country or ActorKind.Organization && span.End < tokens[i].Start
            && !Possessive.Follows(tokens, span) && tokens.WordsIn(new Span(span.End, tokens[i].Start)) > 0 ? actor : null;
    }
}
