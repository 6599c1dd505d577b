using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Actors;

/// <summary>A person's affiliation where the mentions gave none or only a body: the people of a government body belong to its
/// state, a byline's author to the outlet, and an office holder to the home state unless the text names another.</summary>
internal sealed class AffiliationRule(Lexicon lexicon)
{
    /// <summary>The lexicon's titles, in any case ("minister", "First Lady").</summary>
    private readonly HashSet<string> _titleWords = lexicon.Titles.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="home">The state of the dateline, else the home state: where the untied office holders serve.</param>
    public void Apply(List<ActorDraft> drafts, AnalysisDocument document, string? home)
    {
        // Of two outlets a statement was given to ("told Radio Kiri ... told the Valley Times"), neither need be the author's.
        var outlets = drafts.Where(d => d.Role == OrganizationRecognizer.NewsOutletRole).Take(2).ToList();
        var outlet = document.Article.Metadata.Source ?? (outlets.Count == 1 ? outlets[0].Name : null);
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Person))
        {
            // "an aide at the President's Office": a government body's people belong to its state.
            if (draft.Affiliation is { } body && (GovernmentBody.Matches(body) || body.EndsWith(" Office", StringComparison.Ordinal)) && !drafts.Any(d => d.Kind == ActorKind.Country && d.Name == body))
            {
                var owner = drafts.FirstOrDefault(d => d.Kind == ActorKind.Organization && d.Name == body);
                draft.Affiliation = owner?.Affiliation ?? home ?? body;
                draft.AffiliationGuessed = owner?.Affiliation is null ? home is not null : owner.AffiliationGuessed;
            }
            if (draft.IsByline) draft.Affiliation ??= outlet;
            else if (draft.Role is not null && draft.Affiliation is null && home is not null && IsOfficeTitle(draft.Role))
            {
                // A diplomat quoted where he is posted serves the state that sends him (the story's home state), not the dateline's host.
                draft.Affiliation = IsDiplomatTitle(draft.Role) ? document.HomeState ?? home : home;
                draft.AffiliationGuessed = true;
            }
        }
    }

    /// <summary>"Ambassador", "Deputy High Commissioner": a role naming a diplomat.</summary>
    private bool IsDiplomatTitle(string role) =>
        lexicon.DiplomatTitles.Any(title => ActorBuilder.HasWord(role.ToLowerInvariant(), title) || title.Contains(' ') && role.Contains(title, StringComparison.OrdinalIgnoreCase));

    /// <summary>A role that holds an office title ("Foreign Minister", "spokesman"), whose holder serves the home state unless the
    /// text names another; a courtesy title or a job ("aid worker", "farmer") says nothing of whom its holder serves.</summary>
    private bool IsOfficeTitle(string role) =>
        !(lexicon.CourtesyTitles.Contains(role) || role == PersonRecognizer.BylineRole)
        && (_titleWords.Contains(role) || role.Split(' ').Any(_titleWords.Contains));
}
