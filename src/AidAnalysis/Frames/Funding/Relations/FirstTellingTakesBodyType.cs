using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>"Freedonia pledges $150m for Ostrava" over "Freedonia has pledged $150m in emergency aid": a headline figure that the
/// body tells again, word for word, is one row (<see cref="HeadlineRestatement"/> links the body's telling to it), and the kind of
/// aid the body's sentence names is the kind of that row when the headline names none. Runs after the links.</summary>
internal sealed class FirstTellingTakesBodyType : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        foreach (var headline in draft.Primary)
        {
            var figure = draft.Figures[headline];
            if (!draft.OnlyInHeadline(headline) || figure.AidType != AidType.Unspecified) continue;
            var told = draft.Children(headline).Where(b => !draft.OnlyInHeadline(b) && draft.Figures[b].Value == figure.Value
                && draft.Figures[b].Currency == figure.Currency && draft.Figures[b].AidType != AidType.Unspecified).ToList();
            if (told.Count == 1) draft.SetTypeWhereUnspecified(headline, draft.Figures[told[0]].AidType);
        }
    }
}
