using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

public sealed partial class FundingBuilder
{
    /// <summary>What one amount's own clause says, before context fills the gaps (<see cref="FundingFill"/>). Built with
    /// named members: a frame that reads nothing but its amount and a year keeps every other member at its default.</summary>
    internal sealed record Frame
    {
        public required MoneyMention Money { get; init; }

        /// <summary>The amount's sentence (the sentences it runs into, when the segmenter split it) within the context reach.</summary>
        public required Span Sentence { get; init; }

        /// <summary>Index of the sentence the amount starts in, or -1.</summary>
        public required int SentenceIndex { get; init; }

        public string? Donor { get; init; }

        /// <summary>The body the text names for the donor (the Commission for the European Union, a ministry or an official
        /// for a state), kept beside it.</summary>
        public string? DonorBody { get; init; }

        public string? Recipient { get; init; }

        /// <summary>The organisation the money goes through to the recipient.</summary>
        public string? Channel { get; init; }

        public FundingStatus Status { get; init; } = FundingStatus.Unspecified;

        public AidType AidType { get; init; } = AidType.Unspecified;

        public int? Year { get; init; }

        public string? Purpose { get; init; }

        /// <summary>The amount is a total ("a total of $X", "$X in all").</summary>
        public bool IsTotal { get; init; }

        /// <summary>The clause is about aid (a verb of giving or receiving, an aid noun, a request, a running total).</summary>
        public bool IsAidContext { get; init; }

        /// <summary>A verb of receiving governs the amount: its subject is the receiver.</summary>
        public bool IsReceived { get; init; }

        /// <summary>A mixed package or a kind of aid no tracker class holds: no single aid type, from the clause or the story.</summary>
        public bool IsMixedType { get; init; }

        /// <summary>The clause names the requester of the amount, who receives it ("X asked donors for $8 million").</summary>
        public bool NamesRequester { get; init; }

        /// <summary>The amount is a rate ("$5 a day"), not money given.</summary>
        public bool IsRate { get; init; }

        /// <summary>The request verb before the amount has a subject of its own, an actor or not ("The company needs $3 million").</summary>
        public bool NamesAsker { get; init; }

        /// <summary>A verb of receiving still to come governs the amount ("the agency will receive $8 million"): the story's giver's
        /// money being shared out.</summary>
        public bool IsReceiptToCome { get; init; }

        /// <summary>A request names the one asked to give ("sought $2 million from Zland"), the donor of this amount alone.</summary>
        public bool NamesAddressee { get; init; }
    }
}
