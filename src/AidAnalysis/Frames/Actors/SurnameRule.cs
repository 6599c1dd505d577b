using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Frames.Actors;

/// <summary>A person's surname (or, for East Asian order, family name) used alone later in the text is a mention of that person.</summary>
internal sealed class SurnameRule(Lexicon lexicon)
{
    public void Apply(WordStarts words, List<ActorDraft> drafts, IReadOnlyList<EntityMention> entities)
    {
        var text = words.Text;
        var named = new CoveredPositions(text.Length + 1);
        foreach (var e in entities) named.Cover(e.Span.Start, e.Span.Length);
        var people = drafts.Where(d => d.Kind == ActorKind.Person && d.Name.Contains(' ')).ToList();
        // One walk over the text finds every name's tokens, instead of one search of the whole text per token.
        var occurrences = new WordOccurrences(words, people.SelectMany(p => p.Name.Split(' ')));
        foreach (var person in people)
        {
            var tokens = person.Name.Split(' ');
            // East Asian order ("Lee Min-seo", "Doo Jin-ho"): the first token is the family name.
            var familyFirst = tokens[^1].Contains('-');
            foreach (var token in new[] { tokens[^1], tokens[0] }.Distinct())
            {
                if (token.Length < 3 || token.EndsWith('.')) continue;
                if (lexicon.GivenNames.Contains(token) && !(familyFirst && token == tokens[0])) continue;
                foreach (var index in occurrences.Of(token))
                {
                    var span = new Span(index, index + token.Length);
                    if (named.AnyIn(span.Start, span.Length)) continue;
                    named.Cover(span.Start, span.Length);
                    person.Mentions.Add(span);
                }
            }
        }
    }
}
