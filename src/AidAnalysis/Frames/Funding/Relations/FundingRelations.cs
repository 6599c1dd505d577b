using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Pipeline stage after the funding frame: links figures to the figure they are part of (a package and its lines, a total
/// and its tranches, a running total and what it includes, a headline and the body figure it restates), corrects the status
/// of amounts the relations show to be earlier money, and marks the article's new money (`counted`), the only rows totals add.
/// It adds the <see cref="Layer.Relations"/> layer, one <see cref="FundingRelation"/> per row, and leaves the funding layer as the
/// funding stage wrote it.
/// </summary>
public sealed class FundingRelations : IPipelineStage
{
    private readonly NewMoney _newMoney;
    private readonly IReadOnlyList<IRelationRule> _rules;

    public FundingRelations(Lexicon lexicon) : this(lexicon, new RunningTotalWording(lexicon), new RelativeFiscalYear(lexicon)) { }

    /// <summary>The stage reading the running-total wording and the relative fiscal years the funding stage built
    /// (<see cref="FundingBuilder.RunningTotalWording"/>, <see cref="FundingBuilder.RelativeFiscalYear"/>).</summary>
    internal FundingRelations(Lexicon lexicon, FundingBuilder funding) : this(lexicon, funding.RunningTotalWording, funding.RelativeFiscalYear) { }

    private FundingRelations(Lexicon lexicon, RunningTotalWording runningTotal, RelativeFiscalYear fiscal)
    {
        var words = Words = new RelationVocabulary(lexicon);
        _newMoney = new NewMoney(words);
        var cumulative = new CumulativeWording(words);
        _rules =
        [
            new RestatedInOtherCurrency(new RestatementWording(words)),
            new AppositiveConversion(words),
            new CumulativeTotals(runningTotal, cumulative),
            new EarlierDated(words),
            new AddedToEarlier(words),
            new ProspectiveFigures(words),
            new SummaryLine(_newMoney),
            new OpeningOfThat(words),
            new ListUnderHeading(words),
            new ComponentOfLarger(words),
            new ExplicitComponents(words),
            new PackageAnaphora(words),
            new TrancheOfNews(words),
            new HeadlineRestatement(_newMoney),
            new SumOfParts(words),
            new PledgeList(),
            new PartitiveOfWhole(words),
            new LargestShareOpening(words),
            new NewsInRunningTotal(cumulative, words),
            new RunningTotalMembers(fiscal),
            new DisbursedUnderProgramme(words),
            new RepeatedFigure(_newMoney),
            new PartsOfFirstTelling(),
            new RequestLines(),
            new ReceivedAgainstNeed(words),
            new GapOfNeed(words),
            new FirstTellingTakesBodyType(),
            new MixedParts(),
            new PartTakesWholeType(new ListOfParts(new AttributeWords(lexicon))),
            new PartTakesWholeStatus(),
            new OwnBudgetSpending(words, lexicon),
            new TotalTakesOwnType(new AidTypeWords(lexicon), words),
            new PartTakesWholeYear(),
        ];
    }

    /// <summary>The relation words this stage reads, which the checks stage reads too (built once per pipeline).</summary>
    internal RelationVocabulary Words { get; }

    /// <summary>Rules compare rows pairwise; a real article has a few dozen figures, so beyond this (generated or hostile
    /// input) rows are left unlinked and only `counted` is computed, keeping the stage linear.</summary>
    public const int MaxLinkedRows = 400;

    public AnalysisDocument Run(AnalysisDocument document)
    {
        if (document.Funding.Count == 0) return document;
        var draft = new RelationDraft(document, document.Funding);
        if (draft.Figures.Length <= MaxLinkedRows)
            foreach (var rule in _rules) rule.Apply(draft);
        _newMoney.Mark(draft);
        return document with { Relations = RelationsOf(document.Funding, draft.Figures) };
    }

    /// <summary>What the rules changed on each row (<paramref name="linked"/>, the draft's copy of <paramref name="funding"/>).</summary>
    private static FundingRelation[] RelationsOf(IReadOnlyList<FundingFigure> funding, FundingFigure[] linked)
    {
        var relations = new FundingRelation[linked.Length];
        for (var i = 0; i < linked.Length; i++)
        {
            var (read, row) = (funding[i], linked[i]);
            relations[i] = new FundingRelation(row.Id, row.PartOfId, row.ConvertedFromId, row.Counted)
            {
                Status = row.Status == read.Status ? null : row.Status,
                AidType = row.AidType == read.AidType ? null : row.AidType,
                Year = row.Year == read.Year ? null : row.Year,
            };
        }
        return relations;
    }
}
