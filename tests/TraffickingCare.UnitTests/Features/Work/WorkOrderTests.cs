using TraffickingCare.Web.Features.Shared.Work;

namespace TraffickingCare.UnitTests.Features.Work;

public sealed class WorkOrderTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);
    private static readonly TimeOnly Now = new(12, 0);
    private static readonly WorkLink Link = new("Cases", "Details", "caseId", Guid.Empty);

    private static WorkItem Item(string title, DateOnly due, TimeOnly? at = null) => new("Work.Kind.Task", title, null, due, at, Link);

    [Fact]
    public void A_thing_is_overdue_when_its_day_has_passed_or_its_time_today_has()
    {
        Assert.True(Item("yesterday", Today.AddDays(-1)).IsOverdueAt(Today, Now));
        Assert.True(Item("yesterday late", Today.AddDays(-1), new TimeOnly(23, 59)).IsOverdueAt(Today, Now));
        Assert.True(Item("this morning", Today, new TimeOnly(9, 30)).IsOverdueAt(Today, Now));
        Assert.False(Item("this afternoon", Today, new TimeOnly(14, 0)).IsOverdueAt(Today, Now));
        Assert.False(Item("today, any time", Today).IsOverdueAt(Today, Now));
        Assert.False(Item("tomorrow early", Today.AddDays(1), new TimeOnly(0, 1)).IsOverdueAt(Today, Now));
    }

    [Fact]
    public void Overdue_things_come_first_then_by_due_date_and_time()
    {
        var items = new[]
        {
            Item("next week", Today.AddDays(6)),
            Item("this afternoon", Today, new TimeOnly(14, 0)),
            Item("today, any time", Today),
            Item("this morning", Today, new TimeOnly(9, 30)),
            Item("last week", Today.AddDays(-7)),
            Item("tomorrow 08:00", Today.AddDays(1), new TimeOnly(8, 0)),
            Item("yesterday", Today.AddDays(-1)),
        };

        var sorted = WorkOrder.Sort(items, Today, Now).Select(i => i.Title).ToList();

        Assert.Equal(["last week", "yesterday", "this morning", "today, any time", "this afternoon", "tomorrow 08:00", "next week"], sorted);
    }
}
