using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Frames.Claims;

/// <summary>"..., UN figures show." / "statistics by the Harbour Board indicate that ...": figures and data state what the body
/// that compiled them reports, as "according to X" does.</summary>
internal sealed partial class DataSourceRule
{
    /// <summary>", UN figures show." closing the sentence; read on its last stretch, so the backtracking engine is safe.</summary>
    [GeneratedRegex(@",\s(?<owner>[^,;:""“”]{1,60}?)\s(?<cue>(?:figures|data|statistics|estimates)\s(?:show|shows|showed|suggest|suggests|indicate|indicates))\W*$", TextPatterns.WindowOptions)]
    private static partial Regex FinalDataSource { get; }

    /// <summary>"statistics by the Harbour Board indicate that": the statement follows.</summary>
    [GeneratedRegex(@"\b(?<cue>(?:[Dd]ata|[Ff]igures|[Ss]tatistics)\s(?:from|by|of)\s(?<owner>[^,;:""“”]{2,60}?)\s(?:show|shows|showed|suggest|suggests|indicate|indicates))\s(?:that\s)?", TextPatterns.WindowOptions)]
    private static partial Regex OpeningDataSource { get; }

    /// <summary>How far from the end of its sentence a final data source is read.</summary>
    private const int DataSourceReach = 200;

    public Attribution? DataSource(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence)
    {
        var text = doc.Text;
        var tailStart = Math.Max(sentence.Start, sentence.End - DataSourceReach);
        Span statement;
        Group owner, cue;
        if (FinalDataSource.Match(text, tailStart, sentence.End - tailStart) is { Success: true } final)
        {
            (owner, cue) = (final.Groups["owner"], final.Groups["cue"]);
            statement = SentenceSegmenter.Trim(text, new Span(sentence.Start, final.Index));
        }
        else if (OpeningDataSource.Match(text, sentence.Start, Math.Min(sentence.Length, ReportedSpeech.ContextReach)) is { Success: true } opening)
        {
            (owner, cue) = (opening.Groups["owner"], opening.Groups["cue"]);
            statement = SentenceSegmenter.Trim(text, new Span(opening.Index + opening.Length, sentence.End));
            statement = doc.Tokens.WithoutFinalMark(statement, '.');
        }
        else return null;
        if (statement.Length == 0) return null;
        var ownerSpan = new Span(owner.Index, owner.Index + owner.Length);
        var speaker = SpeakerFinder.ActorIn(doc, index, ownerSpan, headOnly: false) is { } actor
            ? new Speaker(actor.Name, actor.Id, actor.Kind)
            : GroupPhrases.GroupSpeaker(actors, owner.Value);
        return new Attribution(speaker, ClaimKind.Reported, cue.Value, statement, false);
    }
}
