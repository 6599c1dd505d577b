namespace AidAnalysis.Frames.Claims;

/// <summary>Words of a claim's phrases as the claim rules count them: letters, digits, apostrophes and hyphens
/// ("Jean-Paul", "UN’s" are one word each).</summary>
internal static class ClaimWords
{
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '\'' or '-' : char.IsLetterOrDigit(c) || c == '’';

    /// <summary>The last <paramref name="count"/> words of a phrase, in order, read backwards so a long phrase is not split whole.</summary>
    public static List<string> LastWords(string phrase, int count)
    {
        var words = new List<string>();
        for (var i = phrase.Length; i > 0 && words.Count < count;)
        {
            while (i > 0 && !IsWordChar(phrase[i - 1])) i--;
            var end = i;
            while (i > 0 && IsWordChar(phrase[i - 1])) i--;
            if (end > i) words.Add(phrase[i..end]);
        }
        words.Reverse();
        return words;
    }

    public static int WordCount(ReadOnlySpan<char> phrase)
    {
        var count = 0;
        for (var i = 0; i < phrase.Length;)
        {
            while (i < phrase.Length && !IsWordChar(phrase[i])) i++;
            if (i < phrase.Length) count++;
            while (i < phrase.Length && IsWordChar(phrase[i])) i++;
        }
        return count;
    }
}
