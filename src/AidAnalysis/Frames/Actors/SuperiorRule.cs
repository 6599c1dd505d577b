using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>A person who serves another person belongs where that person does: "X’s special envoy Y", "Y, an aide to X".
/// Applies where the person's own words give no state (none, only the article's main state, or the person served).</summary>
internal sealed class SuperiorRule(Lexicon lexicon)
{
    /// <summary>How far before a name the possessive owner of its title is looked for.</summary>
    private const int Reach = 80;
    /// <summary>Most words between "X’s" and the name ("X’s Middle East special envoy Y").</summary>
    private const int MaxTitleWords = 5;

    public void Apply(string text, IReadOnlyList<ActorDraft> drafts)
    {
        var people = drafts.Where(d => d.Kind == ActorKind.Person).ToArray();
        foreach (var person in people)
        {
            var superior = person.Affiliation is { } named ? PersonNamed(people, person, named) : null;
            if (superior is null && person.Affiliation is not null && !person.AffiliationGuessed) continue;
            var state = superior is not null ? Settled(superior)
                : person.Role is null ? null
                : person.Mentions.Select(m => PossessiveOwner(text, m, people, person)).FirstOrDefault(s => s is not null);
            if (state is null) continue;
            person.Affiliation = state;
            person.AffiliationGuessed = false;
        }
    }

    private static string? Settled(ActorDraft superior) =>
        superior.AffiliationGuessed ? null : superior.Affiliation;

    /// <summary>The other person an affiliation names, in full or by surname ("an aide to X Y" read X Y as the body served).</summary>
    private static ActorDraft? PersonNamed(ActorDraft[] people, ActorDraft self, string affiliation) =>
        people.FirstOrDefault(p => p != self && (affiliation.Equals(p.Name, StringComparison.OrdinalIgnoreCase)
            || EndsWithWord(affiliation, p.Name, StringComparison.OrdinalIgnoreCase)
            || (!affiliation.Contains(' ') && EndsWithWord(p.Name, affiliation, StringComparison.Ordinal))));

    /// <summary>Whether <paramref name="phrase"/> ends with a space and <paramref name="word"/> (without building that string: it is asked for every pair of people).</summary>
    private static bool EndsWithWord(string phrase, string word, StringComparison comparison) =>
        phrase.Length > word.Length && phrase[phrase.Length - word.Length - 1] == ' ' && phrase.AsSpan(phrase.Length - word.Length).Equals(word, comparison);

    /// <summary>"X’s [title words] NAME": the state of X, a person with a settled state or a state itself.</summary>
    private string? PossessiveOwner(string text, Span mention, ActorDraft[] people, ActorDraft self)
    {
        var from = Math.Max(0, mention.Start - Reach);
        var window = text.AsSpan(from, mention.Start - from);
        var stop = window.LastIndexOfAny(".,;:\n(“\"");
        if (stop >= 0) window = window[(stop + 1)..];
        var possessive = Math.Max(window.LastIndexOf("’s ".AsSpan()), window.LastIndexOf("'s ".AsSpan()));
        if (possessive <= 0) return null;
        if (WordCount(window[(possessive + 3)..]) is 0 or > MaxTitleWords) return null;
        var ownerStart = possessive;
        while (ownerStart > 0 && (char.IsLetter(window[ownerStart - 1]) || window[ownerStart - 1] is '-' or '.')) ownerStart--;
        var owner = window[ownerStart..possessive].ToString();
        if (owner.Length < 2 || !char.IsUpper(owner[0])) return null;
        if (lexicon.CountryByForm.TryGetValue(owner, out var country)) return country;
        var ownerPerson = people.FirstOrDefault(p => p != self && ActorBuilder.HasWord(p.Name, owner));
        return ownerPerson is null ? null : Settled(ownerPerson);
    }

    /// <summary>How many space-separated words a phrase holds.</summary>
    private static int WordCount(ReadOnlySpan<char> phrase)
    {
        var count = 0;
        foreach (var range in phrase.Split(' '))
            if (range.End.GetOffset(phrase.Length) > range.Start.GetOffset(phrase.Length)) count++;
        return count;
    }
}
