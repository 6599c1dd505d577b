using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Text.Phrases;

namespace AidAnalysis.Frames.Claims;

/// <summary>Shapes of attribution read from the words around a cue: sentence-final cues, participles and
/// coordinated verbs, infinitives and passives, attributions inside a sentence.</summary>
internal sealed class AttributionShapes(Hearers hearers, ClaimVocabulary vocabulary)
{
    private readonly Hearers _hearers = hearers;
    private readonly ClaimVocabulary _words = vocabulary;

    /// <summary>Whether <paramref name="cue"/> may close its sentence after the statement ("..., the source said"), a hearer-object
    /// cue among them ("..., X told reporters").</summary>
    public bool IsPostpositionCue(string cue) => _words.PostpositionCues.Contains(cue) || _words.HearerObjectCues.Contains(cue);

    /// <summary>"the last to confirm its share" (an infinitive), "reported by", "writing by X" (a passive or a
    /// credit line): the cue does not attribute a statement to its subject.</summary>
    public static bool IsInfinitiveOrPassive(TokenLayer tokens, Span cue)
    {
        if (tokens.WordRightBefore(cue.Start) is "to") return true;
        // " by " after the cue, one space either side: tokens never hold a space, so the next token is the word "by" as written.
        var next = tokens.FirstStartingFrom(cue.End);
        return next < tokens.Count && tokens.CharAt(cue.End) == ' ' && tokens[next].Start == cue.End + 1
            && tokens.TextOf(next) is "by" && tokens.CharAt(tokens[next].End) == ' ';
    }

    /// <summary>"The money, he said, will arrive in May" / "The aid, according to the ministry, is late":
    /// an attribution inside the sentence; the statement goes on after it (the claim's span, and so its text, keeps the attribution
    /// inside, since every row's text is the text at its span).</summary>
    /// <param name="speakerFirst">Whether the speaker stands before the cue (", he said,"): an apposition to it would stand before the
    /// verb, so a determiner after the closing comma opens the rest of the statement when a clause follows ("..., he said, the agency
    /// could ..."); a verbless phrase there ("..., she said, the lowest level in years") sums up the statement and stays out.</param>
    public Attribution Continued(TokenLayer tokens, Attribution draft, int cueEnd, Span sentence, bool speakerFirst = false)
    {
        var closing = tokens.FirstMarkIn(new Span(cueEnd, sentence.End), ',');
        if (closing < 0 || tokens.ClaimWordsIn(new Span(cueEnd, tokens[closing].Start), 7).Count > 6) return draft;
        var rest = tokens.WithoutFinalMark(SentenceSegmenter.Trim(tokens.Text, new Span(tokens[closing].End, sentence.End)), '.');
        var words = tokens.ClaimWordsIn(new Span(rest.Start, Math.Min(rest.End, rest.Start + 200)), 3);
        if (words.Count < 3) return draft;
        var first = tokens.Text.AsSpan(words[0].Start, words[0].Length);
        // A participle (", saying", ", renewing a call") opens the speaker's next act, not the rest of this statement.
        if (!char.IsLower(first[0]) || _words.ContinuationBlockers.Contains(first) || (_words.AppositionDeterminers.Contains(first) && !(speakerFirst && FiniteVerb.In(tokens, rest, _words.FiniteAuxiliaries)))
            || first.EndsWith("ing", StringComparison.Ordinal)) return draft;
        return draft with { Span = new Span(draft.Span.Start, rest.End) };
    }

    /// <summary>"..., saying": a participle cue right after a comma and a space.</summary>
    public static bool FollowsComma(TokenLayer tokens, (string Entry, Span Span) cue) =>
        IsParticipleCue(tokens, cue.Span) && tokens.CharAt(cue.Span.Start - 1) == ' ' && tokens.LastEndingBy(cue.Span.Start - 1) is var comma
        && comma >= 0 && tokens[comma].End == cue.Span.Start - 1 && tokens.IsMark(comma, ',');

    /// <summary>"X, who disclosed that ..., also said": the main verb after a relative clause, or a second statement.</summary>
    public static bool FollowsAlso(TokenLayer tokens, Span cue) =>
        tokens.WordSpaceBefore(cue.Start, "also") is var also and >= 0 && tokens.CharAt(tokens[also].Start - 1) is ' ' or ',';

    /// <summary>"... and stressed": a verb coordinated with an earlier one.</summary>
    public static bool FollowsAnd(TokenLayer tokens, Span cue) =>
        tokens.WordSpaceBefore(cue.Start, "and") is var conjunction and >= 0 && tokens.CharAt(tokens[conjunction].Start - 1) == ' ';

