using System.Text;

namespace AidAnalysis.Loading;

/// <summary>
/// The Markdown blocks that would read wrongly as plain sentences. A section heading ("## What donors say") labels the text
/// below it and states nothing, so it is dropped; the heading on the body's first line is the headline and stays. A block
/// quote ("> We need tents.") is a quotation, as a printed block quote is: each of its paragraphs is set in quotation marks,
/// without the "&gt;" markers, so the sentence before it ("The minister said:") is read as its speaker for every paragraph.
/// </summary>
internal static class MarkdownBlocks
{
    public static string Rewrite(string body)
    {
        var lines = body.Split('\n');
        var output = new StringBuilder(body.Length + 16);
        var quote = new List<string>();
        var seenText = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith('>'))
            {
                quote.Add(trimmed[1..].TrimStart(' '));
                continue;
            }
            Flush(quote, output);
            if (seenText && IsSectionHeading(trimmed)) continue;
            if (trimmed.Length > 0) seenText = true;
            output.Append(line).Append('\n');
        }
        Flush(quote, output);
        return output.Length > 0 ? output.ToString(0, output.Length - 1) : "";
    }

    /// <summary>"## Section": two to six "#" and a space or tab.</summary>
    private static bool IsSectionHeading(string line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#') hashes++;
        return hashes is >= 2 and <= 6 && hashes < line.Length && line[hashes] is ' ' or '\t';
    }

    /// <summary>The block quote's paragraphs, each in quotation marks unless it is already quoted, and a blank line between.</summary>
    private static void Flush(List<string> quote, StringBuilder output)
    {
        if (quote.Count == 0) return;
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in quote.Append(""))
        {
            if (line.Trim().Length > 0) { current.Add(line.Trim()); continue; }
            if (current.Count > 0) paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var quoted = paragraph[0] is '"' or '“' ? paragraph : "“" + paragraph + "”";
            output.Append(quoted).Append('\n');
            if (i < paragraphs.Count - 1) output.Append('\n');
        }
        quote.Clear();
    }
}
