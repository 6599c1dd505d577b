using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Actors;

/// <summary>A person who serves another person belongs where that person does: "X’s special envoy Y", "Y, an aide to X".
/// Applies where the person's own words give no state (none, only the article's main state, or the person served).</summary>
internal sealed class SuperiorRule(Lexicon lexicon)
{
    /// <summary>How far before a name the possessive owner of its title is looked for.</summary>
    private const int Reach = 80;
    /// <summary>Most words between "X’s" and the name ("X’s Middle East special envoy Y").</summary>
    private const int MaxTitleWords = 5;

    public void Apply(TokenLayer tokens, IReadOnlyList<ActorDraft> drafts)
    {
        var people = drafts.Where(d => d.Kind == ActorKind.Person).ToArray();
        foreach (var person in people)
        {
            var superior = person.Affiliation is { } named ? PersonNamed(people, person, named) : null;
            if (superior is null && person.Affiliation is not null && !person.AffiliationGuessed) continue;
            var state = superior is not null ? Settled(superior)
                : person.Role is null ? null
                : person.Mentions.Select(m => PossessiveOwner(tokens, m, people, person)).FirstOrDefault(s => s is not null);
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

    /// <summary>"X’s [title words] NAME": the state of X, a person with a settled state or a state itself. The tokens before the
    /// name are read back to a stop mark or line break within the reach: the last "’s " there, with one to five words (runs of
    /// tokens between spaces) after it.</summary>
    private string? PossessiveOwner(TokenLayer tokens, Span mention, ActorDraft[] people, ActorDraft self)
    {
        var text = tokens.Text;
        var floor = Math.Max(0, mention.Start - Reach);
        var words = 0;
        var after = mention.Start;
        for (var i = tokens.LastEndingBy(mention.Start); i >= 0 && tokens[i].Start > floor; after = tokens[i].Start, i--)
        {
            if (IsStop(tokens, i) || text.AsSpan(tokens[i].End, after - tokens[i].End).Contains('\n')) return null;
            if (IsPossessive(tokens, i, mention.Start))
                return words is 0 or > MaxTitleWords ? null : OwnerState(tokens, floor, i, people, self);
            // A word starts after a space; the possessive comes before it, so a token before it is there.
            if (i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains(' ')) words++;
        }
        return null;
    }

    /// <summary>The state of the owner written right before the possessive token <paramref name="possessive"/>: the letters and
    /// hyphens of the tokens written against it, back to the first other character (read inside its token) or the reach, from a capital.</summary>
    private string? OwnerState(TokenLayer tokens, int floor, int possessive, ActorDraft[] people, ActorDraft self)
    {
        var start = tokens[possessive].Start;
        for (var k = possessive - 1; k >= 0 && tokens[k].End == start && start > floor; k--)
        {
            var from = Math.Max(floor, tokens[k].Start);
            var chars = tokens.Text.AsSpan(from, tokens[k].End - from);
            var held = chars.Length;
            while (held > 0 && (char.IsLetter(chars[held - 1]) || chars[held - 1] == '-')) held--;
            start = from + held;
            if (held > 0) break;
        }
        var owner = tokens.Text[start..tokens[possessive].Start];
        if (owner.Length < 2 || !char.IsUpper(owner[0])) return null;
        if (lexicon.CountryByForm.TryGetValue(owner, out var country)) return country;
        var ownerPerson = people.FirstOrDefault(p => p != self && ActorBuilder.HasWord(p.Name, owner));
        return ownerPerson is null ? null : Settled(ownerPerson);
    }

    /// <summary>Whether token <paramref name="i"/> ends the clause part a title is read in: a full stop, comma, semicolon, colon,
    /// opening bracket or quotation mark, or a number written with one ("3.5").</summary>
    private static bool IsStop(TokenLayer tokens, int i) =>
        tokens[i].Kind == TokenKind.Number ? tokens.TextOf(i).IndexOfAny('.', ',') >= 0
        : tokens.IsMark(i, '.') || tokens.IsMark(i, ',') || tokens.IsMark(i, ';') || tokens.IsMark(i, ':') || tokens.IsMark(i, '(')
          || tokens.IsMark(i, '“') || tokens.IsMark(i, '"');

    /// <summary>Whether token <paramref name="i"/> opens "’s " or "'s " (a clitic, or an apostrophe and an "s" written together)
    /// with the space before <paramref name="end"/>.</summary>
    private static bool IsPossessive(TokenLayer tokens, int i, int end)
    {
        var s = tokens.TextOf(i) is var chars && (chars.SequenceEqual("’s") || chars.SequenceEqual("'s")) ? i
            : (tokens.IsMark(i, '’') || tokens.IsMark(i, '\'')) && tokens.IsExactly(i + 1, "s") && tokens[i + 1].Start == tokens[i].End ? i + 1
            : -1;
        return s >= 0 && tokens[s].End < end && tokens.SpaceAt(tokens[s].End);
    }
}
