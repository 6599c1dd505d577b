using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X’s development agency (XDA) announced": a body a state's possessive owns acts for that state, at the level
/// SCHEMA.md charts donors. Not a body of an international organisation ("the UN’s pooled fund"), which gives from its own
/// budget.</summary>
internal static partial class StateOrBody
{
    /// <summary>"’s " between a state and its body, or a word or two of the body's name the actor layer left out
    /// ("X’s Federal Foreign Office").</summary>
    [GeneratedRegex(@"^[’']s\s(?:\p{Lu}\p{L}+,?\s){0,2}$", TextPatterns.WindowOptions)]
    private static partial Regex OwnerOfBody { get; }

    /// <summary>The owning state of the body at <paramref name="subject"/>, else the party itself.</summary>
    public static Actor Of(string text, List<(Actor Actor, Span Span)> before, int subject)
    {
        var (actor, span) = before[subject];
        if (actor.Kind != ActorKind.Organization) return actor;
        // "X’s Development Agency (XDA) announced": the body's acronym in brackets stands for its name before it.
        while (subject > 0 && before[subject - 1].Actor == actor && text.AsSpan(before[subject - 1].Span.End, span.Start - before[subject - 1].Span.End) is " (")
            span = before[--subject].Span;
        if (subject == 0) return actor;
        var (owner, ownerSpan) = before[subject - 1];
        return owner.Kind == ActorKind.Country && span.Start >= ownerSpan.End && OwnerOfBody.IsMatch(text.AsSpan(ownerSpan.End, span.Start - ownerSpan.End)) ? owner : actor;
    }
}
