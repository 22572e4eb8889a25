using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Work;

namespace TraffickingCare.UnitTests.Domain.Work;

public sealed class WorkTaskTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_task_needs_a_title(string title)
    {
        var error = Assert.Throws<DomainException>(() => WorkTask.Set(title, null, "user-1", Today));
        Assert.Equal("Work.Errors.Title", error.ResourceKey);
    }

    [Fact]
    public void A_title_longer_than_the_limit_is_refused_and_one_at_the_limit_is_kept_trimmed()
    {
        Assert.Throws<DomainException>(() => WorkTask.Set(new string('a', WorkTask.TitleMaxLength + 1), null, "user-1", Today));

        var task = WorkTask.Set(" " + new string('a', WorkTask.TitleMaxLength) + " ", null, "user-1", Today);

        Assert.Equal(WorkTask.TitleMaxLength, task.Title.Length);
    }

    [Fact]
    public void A_task_is_overdue_from_the_day_after_its_due_date_until_it_is_done()
    {
        var task = WorkTask.Set("Pozvati školu", Guid.NewGuid(), "user-1", Today);

        Assert.False(task.IsOverdueOn(Today));
        Assert.True(task.IsOverdueOn(Today.AddDays(1)));

        task.MarkDone("user-1", Now);

        Assert.False(task.IsOverdueOn(Today.AddDays(1)));
        Assert.Equal("user-1", task.DoneBy);
    }

    [Fact]
    public void A_done_task_is_not_done_twice_and_an_open_one_is_not_reopened()
    {
        var task = WorkTask.Set("Pozvati školu", null, "user-1", Today);

        Assert.Equal("Work.Errors.NotDone", Assert.Throws<DomainException>(task.Reopen).ResourceKey);
        task.MarkDone("user-2", Now);
        Assert.Equal("Work.Errors.AlreadyDone", Assert.Throws<DomainException>(() => task.MarkDone("user-1", Now)).ResourceKey);

        task.Reopen();

        Assert.False(task.IsDone);
        Assert.Null(task.DoneBy);
    }

    [Theory]
    [InlineData("author", false, true)]
    [InlineData("assignee", false, false)]
    [InlineData("assignee", true, true)]
    public void A_task_is_withdrawn_only_by_whoever_set_it_or_the_coordinator(string userId, bool isCoordinator, bool may)
    {
        Assert.Equal(may, WorkTask.MayBeDeletedBy("author", userId, isCoordinator));
        Assert.False(WorkTask.MayBeDeletedBy(null, "assignee", isCoordinator: false));
    }
}
