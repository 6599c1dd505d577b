using AidAnalysis.Lexicons;
using AngleSharp.Dom;

namespace AidAnalysis.Loading;

/// <summary>
/// The boxes a news page sets beside its story, found by their class or id (page-boilerplate.txt): related headlines,
/// newsletter promotions, recommendations. They are removed before the text is read, so that "More on Pakistan: PM says
/// floods worst in history" yields no claim. A box that holds the headline, the article element or half the page's text
/// is the story's own container, whatever it is called, and stays.
/// </summary>
internal static class PageBoxes
{
    private static readonly string[] Words = [.. LanguageData.Embedded.ReadLines("page-boilerplate.txt")];

    public static void Remove(IElement root)
    {
        var pageText = root.TextContent.Length;
        foreach (var element in root.QuerySelectorAll("[class], [id]").Where(IsBox).ToArray())
        {
            if (element.Parent is null || element.QuerySelector("h1, article, main") is not null) continue;
            if (element.TextContent.Length * 2 > pageText) continue;
            element.Remove();
        }
    }

    private static bool IsBox(IElement element) =>
        Names(element.GetAttribute("class")).Concat(Names(element.GetAttribute("id"))).Any(name => Words.Any(word => HasPart(name, word)));

    private static IEnumerable<string> Names(string? attribute) =>
        attribute is null ? [] : attribute.Split(' ', '\t', '\n').Where(n => n.Length > 0).Select(n => n.ToLowerInvariant());

    /// <summary>The word is the whole name or a run of its parts between "-" and "_" ("c-newsletter__form").</summary>
    private static bool HasPart(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || name[at - 1] is '-' or '_') && (end == name.Length || name[end] is '-' or '_')) return true;
        }
        return false;
    }
}
