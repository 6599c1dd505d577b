using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that recognises named entities: gazetteer names first, then organisation and
/// person patterns; where candidates overlap the longest wins (people before organisations
/// before gazetteer names at equal length).
/// </summary>
public sealed class EntityRecognizer(Lexicon lexicon) : IPipelineStage
{
    private readonly GazetteerMatcher _gazetteer = new(lexicon);
    private readonly OrganizationRecognizer _organizations = new(lexicon);
    private readonly PersonRecognizer _people = new(lexicon);

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var gazetteer = _gazetteer.Find(document.Words).ToList();
        var organizations = _organizations.Find(text, gazetteer).ToList();
        var known = gazetteer.Concat(organizations).ToList();
        var people = _people.Find(document.Words, known).ToList();

        var accepted = new List<EntityMention>();
        var taken = new bool[text.Length];
        foreach (var candidate in people.Concat(organizations).Concat(gazetteer)
                     .OrderByDescending(m => m.Span.Length)
                     .ThenBy(m => Priority(m.Type)))
        {
            if (Array.IndexOf(taken, true, candidate.Span.Start, candidate.Span.Length) >= 0) continue;
            Array.Fill(taken, true, candidate.Span.Start, candidate.Span.Length);
            accepted.Add(candidate);
        }
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Entities = accepted };
    }

    private static int Priority(MentionType type) => type switch
    {
        MentionType.Byline => 0,
        MentionType.Person => 1,
        MentionType.Organization => 2,
        _ => 3,
    };
}
