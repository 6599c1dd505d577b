using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;

namespace AidAnalysis.Notebooks;

/// <summary>One notebook cell: its kind, kernel, source, tags and outputs (Jupyter output JSON).</summary>
public sealed record NotebookCell(string Id, string CellType, string Kernel, string Source, IReadOnlyList<string> Tags)
{
    public List<JsonObject> Outputs { get; } = [];

    public int? ExecutionCount { get; set; }

    public bool IsCode => CellType == "code";
}

/// <summary>Reads .ipynb (nbformat 4) and .dib notebooks into cells.</summary>
public static class NotebookDocument
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    public static List<NotebookCell> Read(string path)
    {
        var content = File.ReadAllText(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".ipynb" => ReadIpynb(content, path),
            ".dib" => ReadDib(content),
            var other => throw new NotebookException($"{path}: not a notebook ('{other}'; use .ipynb or .dib)"),
        };
    }

    private static List<NotebookCell> ReadIpynb(string json, string path)
    {
        try
        {
            return ParseIpynb(json, path);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            // Wrong shapes (cells not a list, a number for source, ...) surface as JSON node cast errors.
            throw new NotebookException($"{path}: not an nbformat 4 notebook ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    private static List<NotebookCell> ParseIpynb(string json, string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new NotebookException($"{path}: not valid notebook JSON ({e.Message.ReplaceLineEndings(" ")})");
        }
        if (root is not JsonObject) throw new NotebookException($"{path}: not an nbformat 4 notebook (the top level is not a JSON object)");
        if (root["nbformat"] is { } major && major.GetValue<int>() != 4)
            throw new NotebookException($"{path}: nbformat {major.ToJsonString()} is not supported (nbformat 4 is)");
        var cells = root["cells"]?.AsArray() ?? throw new NotebookException($"{path}: no cells");
        var defaultKernel = root["metadata"]?["polyglot_notebook"]?["defaultKernelName"]?.GetValue<string>() ?? "csharp";
        return cells.Select((cell, i) =>
        {
            var source = cell!["source"] switch
            {
                JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
                JsonValue v => v.GetValue<string>(),
                _ => "",
            };
            var metadata = cell["metadata"];
            var kernel = metadata?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                ?? metadata?["dotnet_interactive"]?["language"]?.GetValue<string>() ?? defaultKernel;
            var tags = metadata?["tags"]?.AsArray().Select(t => t!.GetValue<string>()).ToArray() ?? [];
            var id = cell["id"]?.GetValue<string>() ?? $"cell-{i + 1}";
            return new NotebookCell(id, cell["cell_type"]?.GetValue<string>() ?? "code", kernel, source, tags);
        }).ToList();
    }

    /// <summary>.dib has no cell metadata: a cell whose first line is "// parameters" is the parameters cell.</summary>
    private static List<NotebookCell> ReadDib(string content)
    {
        var kernels = new KernelInfoCollection { new("csharp", "C#", ["c#", "C#"]), new("markdown", "Markdown", ["md"]) };
        kernels.DefaultKernelName = "csharp";
        var document = CodeSubmission.Parse(content, kernels);
        return document.Elements.Select((e, i) =>
        {
            var isMarkdown = e.KernelName is "markdown" or "md";
            var tags = e.Contents.TrimStart().StartsWith("// parameters", StringComparison.Ordinal) ? new[] { ParametersTag } : [];
            return new NotebookCell($"cell-{i + 1}", isMarkdown ? "markdown" : "code", isMarkdown ? "markdown" : e.KernelName ?? "csharp", e.Contents, tags);
        }).ToList();
    }

    /// <summary>An executed nbformat 4.5 notebook: every cell has an id; outputs in Jupyter's shapes.</summary>
    public static string ToIpynb(IEnumerable<NotebookCell> cells)
    {
        var array = new JsonArray();
        foreach (var cell in cells)
        {
            var metadata = new JsonObject();
            if (cell.Tags.Count > 0) metadata["tags"] = new JsonArray(cell.Tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());
            if (cell.IsCode) metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = cell.Kernel };
            var node = new JsonObject
            {
                ["cell_type"] = cell.CellType,
                ["id"] = cell.Id,
                ["metadata"] = metadata,
                ["source"] = new JsonArray(SplitLines(cell.Source).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
            };
            if (cell.IsCode)
            {
                node["execution_count"] = cell.ExecutionCount;
                node["outputs"] = new JsonArray(cell.Outputs.Select(o => (JsonNode)o.DeepClone()).ToArray());
            }
            array.Add(node);
        }
        var root = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static IEnumerable<string> SplitLines(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (i < lines.Length - 1) yield return lines[i] + "\n";
            else if (lines[i].Length > 0) yield return lines[i];
    }
}

public sealed class NotebookException(string message) : Exception(message);
