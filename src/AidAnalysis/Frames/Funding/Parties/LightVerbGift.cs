using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"made a $10 million donation", "will make a contribution of $5 million": a light verb whose gift noun names the
/// gift; its subject gives. Made is given (delivered); a pledge, a commitment or a gift still to be made is pledged. Read on
/// the tokens before and after the amount, the words of party-words.tsv one whitespace character apart, as written.</summary>
internal sealed class LightVerbGift(PartyWords words)
{
    /// <summary>How far before the amount the verb may start, and after it the gift noun may end.</summary>
    private const int VerbReach = 60, NounReach = 30;

    public (Span Verb, FundingStatus Status)? Find(TokenLayer tokens, Span sentence, Span amount)
    {
        var floor = Math.Max(sentence.Start, amount.Start - VerbReach);
        // Backwards from the amount: "[will|to] make [a] [further] [donation of] $X".
        var i = tokens.WordRightBefore(amount.Start, floor, WordSpacing.OneWhitespace);
        var noun = -1;
        if (tokens.IsExactlyAny(i, words.GiftOf) && tokens.WordRightBefore(tokens[i].Start, floor, WordSpacing.OneWhitespace) is var of && IsGiftNoun(tokens, of))
            (noun, i) = (of, tokens.WordRightBefore(tokens[of].Start, floor, WordSpacing.OneWhitespace));
        if (i >= 0 && tokens.ChunkEndingAt(i) is var modifier && tokens.ChunkIsAny(modifier, i, words.GiftModifiers))
            i = tokens.WordRightBefore(tokens[modifier].Start, floor, WordSpacing.OneWhitespace);
        if (tokens.IsExactlyAny(i, words.GiftArticles)) i = tokens.WordRightBefore(tokens[i].Start, floor, WordSpacing.OneWhitespace);
        var past = tokens.IsExactlyAny(i, words.LightVerbsPast);
        if (!past && !tokens.IsExactlyAny(i, words.LightVerbs)) return null;
        var verb = i;
        if (noun < 0)
        {
            // "... a $X (humanitarian) grant".
            var ceiling = Math.Min(sentence.End, amount.End + NounReach);
            var after = tokens.WordRightAfter(amount.End, ceiling, WordSpacing.OneWhitespace);
            if (tokens.IsExactlyAny(after, words.GiftKinds)) after = tokens.WordRightAfter(tokens[after].End, ceiling, WordSpacing.OneWhitespace);
            if (!IsGiftNoun(tokens, after)) return null;
            noun = after;
        }
        var future = tokens.IsExactlyAny(tokens.WordRightBefore(tokens[verb].Start, floor, WordSpacing.OneWhitespace), words.LightVerbFutures);
        var status = tokens.IsExactlyAny(noun, words.PromisedGiftNouns) || !past || future ? FundingStatus.Pledged : FundingStatus.Delivered;
        return (new Span(tokens[verb].Start, tokens[verb].End), status);
    }

    private bool IsGiftNoun(TokenLayer tokens, int i) => tokens.IsExactlyAny(i, words.GiftNouns) || tokens.IsExactlyAny(i, words.PromisedGiftNouns);
}
