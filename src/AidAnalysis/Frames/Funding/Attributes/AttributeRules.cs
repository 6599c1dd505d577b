using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames;

/// <summary>The attribute rules of one funding stage, built once from its lexicon and sharing its word classes.</summary>
internal sealed class AttributeRules
{
    public AttributeRules(Lexicon lexicon)
    {
        var words = new AttributeWords(lexicon);
        ChangedFrom = new ChangedFrom(words);
        PartOfWhole = new PartOfWhole(words);
        ProgrammeFigure = new ProgrammeFigure(words);
        FutureTense = new FutureTense(words);
        FutureCue = new FutureCue(words);
        TotalAt = new TotalAt(words);
        ModalVerbOfAmount = new ModalVerbOfAmount(words);
        ChannelParticiples = new ChannelParticiples(words);
        RecentPeriod = new RecentPeriod(lexicon);
        DrawnFromWhole = new DrawnFromWhole(words);
        AmountGap = new AmountGap(words);
        TypeFromSentenceBefore = new TypeFromSentenceBefore(words);
        YearRange = new YearRange(words);
        RunningTotalTail = new RunningTotalTail(lexicon, words);
        RunningTotalWording = new RunningTotalWording(lexicon);
        // One reader of periods that end in a later year, for the spread-over-years test and the candidate years.
        var spanToLaterYear = new SpanToLaterYear(words);
        SpreadOverYears = new SpreadOverYears(words, YearRange, new SinceEarlierStart(words, RunningTotalWording), spanToLaterYear);
        SinceEarlierYear = new SinceEarlierYear(words);
        YearBesideAmount = new YearBesideAmount(words);
        CommittedProgramme = new CommittedProgramme(words, SpreadOverYears);
        RelativeFiscalYear = new RelativeFiscalYear(lexicon);
        CandidateYears = new CandidateYears(words, YearRange, SinceEarlierYear, RelativeFiscalYear, new RunningTotalReportingDay(lexicon, RunningTotalWording), spanToLaterYear);
        GivenInEarlierMonth = new GivenInEarlierMonth(lexicon, words);
        MixedPackage = new MixedPackage(words, lexicon.AidTypeCues
            .GroupBy(c => c.Phrase, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.OrdinalIgnoreCase));
        AidTypeWords = new AidTypeWords(lexicon);
        ForcesOfState = new ForcesOfState(words);
        FutureShare = new FutureShare(words);
        SupportToGovernment = new SupportToGovernment(words);
        PurposeAfter = new PurposeAfter(words);
        ListOfParts = new ListOfParts(words);
        AidNouns = new AidNouns(words);
        UnitRate = new UnitRate(words);
        ConditionalReceipt = new ConditionalReceipt(words);
        NeedOfRelative = new NeedOfRelative(words);
        ValuedConsignment = new ValuedConsignment(words);
        FutureArrival = new FutureArrival(words);
        FutureOfUnwrittenYear = new FutureOfUnwrittenYear(words, FutureTense);
        LossValuation = new LossValuation(words);
        StatedLevel = new StatedLevel(words);
        LenderProject = new LenderProject(words);
        PassiveRequest = new PassiveRequest(words);
        ReducedRelativeParticiple = new ReducedRelativeParticiple(words);
    }

    public ChangedFrom ChangedFrom { get; }
    public PartOfWhole PartOfWhole { get; }
    public ProgrammeFigure ProgrammeFigure { get; }
    public FutureTense FutureTense { get; }
    public FutureCue FutureCue { get; }
    public TotalAt TotalAt { get; }
    public ModalVerbOfAmount ModalVerbOfAmount { get; }
    public ChannelParticiples ChannelParticiples { get; }
    public RecentPeriod RecentPeriod { get; }
    public DrawnFromWhole DrawnFromWhole { get; }
    public AmountGap AmountGap { get; }
    public TypeFromSentenceBefore TypeFromSentenceBefore { get; }
    public SpreadOverYears SpreadOverYears { get; }
    public CommittedProgramme CommittedProgramme { get; }
    public RunningTotalTail RunningTotalTail { get; }
    public RunningTotalWording RunningTotalWording { get; }
    public SinceEarlierYear SinceEarlierYear { get; }
    public YearBesideAmount YearBesideAmount { get; }
    public GivenInEarlierMonth GivenInEarlierMonth { get; }
    public MixedPackage MixedPackage { get; }
    public AidTypeWords AidTypeWords { get; }
    public ForcesOfState ForcesOfState { get; }
    public FutureShare FutureShare { get; }
    public SupportToGovernment SupportToGovernment { get; }
    public BudgetYear BudgetYear { get; } = new();
    public PurposeAfter PurposeAfter { get; }
    public YearRange YearRange { get; }
    public CandidateYears CandidateYears { get; }
    public ListOfParts ListOfParts { get; }
    public AidNouns AidNouns { get; }
    public RelativeFiscalYear RelativeFiscalYear { get; }
    public UnitRate UnitRate { get; }
    public ConditionalReceipt ConditionalReceipt { get; }
    public NeedOfRelative NeedOfRelative { get; }
    public ValuedConsignment ValuedConsignment { get; }
    public FutureArrival FutureArrival { get; }
    public FutureOfUnwrittenYear FutureOfUnwrittenYear { get; }
    public LossValuation LossValuation { get; }
    public StatedLevel StatedLevel { get; }
    public LenderProject LenderProject { get; }
    public PassiveRequest PassiveRequest { get; }
    public ReducedRelativeParticiple ReducedRelativeParticiple { get; }
}
