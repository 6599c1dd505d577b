using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"A further €5 million would follow", "another $2 million will also come", "the rest will arrive next month": an amount
/// that is the subject of a modal and a verb of coming is money promised for the future (SCHEMA.md: pledged, "will provide"),
/// and names money given though its sentence has no verb of giving. The modal stands right after the amount, and the verb
/// right after the modal or past one modal filler ("would also follow"); the amount is no preposition's object. Prepositions
/// are the preposition-before-that class of funding-attribute-words.tsv.</summary>
internal sealed class FutureArrival(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var modal = tokens.WordRightAfter(amount.End, window.End, WordSpacing.OneWhitespace);
        if (modal < 0 || !words.Modals.IsWord(tokens, modal)) return false;
        var verb = tokens.WordRightAfter(tokens[modal].End, window.End, WordSpacing.OneWhitespace);
        if (verb >= 0 && words.ModalFillers.IsWord(tokens, verb)) verb = tokens.WordRightAfter(tokens[verb].End, window.End, WordSpacing.OneWhitespace);
        return verb >= 0 && words.ComingVerbs.IsWord(tokens, verb) && !ObjectOfPreposition(tokens, window, amount);
    }

    /// <summary>"talks on a further €5 million will follow": a preposition among the three words right before the amount makes
    /// it the object of that preposition, and the subject that comes is another noun.</summary>
    private bool ObjectOfPreposition(TokenLayer tokens, Span window, Span amount)
    {
        var at = amount.Start;
        for (var k = 0; k < 3; k++)
        {
            var word = tokens.WordRightBefore(at, window.Start, WordSpacing.OneWhitespace);
            if (word < 0) return false;
            if (words.PrepositionsBeforeThat.IsWord(tokens, word)) return true;
            at = tokens[word].Start;
        }
        return false;
    }
}
