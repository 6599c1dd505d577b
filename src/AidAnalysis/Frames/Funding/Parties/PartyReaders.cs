using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Parties;

/// <summary>The party readers that depend on the lexicon's closed word classes, built once per funding frame.</summary>
internal sealed class PartyReaders
{
    public PartyReaders(Lexicon lexicon)
    {
        Words = new PartyWords(lexicon);
        GroupOfGiversSource = new GroupOfGiversSource(Words);
        GroupOfGiversSubject = new GroupOfGiversSubject(Words);
        PlaceRecipient = new PlaceRecipient(lexicon, Words);
        RegionalGroupRecipient = new RegionalGroupRecipient(Words);
        var recipientsOwn = new RecipientsOwn(Words);
        MarkedAfterAmount = new MarkedAfterAmount(Words, new RecipientStatesOwn(Words), recipientsOwn, new CoordinatedPeople(lexicon), new OrganisationsOwn(lexicon));
        GivingVerbObject = new GivingVerbObject(recipientsOwn);
        BorrowersProgramme = new BorrowersProgramme(Words);
        OwnerOfAid = new OwnerOfAid(Words, BorrowersProgramme);
        DemonymDonor = new DemonymDonor(Words);
        PeopleRecipient = new PeopleRecipient(Words);
        AgentBeforeAmount = new AgentBeforeAmount(Words);
        ListedGiver = new ListedGiver(Words);
        PassiveReceiver = new PassiveReceiver(Words);
        RecipientBeforeAmount = new RecipientBeforeAmount(Words);
        StateInBeforeAmount = new StateInBeforeAmount(Words);
        PlaceOfNeedRecipient = new PlaceOfNeedRecipient(Words);
        PossessiveAntecedent = new PossessiveAntecedent(Words);
        GiverGroupPhrase = new GiverGroupPhrase(Words);
        SubjectOfGiving = new SubjectOfGiving(Words);
        PronounSubject = new PronounSubject(SubjectOfGiving, new ReceivingVerb(Words), lexicon);
        HeadlineRecipient = new HeadlineRecipient(Words);
        HeadlineSubject = new HeadlineSubject(Words);
        LightVerbGift = new LightVerbGift(Words);
        ReceivingVerb = new ReceivingVerb(Words);
        ReceivingReach = new ReceivingReach(Words);
        PurposePlaceRecipient = new PurposePlaceRecipient(Words);
        ReceiptToCome = new ReceiptToCome(Words);
        FutureReceiver = new FutureReceiver(ReceiptToCome, SubjectOfGiving);
        AddingVerb = new AddingVerb(Words);
        OwnGovernmentSubject = new OwnGovernmentSubject(Words);
        LaterChannels = new LaterChannels(Words);
        DescribedPhrases = new DescribedPhrases(lexicon, Words);
        DescriptionWords = new DescriptionWords(Words);
        MemberAgencyAnaphor = new MemberAgencyAnaphor(lexicon, Words);
        AgreementCounterpart = new AgreementCounterpart(Words, lexicon);
        WithAmountGiver = new WithAmountGiver(Words);
        OwnBudgetSource = new OwnBudgetSource(Words);
        StateLevelRecipient = new StateLevelRecipient(lexicon);
        RequestAddressee = new RequestAddressee(Words);
        ElidedItemVerb = new ElidedItemVerb(Words);
        OrganisationGroupRecipient = new OrganisationGroupRecipient(Words, lexicon.NumberWords);
        RelativeClauseGiver = new RelativeClauseGiver(Words, SubjectOfGiving);
    }

    public MemberAgencyAnaphor MemberAgencyAnaphor { get; }
    public AgreementCounterpart AgreementCounterpart { get; }
    public WithAmountGiver WithAmountGiver { get; }
    public OwnBudgetSource OwnBudgetSource { get; }
    public StateLevelRecipient StateLevelRecipient { get; }
    public RequestAddressee RequestAddressee { get; }
    public ElidedItemVerb ElidedItemVerb { get; }
    public OrganisationGroupRecipient OrganisationGroupRecipient { get; }
    public RelativeClauseGiver RelativeClauseGiver { get; }
    public BorrowersProgramme BorrowersProgramme { get; }

    public DescriptionWords DescriptionWords { get; }

    public PartyWords Words { get; }
    public LaterChannels LaterChannels { get; }
    public DescribedPhrases DescribedPhrases { get; }
    public GroupOfGiversSource GroupOfGiversSource { get; }
    public GroupOfGiversSubject GroupOfGiversSubject { get; }
    public PlaceRecipient PlaceRecipient { get; }
    public RegionalGroupRecipient RegionalGroupRecipient { get; }
    public MarkedAfterAmount MarkedAfterAmount { get; }
    public PeopleRecipient PeopleRecipient { get; }
    public GivingVerbObject GivingVerbObject { get; }
    public OwnerOfAid OwnerOfAid { get; }
    public DemonymDonor DemonymDonor { get; }
    public AgentBeforeAmount AgentBeforeAmount { get; }
    public ListedGiver ListedGiver { get; }
    public PassiveReceiver PassiveReceiver { get; }
    public RecipientBeforeAmount RecipientBeforeAmount { get; }
    public StateInBeforeAmount StateInBeforeAmount { get; }
    public PlaceOfNeedRecipient PlaceOfNeedRecipient { get; }
    public PossessiveAntecedent PossessiveAntecedent { get; }
    public GiverGroupPhrase GiverGroupPhrase { get; }
    public SubjectOfGiving SubjectOfGiving { get; }
    public PronounSubject PronounSubject { get; }
    public HeadlineRecipient HeadlineRecipient { get; }
    public HeadlineSubject HeadlineSubject { get; }
    public RequesterGroup RequesterGroup { get; } = new();
    public LightVerbGift LightVerbGift { get; }
    public ReceivingVerb ReceivingVerb { get; }
    public ReceiptToCome ReceiptToCome { get; }
    public FutureReceiver FutureReceiver { get; }
    public ReceivingReach ReceivingReach { get; }
    public PurposePlaceRecipient PurposePlaceRecipient { get; }
    public AddingVerb AddingVerb { get; }
    public OwnGovernmentSubject OwnGovernmentSubject { get; }
}
