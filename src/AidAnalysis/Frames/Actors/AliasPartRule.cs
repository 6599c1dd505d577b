using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>"The Red Cross said" beside "the Vietnam Red Cross Society": a body the gazetteer knows, named in the text only
/// by a short form of two words or more (an alias, not its name) that is a whole-word part of another organisation's name
/// the text gives, is that other organisation, as a surname is the person named in full. A one-word alias ("UN" within "UN
/// Development Programme") names the larger body itself and stays.</summary>
internal sealed class AliasPartRule(Lexicon lexicon)
{
    public void Apply(string text, List<ActorDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Kind == ActorKind.Organization && d.Mentions.Count > 0).ToList())
        {
            if (!lexicon.OrganizationByName.ContainsKey(draft.Name)) continue;
            var forms = draft.Mentions.Select(m => text[m.Start..m.End]).Distinct(StringComparer.Ordinal).ToArray();
            if (forms.Length != 1 || forms[0] == draft.Name || !forms[0].Contains(' ')) continue;
            var whole = drafts.Where(d => d != draft && d.Kind == ActorKind.Organization && d.Mentions.Count > 0
                    && d.Name.Length > forms[0].Length && ActorBuilder.HasWords(d.Name, forms[0]))
                .MinBy(d => d.Mentions.Min(m => m.Start));
            whole?.Absorb(draft);
        }
        drafts.RemoveAll(d => d.Mentions.Count == 0);
    }
}
