using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The gender a person's words show, read from the tokens around an invented mention: the word before it, the
/// apposition after its comma up to the next comma, stop or line break, and nothing past a relative pronoun.</summary>
public class SpeakerGenderTokenTests
{
    [Theory]
    [InlineData("Yes, Tove Lind, a harbour spokeswoman, came.", PersonGender.Female)]
    [InlineData("Yes, Tove Lind, a harbour man. The spokeswoman came.", PersonGender.Male)]
    [InlineData("Yes, Tove Lind, a harbour man\nspokeswoman, came.", PersonGender.Male)]
    [InlineData("Yes, Tove Lind, a nurse whose spokeswoman came.", null)]
    [InlineData("Yes, spokesman Tove Lind came.", PersonGender.Male)]
    [InlineData("Yes, Mrs. Tove Lind came.", null)]
    [InlineData("Yes, Tove Lind, 1,5 spokeswoman, came.", null)]
    public void The_words_around_a_mention_show_its_gender(string text, PersonGender? expected)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var start = text.IndexOf("Tove", StringComparison.Ordinal);
        var mention = new Span(start, start + "Tove Lind".Length);
        var person = new Actor("p1", "Tove Lind", ActorKind.Person, null, null, [mention]);
        var genders = new SpeakerGenders(new GenderWordLookup(Lexicon.Default.GenderWords), tokens);

        Assert.Equal(expected != PersonGender.Female, genders.Fits(person, PersonGender.Male));
        Assert.Equal(expected != PersonGender.Male, genders.Fits(person, PersonGender.Female));
    }
}
