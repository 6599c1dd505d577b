using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "$5 million from Japan", "$2 million through UNICEF", "$3 million to Fiji": a party named after the amount in its sentence
/// is the donor, channel or recipient its marker says. A possessive owner receives only where a recipient marker stands before
/// it ("to support X's farmers", "for the Y Fund's operations"), and gives only where it owns a giving body after "from" ("from X's relief agency").
/// </summary>
internal sealed class MarkedAfterAmount(PartyWords words, RecipientStatesOwn statesOwn, RecipientsOwn recipientsOwn, CoordinatedPeople coordinated,
    OrganisationsOwn organisationsOwn)
{
    /// <summary>How far after the amount a marked party may stand; a donor after "from" only up to <see cref="DonorReach"/>.</summary>
    private const int Reach = 150, DonorReach = 100, MarkerWidth = 30;

    /// <summary>How many words past the amount's clause window a recipient may stand: the complements that trail the clause
    /// ("to the people of X"), not a later clause the window leaves out. Ten words is about the 60 characters first used.</summary>
    private const int RecipientWordsPastWindow = 10;

    public (Actor? Donor, string? Channel, string? Recipient) Find(PartyScene scene, (string Text, Span Span)? described)
    {
        var (text, tokens, amount) = (scene.Text, scene.Tokens, scene.Amount);
        Actor? donor = null;
        string? channel = null, recipient = null;
        foreach (var (actor, span) in scene.Mentions)
        {
            if (span.Start < amount.End || span.Start - amount.End > Reach) continue;
            // "for those who have left X for Y": a place after the described recipient is where they went, not who receives.
            if (described is { } d && d.Span.Start >= amount.End && span.Start > d.Span.Start && !d.Span.Contains(span)) continue;
            var from = scene.Reach(span.Start, MarkerWidth);
            var marker = tokens.RightBefore(span.Start, from);
            if (words.AttributionMarkers.EndsAt(tokens, marker, from)) continue;
            if (LaterAmountsParty.BelongsToLaterAmount(scene.Doc, amount, span)) break;
            var markedAsDonor = span.Start - amount.End < DonorReach && words.DonorMarkers.EndsAt(tokens, marker, from)
                && !words.OriginMarkers.EndsAt(tokens, marker, from);
            if (Possessive.Follows(tokens, span) && !recipientsOwn.Follows(tokens, span))
            {
                if (NearWindow(scene, span) && statesOwn.Receives(tokens, actor, span, scene.Sentence.Start)) recipient ??= actor.Name;
                else if (NearWindow(scene, span) && organisationsOwn.Receives(tokens, actor, marker))
                    recipient ??= actor.Name;
                else if (markedAsDonor && GivingBodyOwner.Owns(tokens, span, words.GivingBodyNouns)) donor ??= actor;
                continue;
            }
            if (markedAsDonor) donor ??= actor;
            else if (words.ChannelMarkers.EndsAt(tokens, marker, from)) channel ??= actor.Name;
            else if (words.RecipientMarkers.EndsAt(tokens, marker, from) && NearWindow(scene, span) && actor.Kind != ActorKind.Person)
                recipient ??= coordinated.Join(tokens, actor.Name, span);
        }
        return (donor, channel, recipient);
    }

    private static bool NearWindow(PartyScene scene, Span span) =>
        span.Start < scene.Window.End || scene.Tokens.WordsIn(new Span(scene.Window.End, span.Start)) < RecipientWordsPastWindow;
}
