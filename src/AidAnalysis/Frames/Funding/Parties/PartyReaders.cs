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
        RecipientStatesOwn = new RecipientStatesOwn(Words);
        PlaceRecipient = new PlaceRecipient(lexicon, Words);
        RegionalGroupRecipient = new RegionalGroupRecipient(Words);
    }

    public PartyWords Words { get; }
    public GroupOfGiversSource GroupOfGiversSource { get; }
    public GroupOfGiversSubject GroupOfGiversSubject { get; }
    public RecipientStatesOwn RecipientStatesOwn { get; }
    public PlaceRecipient PlaceRecipient { get; }
    public RegionalGroupRecipient RegionalGroupRecipient { get; }
}
