using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"cuts rations in May unless it receives $60 million", "unless at least $8 million is received": money a body must
/// still receive for a threatened cut not to happen is money it needs (SCHEMA.md: requested), not money received. The
/// condition opens at most <see cref="Reach"/> words before the amount, with only words between, and its verb of receiving
/// stands between the conjunction and the amount or, passive, within <see cref="PassiveReach"/> words after it.</summary>
internal sealed class ConditionalReceipt(AttributeWords words)
{
    private const int Reach = 6;
    private const int PassiveReach = 3;

    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var (first, end) = tokens.Within(new Span(window.Start, amount.Start));
        var receipt = false;
        for (int i = end - 1, seen = 0; i >= first && seen <= Reach && tokens.IsLetters(i); i--, seen++)
        {
            if (words.ConditionConjunctions.IsWord(tokens, i)) return receipt || ReceiptAfter(tokens, window, amount);
            receipt |= words.ReceiptVerbs.IsWord(tokens, i);
        }
        return false;
    }

    /// <summary>"$8 million is received": a verb of receiving among the few words after the amount, before any mark.</summary>
    private bool ReceiptAfter(TokenLayer tokens, Span window, Span amount)
    {
        var (first, end) = tokens.Within(new Span(amount.End, window.End));
        for (var i = first; i < end && i - first < PassiveReach && tokens.IsLetters(i); i++)
            if (words.ReceiptVerbs.IsWord(tokens, i)) return true;
        return false;
    }
}
