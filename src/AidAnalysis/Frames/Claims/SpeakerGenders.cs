using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>
/// The gender of each person of one document as far as the text shows it, so "she said" does not go to a man:
/// a title or role noun before a mention ("Mrs", "spokeswoman Anna Berg"), a role noun in the apposition after it
/// ("X, a UN spokeswoman,"), the actor's role, the first word of the name, and else an earlier "he" or "she" that was
/// resolved to the person. Conflicting evidence, or none, leaves the gender unknown, which fits either pronoun.
/// Built per run; not shared between documents.
/// </summary>
internal sealed class SpeakerGenders(IReadOnlyDictionary<string, GenderWord> words, TokenLayer tokens)
{
    private readonly Dictionary<Actor, PersonGender?> _shown = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Actor, PersonGender> _learned = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many words of an apposition after a name are read for a role noun ("X, a senior UN spokeswoman,").</summary>
    private const int AppositionWords = 8;

    /// <summary>How many characters after a name an apposition's end is looked for.</summary>
    private const int AppositionReach = 120;

    /// <summary>The gender "he" or "she" asks for, or null for any other pronoun.</summary>
    public static PersonGender? OfPronoun(string pronoun) => pronoun switch
    {
        "he" or "He" => PersonGender.Male,
        "she" or "She" => PersonGender.Female,
        _ => null,
    };

    /// <summary>Whether <paramref name="person"/> may be the antecedent of a pronoun asking for <paramref name="gender"/>.</summary>
    public bool Fits(Actor person, PersonGender? gender) =>
        gender is null || GenderOf(person) is not { } known || known == gender;

    /// <summary>Remembers the gender of a pronoun resolved to a person the text shows no gender for.</summary>
    public void Learn(Actor person, PersonGender? gender)
    {
        if (gender is { } g && Shown(person) is null) _learned.TryAdd(person, g);
    }

    private PersonGender? GenderOf(Actor person) =>
        Shown(person) ?? (_learned.TryGetValue(person, out var learned) ? learned : null);

    private PersonGender? Shown(Actor person)
    {
        if (_shown.TryGetValue(person, out var known)) return known;
        var seen = new HashSet<PersonGender>();
        var first = person.Name.Split(' ', 2)[0];
        if (words.TryGetValue(first, out var given) && given.Kind == GenderWordKind.Given) seen.Add(given.Gender);
        if (person.Role is { } role)
            foreach (var word in role.Split(' ', '-').TakeWhile(IsNotRelativePronoun))
                AddTitle(seen, word);
        foreach (var mention in person.Mentions)
        {
            if (tokens.JoinedWordTextBefore(mention.Start) is var (before, _)) AddTitle(seen, before);
            foreach (var word in tokens.SpacedWordsIn(mention, int.MaxValue)) AddTitle(seen, tokens.Text[word.Start..word.End]);
            foreach (var word in Apposition(mention.End)) AddTitle(seen, word, GenderWordKind.Role);
        }
        known = seen.Count == 1 ? seen.First() : null;
        _shown.Add(person, known);
        return known;
    }

    /// <summary>Adds the gender of an honorific or role noun; a given name counts only as the first word of a name.</summary>
    private void AddTitle(HashSet<PersonGender> seen, string word, GenderWordKind? only = null)
    {
        if (words.TryGetValue(word.TrimEnd('.', ','), out var entry) && entry.Kind != GenderWordKind.Given && (only is null || entry.Kind == only))
            seen.Add(entry.Gender);
    }

    /// <summary>The words of ", a UN spokeswoman," right after a mention, up to the next comma or stop or a relative pronoun.</summary>
    private IEnumerable<string> Apposition(int end)
    {
        if (end + 2 >= tokens.Text.Length || tokens.MarkAt(end) != ',') return [];
        // An apposition is short, so only a bounded stretch is read for its end.
        var reach = new Span(end + 1, end + 1 + Math.Min(tokens.Text.Length - end - 1, AppositionReach));
        // A relative clause inside an apposition or role speaks of others ("a nurse whose brother fled"): its words are not the person's.
        return tokens.SpacedWordsIn(reach with { End = AppositionEnd(reach) }, AppositionWords).Select(w => tokens.Text[w.Start..w.End]).TakeWhile(IsNotRelativePronoun);
    }

    /// <summary>Where the apposition in <paramref name="reach"/> ends: at its first comma, full stop or semicolon (a number's
    /// separators count, as the characters they are) or line break.</summary>
    private int AppositionEnd(Span reach)
    {
        var previousEnd = reach.Start;
        for (var i = tokens.FirstStartingFrom(reach.Start); i < tokens.Count && tokens[i].Start < reach.End; i++)
        {
            // A line break in the spacing before a token ends the apposition with the token before it.
            if (tokens.Text.AsSpan(previousEnd, tokens[i].Start - previousEnd).Contains('\n')) return previousEnd;
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.Number && tokens.TextOf(i).IndexOfAny(",.;") is var mark and >= 0)
                return Math.Min(tokens[i].Start + mark, reach.End);
            previousEnd = tokens[i].End;
        }
        return reach.End;
    }


    private static bool IsNotRelativePronoun(string word) => word is not ("who" or "whose" or "whom" or "which" or "that");
}
