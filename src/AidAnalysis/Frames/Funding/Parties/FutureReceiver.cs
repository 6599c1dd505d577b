using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"The food agency is to get $9 million", "Zland will receive $5 million": the party right before a verb of receipt
/// still to come (receipt-to-come of party-words.tsv) in the amount's clause receives it. Only a party standing directly before
/// the verb (through an auxiliary or an adverb) is its subject: in "the fund released $2 million and each family would receive
/// $500" the fund is no receiver.</summary>
internal sealed class FutureReceiver(ReceiptToCome receipts, SubjectOfGiving subjects)
{
    public Actor? Find(PartyScene scene)
    {
        if (receipts.Find(scene.Tokens, new Span(scene.Window.Start, scene.Amount.Start)) is not { } verb) return null;
        (Actor Actor, Span Span)? last = null;
        foreach (var mention in scene.Mentions)
            if (mention.Span.End <= verb.Start) last = mention;
        return last is { } subject && subjects.IsDirectGap(scene.Tokens, subject.Span.End, verb.Start) ? subjects.Find(scene, verb) : null;
    }
}
