namespace AidAnalysis.Lexicons;

/// <summary>
/// The surface forms of one reporting-verb entry: the listed forms where the entry gives them,
/// else the lemma's regular inflections (third person, past, present participle) on its first word,
/// so "warn" also finds "warns", "warned" and "warning" without an entry of its own.
/// </summary>
public static class ReportingVerbForms
{
    public static IReadOnlyList<string> Of(string lemma, IReadOnlyList<string> listed)
    {
        if (listed.Count > 0) return listed;
        var space = lemma.IndexOf(' ');
        var (verb, rest) = space < 0 ? (lemma, "") : (lemma[..space], lemma[space..]);
        return [.. Inflect(verb).Select(form => form + rest)];
    }

    private static string[] Inflect(string verb)
    {
        if (verb.EndsWith('e')) return [verb, verb + "s", verb + "d", verb[..^1] + "ing"];
        if (verb.Length > 2 && verb.EndsWith('y') && !IsVowel(verb[^2])) return [verb, verb[..^1] + "ies", verb[..^1] + "ied", verb + "ing"];
        if (verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('z'))
            return [verb, verb + "es", verb + "ed", verb + "ing"];
        return [verb, verb + "s", verb + "ed", verb + "ing"];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
