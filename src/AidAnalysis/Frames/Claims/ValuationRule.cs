using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The bank has put the cost of rebuilding at $11 billion", "the embassy valued the consignment at $42 million": a
/// verb of valuing with an object and "at" before a figure states the subject's estimate (Collins COBUILD English Dictionary,
/// "put": to estimate a figure; "value", "peg"), a reported claim from the verb to the end of its sentence.</summary>
internal sealed class ValuationRule(ClaimVocabulary vocabulary, SpeakerFinder speakers)
{
    private readonly WordSet _verbs = vocabulary.ValuationVerbs;
    private readonly WordSet _broadVerbs = vocabulary.BroadValuationVerbs;
    private readonly WordSet _approximators = vocabulary.ValuationApproximators;
    private readonly WordSet _objects = vocabulary.ValuationObjects;
    private readonly WordSet _documents = vocabulary.DocumentNouns;

    /// <summary>The most words an object between the verb and "at" holds ("the cost of reconstruction and recovery").</summary>
    private const int MostObjectWords = 12;

    /// <summary>The most approximating words between "at" and the figure ("at more than", "at up to").</summary>
    private const int MostApproximators = 3;

    /// <summary>The first valuation in <paramref name="sentence"/> outside quotations whose statement is free and whose subject
    /// opens with an actor or a pronoun; the speakers layer gains nothing from it.</summary>
    public Attribution? Valuation(AnalysisDocument doc, SpeakerIndex index, Span sentence, Func<int, bool> insideQuote, Func<Span, bool> free)
    {
        var tokens = doc.Tokens;
        var (first, end) = tokens.Within(sentence);
        for (var verb = first + 1; verb < end; verb++)
        {
            if (!tokens.IsLowerWordIn(verb, _verbs) || !tokens[verb].SpaceBefore || insideQuote(tokens[verb].Start)) continue;
            if (FigureAfterObject(tokens, verb, end) is null) continue;
            // What follows the figure belongs to the estimate ("at $11 billion, with housing nearly half of it").
            var statement = tokens.WithoutFinalMark(SentenceSegmenter.Trim(doc.Text, new Span(tokens[verb].Start, sentence.End)), '.');
            if (!free(statement)) continue;
            var subject = new Span(sentence.Start, tokens[verb].Start);
            // A named actor or a pronoun opening the subject speaks; an unnamed group ("the government", "a joint assessment")
            // is left to the rules that report speech, so that an estimate adds no speaker of its own.
            if (OwnsABody(tokens, subject) || speakers.ClauseSubject(doc, index, subject) is not { } speaker) continue;
            return new Attribution(speaker, ClaimKind.Reported, tokens.TextOf(verb).ToString(), statement, false);
        }
        return null;
    }

    /// <summary>"Nepal's government has put": an owner before a possessive speaks only through a document it issued ("The bank's
    /// latest assessment put", as "according to the bank's statement" does); the body it owns is another speaker, unnamed.</summary>
    private bool OwnsABody(TokenLayer tokens, Span subject)
    {
        var (first, end) = tokens.Within(subject);
        for (var i = first; i < end; i++)
        {
            if (!tokens.PossessiveAt(tokens[i].Start)) continue;
            for (var head = i + 1; head < end; head++)
                if (tokens.IsLowerWordIn(head, _documents)) return false;
            return true;
        }
        return false;
    }

    /// <summary>The token of the figure valued: after <paramref name="verb"/>, an object of one to <see cref="MostObjectWords"/>
    /// words without a clause mark, then "at", up to <see cref="MostApproximators"/> approximating words and a number (or a
    /// currency sign or code written against one: "$11", "US$250"); null otherwise. "was valued at" (no object) is a passive
    /// description, not an estimate someone states. "put" estimates only an object naming an amount ("put the toll at"), not
    /// a time or place ("put the question at 11 a.m.", "put its troops at 3 bases").</summary>
    private int? FigureAfterObject(TokenLayer tokens, int verb, int end)
    {
        var words = 0;
        var namesAnAmount = !tokens.IsLowerWordIn(verb, _broadVerbs);
        for (var i = verb + 1; i < end; i++)
        {
            if (tokens.IsMark(i, ',') || tokens.IsMark(i, ';') || tokens.IsMark(i, ':')) return null;
            if (tokens.IsExactly(i, "at") && tokens[i].SpaceBefore) return words == 0 || !namesAnAmount ? null : FigureAfterAt(tokens, i, end);
            if (tokens[i].IsWordLike && ++words > MostObjectWords) return null;
            namesAnAmount |= tokens.IsLowerWordIn(i, _objects);
        }
        return null;
    }

    private int? FigureAfterAt(TokenLayer tokens, int at, int end)
    {
        var i = at + 1;
        for (var skipped = 0; i < end && skipped < MostApproximators && tokens.IsLowerWordIn(i, _approximators); skipped++) i++;
        if (i >= end || !tokens[i].SpaceBefore) return null;
        // The figure as spaces part it: "11", "$11", "US$250", "Sh640bn"; a sign or code of up to three characters before its digits.
        var last = i;
        while (last + 1 < end && tokens[last + 1].Start == tokens[last].End && !tokens.IsMark(last + 1, ',') && !tokens.IsMark(last + 1, ';')) last++;
        var written = tokens.Text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
        return written.IndexOfAnyInRange('0', '9') is >= 0 and <= 3 ? last : null;
    }
}
