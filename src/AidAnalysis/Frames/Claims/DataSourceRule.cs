using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"..., UN figures show." / "statistics by the Harbour Board indicate that ...": figures and data state what the body
/// that compiled them reports, as "according to X" does.</summary>
internal sealed class DataSourceRule(Lexicon lexicon)
{
    /// <summary>"figures", "data": the noun of a closing data source (claim-words.tsv), as written.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _closingNouns =
        TextPatterns.SpanLookup(lexicon.ClaimWordClasses["data-noun"]);
    /// <summary>"Statistics", "data": the noun of an opening data source, as written.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _openingNouns =
        TextPatterns.SpanLookup(lexicon.ClaimWordClasses["data-opening-noun"]);
    /// <summary>"from", "by", "of": before the body that compiled the data, as written.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositions =
        TextPatterns.SpanLookup(lexicon.ClaimWordClasses["data-owner-preposition"]);
    /// <summary>"show", "indicate": the verb reporting the data, as written.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbs =
        TextPatterns.SpanLookup(lexicon.ClaimWordClasses["data-verb"]);

    /// <summary>How far from the end of its sentence a final data source is read.</summary>
    private const int DataSourceReach = 200;

    /// <summary>The longest owner a data source names, in characters.</summary>
    private const int OwnerReach = 60;

    /// <summary>What an owner may not hold.</summary>
    private const string OwnerStops = ",;:\"“”";

    /// <summary>A data source found: its owner, the cue ("figures show") and the statement.</summary>
    internal readonly record struct Found(Span Owner, Span Cue, Span Statement);

    public Attribution? DataSource(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence)
    {
        if ((Final(doc.Tokens, sentence) ?? Opening(doc.Tokens, sentence)) is not { } found || found.Statement.Length == 0) return null;
        var text = doc.Text;
        var speaker = SpeakerFinder.ActorIn(doc, index, found.Owner, headOnly: false) is { } actor
            ? new Speaker(actor.Name, actor.Id, actor.Kind)
            : GroupPhrases.GroupSpeaker(actors, text[found.Owner.Start..found.Owner.End]);
        return new Attribution(speaker, ClaimKind.Reported, text[found.Cue.Start..found.Cue.End], found.Statement, false);
    }

    /// <summary>", UN figures show." closing the sentence: after the last comma (and one space) of its last
    /// <see cref="DataSourceReach"/> characters, an owner of 1 to 60 characters, then noun and verb one space apart, then
    /// no word character; the statement is what precedes the comma.</summary>
    internal Found? Final(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.Within(sentence);
        var verb = end - 1;
        while (verb >= first && !tokens[verb].IsWordLike && tokens.CharAt(tokens[verb].Start) != '_') verb--;
        if (verb <= first || !_verbs.Contains(tokens.TextOf(verb))) return null;
        var noun = tokens.TokenRightBefore(tokens[verb].Start, sentence.Start, WordSpacing.OneWhitespace);
        if (noun <= first || !_closingNouns.Contains(tokens.TextOf(noun)) || !tokens[noun].SpaceBefore) return null;
        var tailStart = Math.Max(sentence.Start, sentence.End - DataSourceReach);
        var ownerEnd = tokens[noun].Start - 1;
        for (var k = noun - 1; k >= first && tokens[k].Start >= tailStart; k--)
        {
            if (tokens.IsMark(k, ','))
                return ownerEnd - (tokens[k].End + 1) is >= 1 and <= OwnerReach && tokens.SpaceFollows(k, sentence)
                    ? new Found(new Span(tokens[k].End + 1, ownerEnd), new Span(tokens[noun].Start, tokens[verb].End),
                        SentenceSegmenter.Trim(tokens.Text, new Span(sentence.Start, tokens[k].Start)))
                    : null;
            if (tokens.TextOf(k).IndexOfAny(OwnerStops) >= 0) return null;
        }
        return null;
    }

    /// <summary>"statistics by the Harbour Board indicate that": the first data noun followed, one space apart each, by
    /// "from", "by" or "of", an owner of 2 to 60 characters and a verb, inside the sentence's first stretch; the statement follows
    /// the verb and an optional "that".</summary>
    internal Found? Opening(TokenLayer tokens, Span sentence)
    {
        var window = new Span(sentence.Start, sentence.Start + Math.Min(sentence.Length, ReportedSpeech.ContextReach));
        var (first, end) = tokens.Within(window);
        for (var i = first; i < end; i++)
        {
            if (!_openingNouns.Contains(tokens.TextOf(i))) continue;
            if (i > first && tokens[i - 1].End == tokens[i].Start && tokens[i - 1].IsWordLike) continue;
            var preposition = tokens.TokenRightAfter(tokens[i].End, window.End, WordSpacing.OneWhitespace);
            if (preposition < 0 || !_prepositions.Contains(tokens.TextOf(preposition)) || !tokens.SpaceFollows(preposition, window)) continue;
            if (VerbAfterOwner(tokens, preposition, window) is not { } verb) continue;
            var ownerStart = tokens[preposition].End + 1;
            var start = tokens[verb].End + 1;
            var that = tokens.TokenRightAfter(tokens[verb].End, window.End, WordSpacing.OneWhitespace);
            if (tokens.IsExactly(that, "that") && tokens.SpaceFollows(that, window)) start = tokens[that].End + 1;
            var statement = SentenceSegmenter.Trim(tokens.Text, new Span(start, sentence.End));
            return new Found(new Span(ownerStart, tokens[verb].Start - 1), new Span(tokens[i].Start, tokens[verb].End), tokens.WithoutFinalMark(statement, '.'));
        }
        return null;
    }

    /// <summary>The first verb after <paramref name="preposition"/>'s owner of 2 to 60 characters, spaced on both sides
    /// inside <paramref name="window"/>; null if a stop of the owner or its reach comes first.</summary>
    private int? VerbAfterOwner(TokenLayer tokens, int preposition, Span window)
    {
        var ownerStart = tokens[preposition].End + 1;
        for (var k = preposition + 1; k < tokens.Count && tokens[k].End <= window.End && tokens[k].Start - 1 - ownerStart <= OwnerReach; k++)
        {
            if (_verbs.Contains(tokens.TextOf(k)) && tokens[k].SpaceBefore && tokens[k].Start - 1 - ownerStart >= 2 && tokens.SpaceFollows(k, window)) return k;
            if (tokens.TextOf(k).IndexOfAny(OwnerStops) >= 0) return null;
        }
        return null;
    }
}
