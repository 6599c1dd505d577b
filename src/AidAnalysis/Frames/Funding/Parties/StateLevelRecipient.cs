using AidAnalysis.Frames.Actors;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Frames.Parties;

/// <summary>SCHEMA.md charts the recipient "at the same level" as the donor: a state, not the ministry, disaster office or
/// army of the state that takes the money ("a loan to help the water ministry" is the state's). A body that belongs to the
/// giver stays as named (FundingFill decides for a row's own giver). Bodies of international organisations keep their names
/// (their affiliation is no state).</summary>
internal sealed class StateLevelRecipient(Lexicon lexicon)
{
    private readonly NationalBodyRule _nationalBodies = new(lexicon);
    private readonly NameEndings _forceHeads = new(lexicon.GovernmentBodyWords.ForceHeads);

    /// <summary>The state <paramref name="recipient"/> acts for when it names a body of a state other than the article's giver
    /// (<paramref name="mainDonor"/>), else the recipient as read. The giver's own bodies are left as named, whether the text or
    /// a guess from the dateline put them under the giver.</summary>
    public string? Of(IReadOnlyDictionary<string, Actor> actors, string? recipient, string? mainDonor) =>
        recipient is not null && actors.TryGetValue(recipient, out var actor)
        && actor is { Kind: ActorKind.Organization, Affiliation: { } state } && state != mainDonor
        && lexicon.CountryByForm.ContainsKey(state) && IsStateBody(actor.Name) ? state : recipient;

    /// <summary>Whether <paramref name="money"/> is written in the own currency of <paramref name="state"/> alone
    /// (currency-states.tsv): a state's own shillings allocated to its department are its spending, not a giver's aid to the
    /// state, so a body the clause names as receiving them keeps its name.</summary>
    public bool InOwnCurrency(string state, MoneyMention money) =>
        lexicon.CurrencyStates.TryGetValue(money.Currency, out var states) && states is [var only] && only == state;

    /// <summary>A ministry, department or government ("Ministry of Water"), an agency of the gazetteer's state kinds, a national
    /// agency ("National Disaster Management Office"), or a state's force or institution ("the Lebanese army").</summary>
    private bool IsStateBody(string name)
    {
        if (GovernmentBody.Matches(name) || _nationalBodies.Matches(name)) return true;
        if (lexicon.OrganizationByName.TryGetValue(name, out var entry) && entry.Type is "agency" or "parliament" or "government") return true;
        return _forceHeads.End(name);
    }
}
