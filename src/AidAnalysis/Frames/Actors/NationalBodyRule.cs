using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Actors;

/// <summary>"National Disaster Management Authority", "National Office for Risk Management", "National Treasury": a body whose
/// name opens with "National" or "Federal" and whose head is an agency noun is an arm of a state, as a ministry is, even
/// where the text does not say which; a name with another head ("National Democratic League") may be a party or a club.
/// A few heads make any name a state's body on their own ("Foreign Office", "Office of the Prime Minister", "Treasury").</summary>
internal sealed class NationalBodyRule(Lexicon lexicon)
{
    private readonly HashSet<string> _openers = [.. lexicon.OrganisationNameWords["state-opener"]];
    private readonly HashSet<string> _heads = [.. lexicon.OrganisationNameWords["state-head"]];
    private readonly HashSet<string> _governmentHeads = [.. lexicon.OrganisationNameWords["government-head"]];
    private readonly HashSet<string> _headPrepositions = [.. lexicon.OrganisationNameWords["head-preposition"]];

    public bool Matches(string name)
    {
        var words = name.Split(' ');
        // The head is the noun before the name's first "for" or "of" ("National Office for Risk Management"), else its last word.
        var of = Array.FindIndex(words, 1, _headPrepositions.Contains);
        var head = words[of > 0 ? of - 1 : words.Length - 1];
        return _governmentHeads.Contains(head) || (words.Length > 1 && _openers.Contains(words[0]) && _heads.Contains(head));
    }
}
