using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"will invest 2 billion pesos in ...", "said it would add another 300 million francs to ...": a modal whose verb
/// takes the amount as its object puts aid money in the future (direct or reported), which promises it (SCHEMA.md: "will
/// provide" is pledged), whatever verb the lexicon lacks.</summary>
internal static partial class ModalVerbOfAmount
{
    [GeneratedRegex(@"\b(?:will|would)\s(?:also\s|each\s)?\p{Ll}+\s(?:(?:another|an\sadditional|a\sfurther|additional|further|about|around|some|up\sto|more\sthan)\s)?$", TextPatterns.WindowOptions)]
    private static partial Regex Before { get; }

    public static bool Holds(string text, Span window, Span amount) => Before.IsMatch(text.AsSpan()[window.Start..amount.Start]);
}
