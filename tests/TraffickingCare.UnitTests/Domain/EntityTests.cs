using TraffickingCare.Domain.CodeLists;

namespace TraffickingCare.UnitTests.Domain;

public sealed class EntityTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc);

    private static CodeListItem NewItem() =>
        CodeListItem.Create("Sex", "Feminine", new CodeListLabels("Ženski", "Женски", "Female"), 10);

    [Fact]
    public void A_new_entity_gets_its_own_time_ordered_id_before_it_is_saved()
    {
        var first = NewItem();
        var second = NewItem();

        // Version 7 ids sort by creation time, which keeps SQL Server's clustered index from fragmenting.
        Assert.Equal(7, first.Id.Version);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Creation_stamps_author_time_and_first_version()
    {
        var item = NewItem();

        item.MarkCreated("user-1", Monday);

        Assert.Equal("user-1", item.CreatedBy);
        Assert.Equal(Monday, item.CreatedAtUtc);
        Assert.Equal(1, item.Version);
        Assert.Null(item.UpdatedAtUtc);
    }

    [Fact]
    public void Every_update_bumps_the_version_and_records_who_and_when()
    {
        var item = NewItem();
        item.MarkCreated("user-1", Monday);

        item.MarkUpdated("user-2", Monday.AddHours(1));
        item.MarkUpdated("user-3", Monday.AddHours(2));

        Assert.Equal(3, item.Version);
        Assert.Equal("user-3", item.UpdatedBy);
        Assert.Equal(Monday.AddHours(2), item.UpdatedAtUtc);
        Assert.Equal("user-1", item.CreatedBy);
    }

    [Fact]
    public void Soft_delete_keeps_the_first_deletion_and_restore_clears_it()
    {
        var item = NewItem();

        item.SoftDelete("user-1", Monday);
        item.SoftDelete("user-2", Monday.AddDays(1));

        Assert.True(item.IsDeleted);
        Assert.Equal("user-1", item.DeletedBy);
        Assert.Equal(Monday, item.DeletedAtUtc);

        item.Restore();

        Assert.False(item.IsDeleted);
        Assert.Null(item.DeletedBy);
        Assert.Null(item.DeletedAtUtc);
    }

    [Fact]
    public void Local_times_are_refused_so_that_every_instant_is_stored_in_utc()
    {
        var item = NewItem();

        Assert.Throws<ArgumentException>(() => item.MarkCreated("user-1", new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Local)));
        Assert.Throws<ArgumentException>(() => item.MarkUpdated("user-1", new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Unspecified)));
    }
}
