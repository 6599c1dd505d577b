using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>Where a reported statement ends inside its sentence: before a clause that brings its own
/// attribution (", while Germany said ...", ", and officials expect ...", ", though analysts believe ...",
/// ", according to X").</summary>
internal static partial class ClauseBoundary
{
    /// <summary>A contrast (", while", ", whereas", "; ") ends the statement wherever the clause's cue stands;
    /// a coordinator (", and", ", but", ", though") or ", according to" only when the cue follows within a short subject.
    /// Its words are literals matched where they stand, so the backtracking engine scans in linear time.</summary>
    [GeneratedRegex(@"(?:,\s(?:(?<contrast>while|whereas)|(?<join>and|but|though|although|according\sto))\s|(?<contrast>;)\s)", TextPatterns.WindowOptions)]
    private static partial Regex Boundary { get; }

    /// <summary>How many words a clause's subject may run before its cue.</summary>
    private const int SubjectWords = 8;

    /// <param name="statement">From the statement's start to the end of its sentence.</param>
    /// <param name="cuesFrom">The cues of the sentence from a position on, in order.</param>
    public static int EndOfStatement(string text, Span statement, Func<int, IReadOnlyList<(string Entry, Span Span)>> cuesFrom)
    {
        for (var m = Boundary.Match(text, statement.Start, statement.Length); m.Success; m = m.NextMatch())
        {
            var cues = cuesFrom(m.Index);
            if (cues.Count == 0) return statement.End;
            if (m.Groups["contrast"].Success) return m.Index;
            var subjectEnd = m.Groups["join"].Value.StartsWith("according", StringComparison.Ordinal) ? m.Index + 2 : m.Index + m.Length;
            if (cues[0].Span.Start >= subjectEnd && WordCount(text.AsSpan(subjectEnd..cues[0].Span.Start)) <= SubjectWords) return m.Index;
        }
        return statement.End;
    }

    private static int WordCount(ReadOnlySpan<char> phrase)
    {
        var count = 0;
        for (var i = 0; i < phrase.Length; i++)
            if (!char.IsWhiteSpace(phrase[i]) && (i == 0 || char.IsWhiteSpace(phrase[i - 1]))) count++;
        return count;
    }
}