    /// <summary>"said the plan was sound but cautioned ...": a verb joined to an earlier one by "but" with no comma before it (a comma
    /// sets off a concession that the first statement carries). With <paramref name="orAfterComma"/>, ", but warned that ..." too:
    /// whether or not the first statement carries the concession, the verb after "but" has the subject of the clause before.</summary>
    public static bool FollowsBut(TokenLayer tokens, Span cue, bool orAfterComma = false) =>
        tokens.WordSpaceBefore(cue.Start, "but") is var but and >= 0 && tokens.CharAt(tokens[but].Start - 1) == ' '
        && tokens[but].Start >= 2 && (orAfterComma || tokens.CharAt(tokens[but].Start - 2) != ',');

    /// <summary>", saying", "for suggesting", "after stressing": a participle or gerund whose subject is its clause's.</summary>
    public static bool IsParticipleAfterComma(TokenLayer tokens, Span cueSpan, Span sentence)
    {
        if (!IsParticipleCue(tokens, cueSpan)) return false;
        if (tokens.LastEndingBy(cueSpan.Start) is var before and >= 0 && tokens[before].Start >= sentence.Start && tokens.IsMark(before, ',')) return true;
        return tokens.WordRightBefore(cueSpan.Start) is "for" or "by" or "after" or "while" or "when" or "before";
    }

