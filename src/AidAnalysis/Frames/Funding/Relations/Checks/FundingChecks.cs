using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>Pipeline stage after the relations: the checks no other tool makes on how an article's figures fit together,
/// read on the funding rows with their relations applied.</summary>
public sealed class FundingChecks : IPipelineStage
{
    private readonly IReadOnlyList<IFundingCheck> _checks;

    public FundingChecks(Lexicon lexicon) : this(lexicon, new RelationVocabulary(lexicon)) { }

    /// <summary>The stage reading the relation words the relations stage built (<see cref="FundingRelations.Words"/>).</summary>
    internal FundingChecks(Lexicon lexicon, RelationVocabulary words) =>
        _checks =
        [
            new PartsExceedTotal(words),
            new ConversionRateOff(lexicon.Rates),
            new HeadlineDiffers(),
            new ConflictingMentions(),
            new ChangeFromEarlier(),
            new FxYearFallback(),
        ];

    public AnalysisDocument Run(AnalysisDocument document)
    {
        if (document.Funding.Count is 0 or > FundingRelations.MaxLinkedRows) return document;
        var draft = new RelationDraft(document, document.RelatedFunding);
        var checks = _checks.SelectMany(c => c.Find(draft))
            .Select((c, i) => new FundingCheck($"C{i + 1}", c.Kind, c.Message,
                c.Rows.Select(r => draft.Figures[r].Id).ToArray(),
                // A check on one row (its mentions disagree) cites every mention; one on several rows cites each row's body mention.
                c.Rows.Count == 1 ? draft.Figures[c.Rows[0]].Mentions.ToArray() : c.Rows.Select(draft.BodySpan).ToArray(), c.Change))
            .ToArray();
        return document with { Checks = checks };
    }
}
