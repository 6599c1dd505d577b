using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>A person named later by a surname of two words is the person whose full name ends in it.</summary>
public class ShortNameMergeTests
{
    [Fact]
    public void A_two_word_surname_alone_is_the_person_whose_name_ends_in_it()
    {
        const string text = "Foreign Minister Pieter Van Dyk announced the grant on Monday.\n\n\"We will help,\" Van Dyk said.\n";
        var people = TestSupport.Analyze(text).Actors.Where(a => a.Kind == ActorKind.Person).ToList();
        Assert.Equal("Pieter Van Dyk", Assert.Single(people).Name);
    }
}
