using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain;

public sealed class EditWindowTests
{
    private static readonly DateTime Written = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_author_may_correct_for_exactly_24_hours()
    {
        Assert.True(EditWindow.Allows("a", Written, "a", Written.AddHours(24).AddTicks(-1)));
        Assert.False(EditWindow.Allows("a", Written, "a", Written.AddHours(24)));
        Assert.False(EditWindow.Allows("a", Written, "b", Written));
    }

    [Fact]
    public void Check_names_whose_entry_it_is_before_whether_it_is_locked()
    {
        Assert.Equal("notYours", Assert.Throws<DomainException>(() => EditWindow.Check("a", Written, "b", Written.AddDays(3), "notYours", "locked")).ResourceKey);
        Assert.Equal("locked", Assert.Throws<DomainException>(() => EditWindow.Check("a", Written, "a", Written.AddDays(3), "notYours", "locked")).ResourceKey);
    }
}
