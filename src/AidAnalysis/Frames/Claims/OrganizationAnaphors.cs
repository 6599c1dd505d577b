using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>"the agency said", "the bank estimated", "the fund warned": a definite description whose head noun is a
/// word of an organisation named before ("UN Refugee Agency", "World Bank") stands for that organisation; one whose head
/// names a kind of organisation (organization-anaphors.tsv: "the charity") stands for the organisation named last, if of that kind.</summary>
internal sealed class OrganizationAnaphors(Lexicon lexicon)
{
    private readonly Lexicon _lexicon = lexicon;

    /// <param name="tail">The last words before the cue, without trailing adverbs and auxiliaries: "the agency", "the
    /// UN's"... up to three words after "the", the head of three characters or more, opening in lower case.</param>
    public Speaker? OrganizationAnaphor(AnalysisDocument doc, SpeakerIndex index, Span tail, int before)
    {
        if (DefiniteDescription.Ending(doc.Tokens, tail, 3, dotted: false) is not { } description
            || description.Head.Length < 3 || !char.IsLower(doc.Text[description.Head.Start])) return null;
        var head = doc.Text[description.Head.Start..description.Head.End];
        var organization = NamedByWord(doc, index, head, before);
        // "Oxfam criticised the move. The charity added ...": a noun naming a kind of organisation stands for the one named last,
        // within two sentences, when that one is of the kind.
        organization ??= _lexicon.OrganizationAnaphors.TryGetValue(head, out var types) ? LastOrganizationBefore(doc, index, before, types) : null;
        return organization is null ? null : new Speaker(organization.Name, organization.Id, organization.Kind);
    }

    /// <summary>The organisation named last before <paramref name="before"/> whose name holds <paramref name="word"/> as a word,
    /// in any case ("bank" or "Bank" for "World Bank"); null if none.</summary>
    public static Actor? NamedByWord(AnalysisDocument doc, SpeakerIndex index, string word, int before) =>
        doc.Actors
            .Where(a => a.Kind == ActorKind.Organization && a.Name.Split(' ', '-').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))
            .Select(a => (Actor: a, Last: index.LastStartEndingBy(a, before)))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Actor)
            .FirstOrDefault();

    private Actor? LastOrganizationBefore(AnalysisDocument doc, SpeakerIndex index, int before, IReadOnlyList<string> types)
    {
        bool Fits(Actor organization) => _lexicon.OrganizationByName.TryGetValue(organization.Name, out var entry)
            ? types.Contains("any") || types.Contains(entry.Type)
            : types.Contains("any");
        foreach (var (actor, mention) in index.EndingBy(before))
        {
            if (before - mention.End >= PronounResolver.SubjectReach) break;
            if (actor.Kind == ActorKind.Organization && actor.Role != OrganizationRecognizer.NewsOutletRole && !PronounResolver.InsideQuotation(doc, mention)) return Fits(actor) ? actor : null;
        }
        return null;
    }
}
