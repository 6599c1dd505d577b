using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"to help X’s army", "for X’s people", "to X's recovery": what a recipient owns, or the recovery it goes through,
/// stands for the recipient, so the possessive owner is no mere modifier.</summary>
internal sealed class RecipientsOwn(PartyWords words)
{
    private const int Width = 20;

    public bool Follows(TokenLayer tokens, Span mention) =>
        Possessive.Follows(tokens, mention)
        && words.RecipientOwn.StartRightAfter(tokens, mention.End + 2, Math.Min(tokens.Text.Length, mention.End + Width));
}
