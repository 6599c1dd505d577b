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
internal sealed class SpeakerGenders(GenderWordLookup words, TokenLayer tokens)
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
        var seen = new Seen();
        // The name and the role are the actor layer's strings, not spans of the text: their words are read in place.
        var name = person.Name.AsSpan();
        var first = name;
        foreach (var range in name.Split(' '))
        {
            first = name[range];
            break;
        }
        if (words.TryGetValue(first, out var given) && given.Kind == GenderWordKind.Given) seen.Add(given.Gender);
        if (person.Role is { } role)
            foreach (var range in role.AsSpan().SplitAny(' ', '-'))
            {
                if (!IsNotRelativePronoun(role.AsSpan()[range])) break;
                AddTitle(ref seen, role.AsSpan()[range]);
            }
        foreach (var mention in person.Mentions)
        {
            if (tokens.JoinedWordBefore(mention.Start) is (>= 0 and var firstBefore, var lastBefore))
                AddTitle(ref seen, tokens.Text.AsSpan(tokens[firstBefore].Start, tokens[lastBefore].End - tokens[firstBefore].Start));
            foreach (var word in tokens.SpacedWordsIn(mention, int.MaxValue)) AddTitle(ref seen, tokens.Text.AsSpan(word.Start, word.Length));
            AddApposition(ref seen, mention.End);
        }
        known = seen.Only;
        _shown.Add(person, known);
        return known;
    }

    /// <summary>The genders the evidence for one person shows.</summary>
    private struct Seen
    {
        private bool _female, _male;

        public void Add(PersonGender gender)
        {
            if (gender == PersonGender.Female) _female = true; else _male = true;
        }

        /// <summary>The one gender shown, or null when none or both are.</summary>
        public readonly PersonGender? Only => _female == _male ? null : _female ? PersonGender.Female : PersonGender.Male;
    }

    /// <summary>Adds the gender of an honorific or role noun; a given name counts only as the first word of a name.</summary>
    private void AddTitle(ref Seen seen, ReadOnlySpan<char> word, GenderWordKind? only = null)
    {
        if (words.TryGetValue(word.TrimEnd(".,"), out var entry) && entry.Kind != GenderWordKind.Given && (only is null || entry.Kind == only))
            seen.Add(entry.Gender);
    }

    /// <summary>Adds the role nouns of ", a UN spokeswoman," right after a mention, up to the next comma or stop or a relative pronoun.</summary>
    private void AddApposition(ref Seen seen, int end)
    {
        if (end + 2 >= tokens.Text.Length || tokens.MarkAt(end) != ',') return;
        // An apposition is short, so only a bounded stretch is read for its end.
        var reach = new Span(end + 1, end + 1 + Math.Min(tokens.Text.Length - end - 1, AppositionReach));
        // A relative clause inside an apposition or role speaks of others ("a nurse whose brother fled"): its words are not the person's.
        foreach (var word in tokens.SpacedWordsIn(reach with { End = AppositionEnd(reach) }, AppositionWords))
        {
            var text = tokens.Text.AsSpan(word.Start, word.Length);
            if (!IsNotRelativePronoun(text)) return;
            AddTitle(ref seen, text, GenderWordKind.Role);
        }
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


    private static bool IsNotRelativePronoun(ReadOnlySpan<char> word) => word is not ("who" or "whose" or "whom" or "which" or "that");
}
