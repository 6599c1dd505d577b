using AidAnalysis.Context;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Context;

public class DatelineRecordTests
{
    [Fact]
    public void The_credit_comes_last_so_the_four_earlier_parameters_keep_their_places()
    {
        var date = new DateOnly(2031, 3, 4);
        var (wire, capitals, state, read, credit) = new Dateline(new Span(0, 12), default, "Veloria", date);
        Assert.Equal((new Span(0, 12), default(Span), "Veloria", (DateOnly?)date, default(Span)), (wire, capitals, state, read, credit));
        Assert.Equal(new Span(0, 9), new Dateline(default, default, "Veloria", date, new Span(0, 9)).Credit);
    }
}
