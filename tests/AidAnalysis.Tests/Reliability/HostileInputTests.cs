using System.Diagnostics;
using System.Text;
using AidAnalysis.Loading;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Reliability;

/// <summary>Inputs built to make a parser hang or blow up. Each must finish (the guard is a generous
/// hang detector, not a speed target; speed is measured by `aid bench hostile`).</summary>
public class HostileInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static TheoryData<string> OneMegabyteLines => new()
    {
        "digits", "dollars", "amounts", "quotes", "curly-quotes", "capitalised", "titles", "unclosed-quotes", "said",
    };

    private static string Line(string kind)
    {
        const int size = 1 << 20;
        string Repeat(string unit) => new StringBuilder(size + unit.Length).Insert(0, unit, size / unit.Length).ToString();
        return kind switch
        {
            "digits" => Repeat("7"),
            "dollars" => Repeat("$"),
            "amounts" => Repeat("$1 "),
            "quotes" => Repeat("\""),
            "curly-quotes" => Repeat("“a” "),
            "capitalised" => Repeat("Abc "),
            "titles" => Repeat("President Abc "),
            "unclosed-quotes" => Repeat("‘x "),
            _ => Repeat("Anna Berg said that "),
        };
    }

    [Theory]
    [MemberData(nameof(OneMegabyteLines))]
    public async Task A_one_megabyte_line_is_analysed_with_valid_spans(string kind)
    {
        var text = Line(kind);
        var task = Task.Run(() => TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "hostile.txt")));
        var finished = await Task.WhenAny(task, Task.Delay(HangGuard));
        Assert.True(finished == task, $"{kind}: analysis did not finish within {HangGuard.TotalSeconds} s");
        TestSupport.AssertSpansValid(await task);
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aid-big-{Guid.NewGuid():N}.txt");
        try
        {
            using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024);
            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<ArticleLoadException>(() => new ArticleLoader().Load(path));
            Assert.Contains("exceeds the article size limit", error.Message);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"refusal took {clock.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_large_stream_is_refused_once_it_passes_the_limit()
    {
        using var endless = new RepeatingStream((byte)'a', 10L * 1024 * 1024);
        var error = Assert.Throws<ArticleLoadException>(() => new ArticleLoader { MaxBytes = 1024 * 1024 }.Load(endless, "<stdin>"));
        Assert.Contains("<stdin>", error.Message);
        Assert.True(endless.Position < 2 * 1024 * 1024, "the loader read far past the limit");
    }

    /// <summary>A stream of one byte value, as long as asked, without allocating it.</summary>
    private sealed class RepeatingStream(byte value, long length) : Stream
    {
        private long _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Fill(buffer, value, offset, n);
            _position += n;
            return n;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
