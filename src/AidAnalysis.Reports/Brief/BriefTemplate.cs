using System.Text;
using System.Text.Encodings.Web;
using Fluid;

namespace AidAnalysis.Brief;

/// <summary>
/// The brief's HTML template (Fluid/Liquid) and stylesheet: the embedded default or a user's folder
/// holding <c>brief.liquid</c> and <c>brief.css</c>. Only those two files are read, so a template
/// cannot reach outside its folder; all article text is HTML-encoded on output.
/// </summary>
public sealed class BriefTemplate
{
    public const string TemplateFile = "brief.liquid";
    public const string StyleFile = "brief.css";

    private static readonly FluidParser Parser = new();

    private readonly IFluidTemplate _template;
    private readonly string _css;

    private BriefTemplate(IFluidTemplate template, string css)
    {
        _template = template;
        _css = css;
    }

    public static BriefTemplate Default() => Parse(ReadResource(TemplateFile), ReadResource(StyleFile), "embedded template");

    public static BriefTemplate FromDirectory(string directory)
    {
        if (!Directory.Exists(directory)) throw new BriefTemplateException($"{directory}: template directory not found");
        var templatePath = Path.Combine(directory, TemplateFile);
        var cssPath = Path.Combine(directory, StyleFile);
        var source = File.Exists(templatePath) ? ReadInside(directory, templatePath) : ReadResource(TemplateFile);
        var css = File.Exists(cssPath) ? ReadInside(directory, cssPath) : ReadResource(StyleFile);
        return Parse(source, css, templatePath);
    }

    /// <summary>Reads a template file only if it really lies in the template folder (a symbolic link out of it is refused).</summary>
    private static string ReadInside(string directory, string path)
    {
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        if (!Path.GetFullPath(target).StartsWith(root, StringComparison.Ordinal))
            throw new BriefTemplateException($"{path}: links outside the template folder");
        return File.ReadAllText(path);
    }

    public string Render(BriefModel model, string paperSize)
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        var context = new TemplateContext(model, options);
        context.SetValue("Css", _css);
        context.SetValue("PaperSize", paperSize);
        context.SetValue("RunningHeader", CssString(model.Title));
        try
        {
            return _template.Render(context, HtmlEncoder.Default);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or Fluid.FluidException)
        {
            // Includes have no file provider, so a template can never pull in a file; it fails with one line instead.
            throw new BriefTemplateException($"the brief template failed to render: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Escapes text for a CSS string inside a style element: quotes, backslashes and '&lt;' become escapes.</summary>
    public static string CssString(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Length > 90 ? text[..87] + "..." : text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c)) sb.Append('\\').Append(((int)c).ToString("X")).Append(' ');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static BriefTemplate Parse(string source, string css, string origin) =>
        Parser.TryParse(source, out var template, out var error)
            ? new BriefTemplate(template, css)
            : throw new BriefTemplateException($"{origin}: template does not parse: {error.ReplaceLineEndings(" ")}");

    private static string ReadResource(string name)
    {
        var resource = "AidAnalysis.Resources.brief." + name;
        using var stream = typeof(BriefTemplate).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed class BriefTemplateException(string message) : Exception(message);
