using AidAnalysis.Lexicons;
using static AidAnalysis.Frames.Claims.ClaimWords;

namespace AidAnalysis.Frames.Claims;

/// <summary>The lexicon's words as the claim rules look them up, built once per lexicon.</summary>
internal sealed class ClaimVocabulary(Lexicon lexicon)
{
    public Lexicon Lexicon { get; } = lexicon;

    /// <summary>Reporting verbs, and "according to": every cue a claim may hang on, read from the cue and token layers.</summary>
    public ReportingCues Cues { get; } = new(lexicon);

    /// <summary>Last words of the lexicon's titles ("minister", "secretary", "chief"), case-insensitively.</summary>
    public IReadOnlySet<string> TitleHeads { get; } = lexicon.Titles.Select(t => LastWords(t, 1)).Where(w => w.Count == 1 && w[0].Length > 3).Select(w => w[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lexicon's group nouns, looked up by span before a group phrase builds any string.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupNouns { get; } =
        new HashSet<string>(lexicon.GroupSpeakers, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
