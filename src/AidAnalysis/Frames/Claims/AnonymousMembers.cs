using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Claims;

/// <summary>"a Korvalan Aid Agency spokesman", "three ministry officials", "a spokesperson for the Delta Relief Fund": an unnamed member of a named body, introduced
/// by an indefinite determiner or a number, speaks as that phrase — the person the text attributes the statement to, not the
/// body (SCHEMA: anonymous speakers are named as the text names them; the body's name stays inside the phrase).</summary>
internal sealed class AnonymousMembers(Lexicon lexicon)
{
    /// <summary>The whole window as the phrase: determiner or number, up to five words, a lower-case head noun, and an optional
    /// complement naming the body ("for the fund"). A phrase after a name is that name's apposition ("said X Y, a spokesman for
    /// Z"), so it must open the window. Read on a short window.
    /// The determiners are member-determiners.txt's.</summary>
    private readonly Regex _memberPhrase = new(@"^[\s,]*(?<np>(?:" + TextPatterns.WordAlternation(lexicon.MemberDeterminers) + @")\s(?:[\p{L}\p{N}.’'&-]+\s){0,5}?(?<head>\p{Ll}+)(?:\s(?:for|at|of|from|with)\s[^,;:“”""()]{2,80}?)?)[\s.]*$",
        TextPatterns.WindowOptions);

    /// <summary>The longest window read for a phrase.</summary>
    private const int Reach = 160;

    /// <summary>The unnamed member that is all of <paramref name="window"/>, when its head is a person's (a group noun that is also a
    /// person's role: group-speakers.txt, person-roles.txt) and a known actor is named inside it; else null.</summary>
    public Speaker? Member(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span window)
    {
        if (window.Length > Reach) return null;
        var m = _memberPhrase.Match(doc.Text, window.Start, window.Length);
        if (!m.Success) return null;
        var np = m.Groups["np"];
        var head = m.Groups["head"].Value;
        if (!lexicon.GroupSpeakers.Contains(head) || !(lexicon.PersonRoles.Contains(head) || lexicon.PersonRoles.Contains(head.TrimEnd('s')))) return null;
        var phrase = new Span(np.Index, np.Index + np.Length);
        if (!index.Within(phrase).Any()) return null;
        return GroupPhrases.SubjectGroup(index, actors, doc.Text[phrase.Start..phrase.End].TrimEnd(',', ' '), window.End);
    }
}
