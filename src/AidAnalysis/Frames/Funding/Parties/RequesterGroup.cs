using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"..., and states of the area are seeking $3 billion": a common-noun phrase opening the clause of a
/// progressive verb of asking requests the amount.</summary>
internal sealed class RequesterGroup
{
    // Built on first use, like the other whole-clause patterns of the funding frame: few texts need it.
    private readonly Lazy<Regex> _requester = new(() => TextPatterns.Create(@"(?:^|,\s|\band\s)(?<np>[\p{L}\s]{3,60}?)\s(?:are|is|were|was)\s(?:appealing|asking|calling|seeking)\b"));

    /// <summary>The phrase as written between <paramref name="scope"/>'s start and the amount, or null.</summary>
    public string? Find(string text, Span scope, Span amount)
    {
        var m = _requester.Value.Match(text[scope.Start..amount.Start]);
        return m.Success ? m.Groups["np"].Value.Trim() : null;
    }
}