    /// <summary>Whether the cue's first word ends in "ing" ("saying", "pointing out").</summary>
    private static bool IsParticipleCue(TokenLayer tokens, Span cue) =>
        tokens.FirstStartingFrom(cue.Start) is var first && first < tokens.Count && tokens.TextOf(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>How far before a sentence-final cue the comma that ends its statement may stand.</summary>
    private const int FinalCueReach = 120;

    /// <summary>"..., the source said." / "..., said X, the spokesman.": the cue closes the sentence and
    /// only its speaker follows it.</summary>
    public bool IsSentenceFinal(TokenLayer tokens, Span cue, Span sentence)
    {
        var text = tokens.Text;
        var comma = StatementComma(tokens, cue, sentence);
        if (comma <= sentence.Start || cue.Start - comma >= FinalCueReach || tokens.SpacedWordIn(new Span(comma, cue.Start), "that") >= 0) return false;
        var after = new Span(cue.End, sentence.End);
        // "..., the ministry said, adding that ...": a participle clause after the cue is the speaker's next statement.
        if (ParticipleClause.StartIn(tokens, after) is var participle and >= 0) after = after with { End = participle };
        // "..., the consulate stated Friday, while the agency cautioned that ...": a clause joined after the cue brings its own statement.
        if (tokens.JoinedClauseAt(after, _words.JoinedClauseOpeners) is var joined and >= 0) after = after with { End = joined };
        // "..., X noted in its bulletin on Tuesday, March 4, that ...": the statement follows. A "that" past the first comma
        // and not right after one opens a relative clause of an adjunct ("said on Friday, in a decision that ends ...").
        var cut = tokens.FirstCommaOrSemicolon(after);
        if (tokens.SpacedWordIn(after, "that") is var that and >= 0
            && (cut < 0 || tokens[that].Start - 1 < cut || tokens.CharAt(tokens[that].Start - 2) == ',')) return false;
        var rest = tokens.WithoutFinalMarks(tokens.Trimmed(cut >= 0 ? after with { End = cut } : after), ".!?");
        if (rest.Length == 0 || _hearers.IsOnlyHearer(tokens, rest)) return true;
        var words = tokens.SpacedWords(rest);
        var firstWord = tokens.TextOf(words.First);
        var firstIsWord = words.FirstIsWhole;
        // "..., X said the roads were open": with its subject before it, a cue followed by a noun phrase opens a statement,
        // and so does one followed by a clause ("In a statement, X said Canberra would ...").
        var subjectBefore = tokens.ClaimWordsIn(new Span(comma + 1, cue.Start), 1).Count > 0;
        var finite = FiniteVerb.In(tokens, rest, _words.FiniteAuxiliaries);
        if (subjectBefore && finite) return false;
        // "Anna Berg, the minister, said the plan was sound": what stands before the comma holds no verb, so it is the speaker's
        // name in apposition, not a statement, and the clause after the cue is what was said.
        if (finite && !FiniteVerb.In(tokens, new Span(sentence.Start, comma), _words.FiniteAuxiliaries)) return false;
        // "..., X told reporters after the session." / "..., X told the Guardian.": "tell" takes its hearer as object and its
        // statement as a clause after it (Quirk et al. 1985, §16.31); with no clause there the words after the cue are only the
        // hearer and adjuncts, so the statement is the clause before the comma.
        if (!finite && _words.HearerObjectCues.Contains(text.AsSpan(cue.Start, cue.Length)) && _hearers.IsHearerThenAdjunct(tokens, rest)
            && IsClause(tokens, tokens.Trimmed(new Span(sentence.Start, comma)))) return true;
        // "said yesterday", "declared on Tuesday on a trip to the river port": only adjuncts of time and place follow.
        var timeOrPlace = firstIsWord && _words.FinalAdjunctOpeners.Contains(firstWord);
        if (words.Count == 1 && firstIsWord && _words.FinalTimeWords.Contains(firstWord)) return true;
        if (words.Count <= FinalAdjunctWords && timeOrPlace && !finite) return true;
        var capital = char.IsUpper(firstWord[0]);
        return words.Count <= (capital ? 10 : 6) && (capital || (!subjectBefore && firstIsWord && _words.FinalSpeakerDeterminers.Contains(firstWord))
            || (words.Count > 1 && firstIsWord && _words.FinalPhraseOpeners.Contains(firstWord)));
    }

    /// <summary>How many words a statement before a final cue holds at least when no auxiliary or past form marks its verb
    /// ("The package includes 600 million euros for air defence").</summary>
    private const int StatementWords = 6;

    /// <summary>Whether the words before the comma state something: a finite verb, or a run of words longer than a time or place
    /// adjunct ("In Geneva, the minister told delegates." is no statement).</summary>
    private bool IsClause(TokenLayer tokens, Span before) =>
        before.Length > 0 && (FiniteVerb.In(tokens, before, _words.FiniteAuxiliaries)
            || tokens.ClaimWordCount(before, StatementWords) >= StatementWords && !AdjunctObject.IsOnlyAdjunct(tokens, before, int.MaxValue, _words));

    /// <summary>How long a run of adjuncts after a final cue may be ("on Tuesday on a trip to the river port of Kiri").</summary>
    private const int FinalAdjunctWords = 14;

    /// <summary>The comma that ends the statement before a sentence-final cue (its offset, or -1). A comma right before the cue
    /// closes an apposition ("..., the foreign secretary, Maria Lopez, said" / "..., Maria Lopez, 54, said", the AP and Reuters
    /// first-mention order), so the statement ends at the comma before that two-part speaker phrase.</summary>
    public static int StatementComma(TokenLayer tokens, Span cue, Span sentence)
    {
        // Only a comma within reach counts, so only that stretch is searched.
        var mark = tokens.LastMarkIn(new Span(Math.Max(sentence.Start, cue.Start - FinalCueReach), cue.Start), ',');
        if (mark < 0) return -1;
        var comma = tokens[mark].Start;
        if (comma <= sentence.Start || mark + 1 < tokens.Count && tokens[mark + 1].Start < cue.Start) return comma;
        // "..., were working around the clock, said Anna Berg": the speaker follows the cue, so no apposition precedes it.
        var next = tokens.FirstStartingFrom(cue.End);
        if (next < tokens.Count && tokens[next].Start < sentence.End && char.IsUpper(tokens.TextOf(next)[0])) return comma;
        var inner = CommaBefore(tokens, comma, sentence);
        var outer = CommaBefore(tokens, inner, sentence);
        if (outer <= sentence.Start) return comma;
        var first = tokens.Trimmed(new Span(outer + 1, inner));
        var second = tokens.Trimmed(new Span(inner + 1, comma));
        // One part is the name or the age ("Maria Lopez", "54"); a clause like "she added" is neither.
        var named = first.Length > 0 && second.Length > 0
            && (char.IsUpper(tokens.CharAt(first.Start)) || char.IsUpper(tokens.CharAt(second.Start)) || char.IsDigit(tokens.CharAt(second.Start)));
        return named && IsAppositionPart(tokens, first) && IsAppositionPart(tokens, second) ? outer : comma;
    }

    /// <summary>Words in one part of a speaker's apposition: a name, a title or an age.</summary>
    private const int AppositionPartWords = 8;

    private static bool IsAppositionPart(TokenLayer tokens, Span part) =>
        tokens.ClaimWordsIn(part, AppositionPartWords + 1).Count is > 0 and <= AppositionPartWords && tokens.SpacedWordIn(part, "that") < 0;

    /// <summary>The offset of the last comma after the sentence's first character and before <paramref name="at"/>, or -1.</summary>
    private static int CommaBefore(TokenLayer tokens, int at, Span sentence) =>
        at - 1 > sentence.Start && tokens.LastMarkIn(new Span(sentence.Start + 1, at), ',') is var mark and >= 0 ? tokens[mark].Start : -1;
}
