using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Frames.Relations;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>PartTakesWholeType: a part told in its whole's sentence, with no aid type of its own, takes the whole's type;
/// fixtures written for these tests.</summary>
public class PartTakesWholeTypeTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<FundingFigure> Figures(string text) => TestSupport.Process(text, Published).ToAnalysis().Funding;

    [Fact]
    public void A_part_in_its_wholes_sentence_takes_its_type()
    {
        var figures = Figures("The regional response plan run by the agencies sought $900 million for the coming year, of which $300 million was for the northern provinces of Ostrava.");
        var whole = figures.Single(f => f.AmountText == "$900 million");
        var part = figures.Single(f => f.AmountText == "$300 million");
        Assert.Equal(AidType.Humanitarian, whole.AidType);
        Assert.Equal(whole.Id, part.PartOfId);
        Assert.Equal(AidType.Humanitarian, part.AidType);
    }

    [Fact]
    public void A_conversion_with_a_type_of_its_own_keeps_it()
    {
        // The builder gives a conversion its row's type, so the rows are set by hand: an untyped part of a typed whole, and a
        // conversion of the part that tells a type of its own (as a headline figure made a conversion does).
        var document = TestSupport.Process("The regional response plan run by the agencies sought €900 million for the coming year, of which €300 million (about $330 million) was for the northern provinces of Ostrava.", Published);
        var rows = document.Funding.ToArray();
        var (whole, part, conversion) = (Row("€900 million"), Row("€300 million"), Row("$330 million"));
        Assert.Equal(rows[part].Id, rows[conversion].ConvertedFromId);
        rows[whole] = rows[whole] with { AidType = AidType.Humanitarian };
        rows[part] = rows[part] with { AidType = AidType.Unspecified, PartOfId = rows[whole].Id };
        rows[conversion] = rows[conversion] with { AidType = AidType.Military };
        var draft = new RelationDraft(document, rows);
        new PartTakesWholeType(new ListOfParts(new AttributeWords(Lexicon.Default))).Apply(draft);
        Assert.Equal(AidType.Humanitarian, draft.Figures[part].AidType);
        Assert.Equal(AidType.Military, draft.Figures[conversion].AidType);

        int Row(string amount) => Array.FindIndex(rows, f => f.AmountText == amount);
    }
}
