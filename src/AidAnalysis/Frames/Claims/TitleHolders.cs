using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The Secretary added", "..., says the Minister of Finance": a title standing for the person who holds it,
/// named before or just after; a title the lexicon knows ("the Foreign Secretary") names a speaker of its own.</summary>
internal sealed class TitleHolders(ClaimVocabulary vocabulary)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly IReadOnlySet<string> _titleHeads = vocabulary.TitleHeads;
    private readonly WordSet _titleHeadWords = vocabulary.TitleHeadWords;

    /// <summary>How far from a cue the person holding a title named after it is looked for.</summary>
    private const int TitleReach = 400;

    /// <summary>"..., says the Minister of Fisheries." then "X, also Minister of ...": the person whose role holds the title
    /// word that follows "the", named nearest the cue, before or just after it.</summary>
    public Speaker? TitleAfter(AnalysisDocument doc, SpeakerIndex index, Span phrase)
    {
        var words = doc.Tokens.SpacedWordsIn(phrase, 5);
        if (words.Count < 2 || doc.Text.AsSpan(words[0].Start, words[0].Length) is not ("the" or "The")) return null;
        string? head = null;
        for (var i = 1; i < words.Count && head is null; i++)
            if (doc.Text.AsSpan(words[i].Start, words[i].Length).TrimEnd(".,") is var word && _titleHeadWords.Contains(word)) head = word.ToString();
        if (head is null) return null;
        var at = phrase.Start;
        var holder = doc.Actors
            .Where(a => a.Kind == ActorKind.Person && a.Role is not null && a.Role.Split(' ').Any(w => w.TrimEnd('.').Equals(head, StringComparison.OrdinalIgnoreCase)))
            .Select(a => (Actor: a, Distance: index.NearestStartDistance(a, at)))
            .Where(x => x.Distance < TitleReach)
            .OrderBy(x => x.Distance)
            .Select(x => x.Actor)
            .FirstOrDefault();
        return holder is null ? null : new Speaker(holder.Name, holder.Id, holder.Kind);
    }

    /// <summary>"The Secretary added", "the aid chief said": the last person named before with that title;
    /// where nobody was, a title the lexicon knows ("the Foreign Secretary") names the speaker itself.</summary>
    /// <param name="description">The last words before the cue, without trailing adverbs and auxiliaries: "The Secretary",
    /// "the UN aid chief", "the prime minister" (up to four words after "the"; full stops only before the head).</param>
    public Speaker? TitleHolder(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span description, int before)
    {
        if (DefiniteDescription.Ending(doc.Tokens, description, 4, dotted: true) is not { } title) return null;
        var head = doc.Text[title.Head.Start..title.Head.End];
        if (!_titleHeads.Contains(head)) return null;
        // "the finance minister" is the person titled with all its words before one titled "minister" alone ("prime minister X").
        var written = doc.Tokens.ClaimWordsIn(title.Words, int.MaxValue);
        var titleWords = written[Math.Max(0, written.Count - TitleWords)..].ConvertAll(w => doc.Text[w.Start..w.End]);
        // Only people named within an article's length of the description can hold its title; looking further would make
        // every description read every person of a long input.
        var near = new Span(Math.Max(0, before - HolderReach), Math.Min(doc.Text.Length, before + LaterNameReach));
        // Actors are told apart by reference: each has its own id, and hashing a whole record per mention is costly.
        var seen = new HashSet<Actor>(ReferenceEqualityComparer.Instance);
        var people = new List<Actor>();
        foreach (var (actor, _) in index.Within(near))
            if (actor.Kind == ActorKind.Person && seen.Add(actor)) people.Add(actor);
        var holder = HolderOf(index, people.Where(a => titleWords.All(w => HoldsTitleWord(index, doc.Tokens, a, w, near))), before)
            ?? HolderOf(index, people.Where(a => HoldsTitleWord(index, doc.Tokens, a, head, near)), before);
        if (holder is not null) return new Speaker(holder.Name, holder.Id, holder.Kind);
        if (NamedTitle(doc.Tokens, title.Words) is not { } named) return null;
        var existing = actors.Person(named, named, doc.Context.HomeState, []);
        return new Speaker(existing.Name, existing.Id, existing.Kind);
    }

    /// <summary>The longest tail of the description's words, from the first or from one after a space, that the lexicon lists
    /// as a title written with a capital ("Foreign Secretary" in "the Foreign Secretary"); null if none.</summary>
    private string? NamedTitle(TokenLayer tokens, Span words)
    {
        for (var i = tokens.FirstStartingFrom(words.Start); i < tokens.Count && tokens[i].Start < words.End; i++)
        {
            if (tokens[i].Start > words.Start && tokens.CharAt(tokens[i].Start - 1) != ' ') continue;
            var tail = tokens.Text[tokens[i].Start..words.End];
            if (_lexicon.Titles.Contains(tail)) return char.IsUpper(tail[0]) ? tail : null;
        }
        return null;
    }

    /// <summary>The holder named last before <paramref name="before"/>, else ("The Home Secretary confirmed ..." and only
    /// later "Foreign Secretary X said") the one named first after it, within a few paragraphs.</summary>
    private static Actor? HolderOf(SpeakerIndex index, IEnumerable<Actor> holders, int before)
    {
        var candidates = holders.ToList();
        return candidates
            .Select(a => (Actor: a, Last: index.LastStartEndingBy(a, before)))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Actor)
            .FirstOrDefault()
            ?? candidates
            .Select(a => (Actor: a, First: index.FirstStartFrom(a, before)))
            .Where(x => x.First - before < LaterNameReach)
            .OrderBy(x => x.First)
            .Select(x => x.Actor)
            .FirstOrDefault();
    }

    private static bool HoldsTitleWord(SpeakerIndex index, TokenLayer tokens, Actor person, string word, Span near) =>
        person.Role is not null && RoleHolds(person.Role, word) || TitledAtMention(index, tokens, person, word, near);

    /// <summary>How far after a description the person who holds its title may be named: a few paragraphs.</summary>
    private const int LaterNameReach = 1200;

    /// <summary>How far before a description its holder may have been named: longer than any news article.</summary>
    private const int HolderReach = 40_000;

    /// <summary>"UN aid chief Maria Lopez": the title word stands among the few words before one of the person's mentions,
    /// though the actor layer kept no role for it.</summary>
    private static bool TitledAtMention(SpeakerIndex index, TokenLayer tokens, Actor person, string head, Span near) =>
        index.MentionsWithin(person, near).Any(m => LastWordsHold(tokens, m.Start, TitleWords, head));

    /// <summary>How many words before a name its title may stand among.</summary>
    private const int TitleWords = 4;

    /// <summary>How many marks in a row between two words <see cref="LastWordsHold"/> reads past.</summary>
    private const int MarkRun = 8;

    /// <summary>Whether one of the last <paramref name="count"/> claim words before <paramref name="end"/> is <paramref name="word"/>,
    /// ignoring case, read back from <paramref name="end"/> to the last full stop, line break, bracket or quotation mark: a title in
    /// an earlier sentence ("... the ambassador said.\n(Reporting by X") is not the name's.</summary>
    internal static bool LastWordsHold(TokenLayer tokens, int end, int count, string word)
    {
        var reader = ClaimWordReader.Backward(tokens, end, MarkRun);
        for (var seen = 0; seen < count && reader.MoveNext(); seen++)
            if (tokens.Text.AsSpan(reader.Current.Start, reader.Current.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"Minister of Finance" holds "minister"; "Foreign Secretary" holds "secretary".</summary>
    private static bool RoleHolds(string role, string head) =>
        role.Split(' ').Any(w => w.TrimEnd('.', ',').Equals(head, StringComparison.OrdinalIgnoreCase));
}
