using AidAnalysis.Recognizers;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The name patterns the character readers replaced, kept as oracles for the tests that compare the readers with them.</summary>
internal static class NamePatterns
{
    /// <summary>One capitalised name token: "Jin-ho", "Al-Malki", "Støre", "JD", "O’Brien".</summary>
    public const string NameToken = @"\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*";

    /// <summary>The particles that may stand before a name token after the first (<see cref="TextPatterns.ParticlesInARow"/> at most).</summary>
    public const string ParticlesBeforeToken = @"(?:(?:" + TextPatterns.NameParticle + @")[\s-]){0,2}";

    /// <summary>A person's name: initials and one to four capitalised tokens, particles between them.</summary>
    public const string PersonName = @"(?:\p{Lu}\.\s?){0,2}" + NameToken + @"(?:\s" + ParticlesBeforeToken + NameToken + @"){0,3}";
}
