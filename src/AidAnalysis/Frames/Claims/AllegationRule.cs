using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Statements carried by a noun of saying: "Israeli allegations that ...", "Russia’s claims that ...",
/// "claims by the ambassador, X, that ...".</summary>
internal sealed class AllegationRule(ClaimVocabulary vocabulary)
{
    private readonly ReportingCues _cues = vocabulary.Cues;

    /// <summary>The nouns of saying (allegation-nouns.txt), asked of lower-case tokens.</summary>
    private readonly WordSet _nouns = new(vocabulary.Lexicon.AllegationNouns);

    /// <summary>How many characters the phrase after "by" may span.</summary>
    private const int SourceReach = 120;

    /// <summary>The state behind the demonym or possessive, or the actor named after "by", asserts what follows "that".</summary>
    public Attribution? Allegation(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence)
    {
        if (NounOfSaying(doc.Tokens, sentence) is not { } found) return null;
        var (noun, source, start) = found;
        var speaker = source is { } by ? SourceNamedBy(index, by) : OwnerOf(doc, actors, PhraseStart(doc.Tokens, noun, sentence));
        if (speaker is null) return null;
        // "Responding to claims by X that ..., the minister said ...": the allegation ends where the sentence's own attribution begins.
        var next = _cues.First(doc, new Span(start, sentence.End));
        var end = next is not { } cue ? sentence.End : doc.Tokens.LastMarkIn(new Span(start + 1, cue.Span.Start), ',') is var comma and >= 0 ? doc.Tokens[comma].Start : sentence.End;
        var content = SentenceSegmenter.Trim(doc.Text, new Span(start, end));
        content = doc.Tokens.WithoutFinalMark(content, '.');
        return content.Length == 0 ? null : new Attribution(speaker, ClaimKind.Reported, doc.Tokens.TextOf(noun).ToString(), content, true);
    }

    /// <summary>The first noun of saying in <paramref name="sentence"/> with a space before it and then " that " or " by X that "
    /// (one space apart each): its token, the phrase after "by" if any, and where the statement begins.</summary>
    internal (int Noun, Span? Source, int Start)? NounOfSaying(TokenLayer tokens, Span sentence)
    {
        var (first, last) = tokens.Within(sentence);
        for (var i = first; i < last; i++)
        {
            if (!tokens.IsLowerWordIn(i, _nouns) || !tokens.SpacePrecedes(i, sentence)) continue;
            var next = tokens.TokenRightAfter(tokens[i].End, sentence.End, WordSpacing.OneWhitespace);
            if (next < 0 || !tokens.SpaceFollows(next, sentence)) continue;
            if (tokens.IsExactly(next, "that")) return (i, null, tokens[next].End + 1);
            if (tokens.IsExactly(next, "by") && SourceBefore(tokens, next, sentence) is { } found) return (i, found.Source, found.Start);
        }
        return null;
    }

    /// <summary>Where the phrase of <paramref name="noun"/> begins: at a possessive "’s" right before it ("Russia’s claims"),
    /// else at the space before it; the owner is read just before.</summary>
    private static int PhraseStart(TokenLayer tokens, int noun, Span sentence) =>
        tokens.TokenRightBefore(tokens[noun].Start, sentence.Start, WordSpacing.OneWhitespace) is var s and >= 0
        && (tokens.IsExactly(s, "’s") || tokens.IsExactly(s, "'s")) ? tokens[s].Start : tokens[noun].Start - 1;

    /// <summary>"by the ambassador, X, that ": the phrase of 2 to 120 characters after "by" (no stop, semicolon, colon or
    /// double quote in it) up to the first " that " that may close it, less a comma right before that space.</summary>
    private static (Span Source, int Start)? SourceBefore(TokenLayer tokens, int by, Span sentence)
    {
        var from = tokens[by].End + 1;
        for (var k = by + 1; k < tokens.Count && tokens[k].End <= sentence.End && tokens[k].Start <= from + SourceReach + 2; k++)
        {
            if (tokens.IsExactly(k, "that") && tokens[k].SpaceBefore)
            {
                var end = tokens[k].Start - 1;
                if (tokens.CharAt(end - 1) == ',' && end - 1 - from >= 2) end--;
                if (end - from is >= 2 and <= SourceReach && tokens.SpaceFollows(k, sentence)) return (new Span(from, end), tokens[k].End + 1);
            }
            if (tokens.TextOf(k).IndexOfAny(".;:“”\"") >= 0) return null;
        }
        return null;
    }
    /// <summary>"Israeli allegations", "Russia’s claims": the country just before the noun.</summary>
    private static Speaker? OwnerOf(AnalysisDocument doc, SpeakerRoster actors, int noun)
    {
        var owner = doc.EntitiesEndingIn(noun - 3, noun).LastOrDefault(e => e.Type is MentionType.Demonym or MentionType.Country);
        if (owner is null) return null;
        var actor = actors.Country(owner.Canonical);
        return actor is null ? GroupPhrases.GroupSpeaker(actors, owner.Canonical) : new Speaker(actor.Name, actor.Id, actor.Kind);
    }

    /// <summary>"claims by the ambassador, X,": a person named in the phrase, else its first actor.</summary>
    private static Speaker? SourceNamedBy(SpeakerIndex index, Span source)
    {
        var actor = index.Within(source)
            .OrderBy(m => m.Actor.Kind == ActorKind.Person ? 0 : 1).ThenBy(m => m.Span.Start)
            .Select(m => m.Actor).FirstOrDefault();
        return actor is null ? null : new Speaker(actor.Name, actor.Id, actor.Kind);
    }
}
