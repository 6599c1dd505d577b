namespace AidAnalysis.Loading;

/// <summary>
/// How deeply an HTML page nests its elements, measured in one pass over the tags before any parser sees
/// them: the readability step's work grows with the square of the depth and a deep enough page overflows
/// the stack. Elements the HTML parser closes by itself (p, li, td, ...) and void elements do not count;
/// "&lt;div/&gt;" does (HTML ignores the slash), except inside SVG and MathML, where it closes the element.
/// </summary>
internal static class HtmlDepth
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        // closed implicitly by their next sibling
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rp", "rt",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    private static readonly HashSet<string> ModeSwitches = new(StringComparer.OrdinalIgnoreCase) { "svg", "math", "foreignObject" };

    /// <summary>True when some element sits more than <paramref name="limit"/> elements deep.</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        // The open svg/math and foreignObject elements: "/>" closes an element only when the innermost is svg or math.
        var modes = new Stack<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (i < 0) return false;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html[nameStart..nameEnd];
            var end = html.IndexOf('>', nameEnd);
            if (end < 0) return false;
            var switchesMode = ModeSwitches.Contains(name);
            var inForeign = modes.TryPeek(out var mode) && !mode.Equals("foreignObject", StringComparison.OrdinalIgnoreCase);
            var selfClosed = html[end - 1] == '/' && (inForeign || switchesMode);
            if (closing)
            {
                if (!NotNesting.Contains(name) && depth > 0) depth--;
                if (switchesMode && modes.TryPeek(out var open) && open.Equals(name, StringComparison.OrdinalIgnoreCase)) modes.Pop();
            }
            else if (RawText.Contains(name))
            {
                end = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                if (end < 0) return false;
            }
            else if (!NotNesting.Contains(name) && !selfClosed)
            {
                if (++depth > limit) return true;
                if (switchesMode) modes.Push(name);
            }
            i = end;
        }
        return false;
    }
}
