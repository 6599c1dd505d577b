namespace AidAnalysis.Loading;

/// <summary>Input that cannot be read as an article; the message is one line naming the file and the problem.</summary>
public sealed class ArticleLoadException(string message) : Exception(message);
