using System.Globalization;

namespace AidAnalysis.Loading;

/// <summary>Parses the publication dates found in front matter, HTML metadata and on the command line.</summary>
public static class DateParsing
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)) return date;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)
            ? DateOnly.FromDateTime(dto.Date) : null;
    }
}
