using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"he said", "they added", "according to her", "we": the actor or unnamed speaker a pronoun points back to.</summary>
internal sealed class PronounResolver(ClaimVocabulary vocabulary)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly SpeakingPosition _speaking = new(vocabulary);

    /// <summary>"he said": the last person named as an agent before, not one named as an object
    /// ("his counterpart X") nor one the text shows to be of the other gender; "I" and "we" in a statement are its author,
    /// who is never the antecedent of a third-person pronoun.</summary>
    public Speaker? ResolvePronoun(AnalysisDocument doc, SpeakerIndex index, string pronoun, int before)
    {
        static bool IsByline(Actor a) => a.Kind == ActorKind.Person && a.Role == PersonRecognizer.BylineRole;
        if (pronoun is "I" or "We" or "we")
        {
            var author = doc.Actors.FirstOrDefault(IsByline)
                ?? doc.Actors.Where(a => a.Kind == ActorKind.Person && a.Mentions.Count > 0).MinBy(a => a.Mentions[0].Start);
            return author is null ? null : new Speaker(author.Name, author.Id, author.Kind);
        }
        var people = pronoun is "they" or "They" or "it" or "It" ? (ActorKind?)null : ActorKind.Person;
        var gender = SpeakerGenders.OfPronoun(pronoun);
        bool IsCandidate(Actor a) => people is null ? a.Kind != ActorKind.Person : a.Kind == people && !IsByline(a) && index.Genders.Fits(a, gender);
        Speaker Resolved(Actor a)
        {
            if (a.Kind == ActorKind.Person) index.Genders.Learn(a, gender);
            return new Speaker(a.Name, a.Id, a.Kind);
        }
        // "X praised the leadership of Y ... He also thanked": the last sentence subject, before any other mention; a person
        // right before or after a reporting cue ("..., said X of Y") is its clause's subject too.
        // "A and B briefed lawmakers. They also said": plural "they" may be people who opened the sentence before.
        // Both walks go back from the pronoun through the mention index, nearest mention first.
        var they = pronoun is "they" or "They";
        // "Opposition lawmakers said ... They argued": an unnamed speaker of the same number, unless a mention is nearer.
        // "A diplomat, who asked not to be named, said A, though he said B": a singular one earlier in the pronoun's sentence.
        var (group, groupAt) = people is null ? GroupAntecedent(index, they, before) : SentenceGroupAntecedent(doc, index, before);
        if (people is not null || they)
            foreach (var (actor, mention) in index.EndingBy(before))
            {
                if (before - mention.End >= SubjectReach) break;
                // A name inside a quotation is spoken about, not speaking: "'... Mr Lee did,' he said".
                if ((they ? !IsByline(actor) : IsCandidate(actor)) && !InsideQuotation(doc, mention)
                    && (OpensSentence(doc, mention) || !they && _speaking.Speaks(doc, index, mention)))
                    return group is not null && mention.End < groupAt ? Resolved(group) : Resolved(actor);
            }
        foreach (var (actor, mention) in index.EndingBy(before))
            if (IsCandidate(actor) && !IsObject(doc.Tokens, mention) && !InsideQuotation(doc, mention))
                return group is not null && mention.End < groupAt ? Resolved(group) : Resolved(actor);
        return group is null ? null : Resolved(group);
    }

    /// <summary>The nearest unnamed speaker within two sentences before a "they" (plural: "officials", "police") or an
    /// "it" (singular: "the ministry").</summary>
    private (Actor? Group, int At) GroupAntecedent(SpeakerIndex index, bool plural, int before)
    {
        foreach (var (group, at) in index.GroupSpeakersBefore(before, SubjectReach))
            if (IsPlural(group.Name) == plural) return (group, at);
        return (null, -1);
    }

    /// <summary>The nearest unnamed speaker before a "he" or "she" when it spoke earlier in the pronoun's own sentence and is
    /// singular: the pronoun continues the subject of the clause it is joined to, as a named person's would.</summary>
    private (Actor? Group, int At) SentenceGroupAntecedent(AnalysisDocument doc, SpeakerIndex index, int before)
    {
        var sentence = doc.SentenceIndexAt(Math.Max(0, before - 1));
        if (sentence < 0) return (null, -1);
        foreach (var (group, at) in index.GroupSpeakersBefore(before, before - doc.Sentences[sentence].Span.Start + 1))
            return IsPlural(group.Name) ? (null, -1) : (group, at);
        return (null, -1);
    }

    /// <summary>"officials", "aid workers", "police": a plural head, by its ending or as group-speakers.txt marks it.</summary>
    private bool IsPlural(string phrase)
    {
        var head = phrase[(phrase.LastIndexOf(' ') + 1)..];
        return _lexicon.PluralGroupSpeakers.Contains(head)
            || head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a mention lies inside a quotation (the quotation layer is sorted by start and not overlapping).</summary>
    public static bool InsideQuotation(AnalysisDocument doc, Span mention)
    {
        int lo = 0, hi = doc.Quotations.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (doc.Quotations[mid].Outer.Start <= mention.Start) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && doc.Quotations[lo - 1].Outer.Contains(mention);
    }

    /// <summary>How far back a sentence subject is looked for as a pronoun's antecedent: about two sentences.</summary>
    public const int SubjectReach = 400;

    /// <summary>A mention among the first words of its sentence ("Finance Minister X said", "X, the ambassador, spoke").</summary>
    private static bool OpensSentence(AnalysisDocument doc, Span mention)
    {
        var i = doc.SentenceIndexAt(mention.Start);
        return i >= 0 && doc.Tokens.ClaimWordCount(new Span(doc.Sentences[i].Span.Start, mention.Start), 4) <= 3;
    }

    /// <summary>Whether the word before <paramref name="position"/> is capitalised inside its sentence, as a title is: a token
    /// stands before it that is no sentence stop or opening quotation mark.</summary>
    private static bool OfficeBefore(TokenLayer tokens, int last, int position)
    {
        if (tokens.JoinedWordBefore(last, position) is not (>= 0 and var first, _) || !char.IsUpper(tokens.CharAt(tokens[first].Start))) return false;
        return first > 0 && !(tokens.IsMark(first - 1, '.') || tokens.IsMark(first - 1, '!') || tokens.IsMark(first - 1, '?')
                              || tokens.IsMark(first - 1, '"') || tokens.IsMark(first - 1, '“'));
    }

    /// <summary>"his counterpart X", "met X", "told X": the mention is named as an object, read back over up to three words.</summary>
    private static bool IsObject(TokenLayer tokens, Span mention)
    {
        var position = mention.Start;
        var before = tokens.LastEndingBy(position);
        for (var hops = 0; hops < 3; hops++)
        {
            if (tokens.JoinedWordBefore(before, position) is not (>= 0 and var first, var last)) return false;
            (before, position) = (first - 1, tokens[first].Start);
            var word = tokens.Text.AsSpan(position, tokens[last].End - position);
            // "Ambassador to Japan X", "Envoy to the region": after a capitalised title the preposition is part of the office's name.
            if (word is "to" or "with" or "by" && OfficeBefore(tokens, before, position)) return false;
            if (word is "counterpart" or "his" or "her" or "their" or "met" or "with" or "to" or "by" or "informed" or "told") return true;
            if (!char.IsUpper(word[0])) return false;
        }
        return false;
    }
}
