using System.Globalization;
using System.Text.Json;
using AidAnalysis.Brief;
using AidAnalysis.Model;

namespace AidAnalysis.Interactive;

/// <summary>
/// Runs inside <see cref="ChartContext"/>, one instance per process: every brief a notebook or script writes
/// goes through one browser, started with the first brief (charts page and plotly.js loaded once), so later
/// briefs cost only their rendering. A brief that fails closes the browser and the next one starts a new
/// one. The browser dies with the process; its profile is removed at exit (or by the next run, after a kill).
/// </summary>
public sealed class BriefWriter
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private BriefRenderer? _renderer;

    public BriefWriter() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();

    public async Task WriteAsync(string analysesJson, string pdfPath, string? htmlPath, string paper, string today)
    {
        var analyses = JsonSerializer.Deserialize<ArticleAnalysis[]>(analysesJson, ChartBridge.Json)!;
        await _gate.WaitAsync();
        try
        {
            _renderer ??= await BriefRenderer.StartAsync(BriefTemplate.Default());
            try
            {
                await _renderer.WriteAsync(analyses, pdfPath, htmlPath, Enum.Parse<Paper>(paper), DateOnly.Parse(today, CultureInfo.InvariantCulture));
            }
            catch
            {
                var failed = _renderer;
                _renderer = null;
                await failed.DisposeAsync();
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Close()
    {
        if (!_gate.Wait(CloseTimeout)) return;
        _renderer?.DisposeAsync().AsTask().Wait(CloseTimeout);
        _renderer = null;
    }
}
