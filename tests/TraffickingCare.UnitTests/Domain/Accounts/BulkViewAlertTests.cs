using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Accounts;

public sealed class BulkViewAlertTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 13, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_manager_reviews_an_alert_once()
    {
        var alert = BulkViewAlert.Raise("worker", Now, 31, 10);
        Assert.False(alert.IsReviewed);

        alert.Review("manager", Now.AddHours(1));

        Assert.True(alert.IsReviewed);
        Assert.Equal(("manager", Now.AddHours(1)), (alert.ReviewedBy, alert.ReviewedAtUtc));
        Assert.Equal("AccessAlerts.Errors.AlreadyReviewed", Assert.Throws<DomainException>(() => alert.Review("other-manager", Now.AddHours(2))).ResourceKey);
        Assert.Equal("manager", alert.ReviewedBy);
    }

    [Fact]
    public void Nobody_reviews_an_alert_about_themselves()
    {
        var alert = BulkViewAlert.Raise("manager", Now, 31, 10);

        Assert.Equal("AccessAlerts.Errors.OwnAlert", Assert.Throws<DomainException>(() => alert.Review("manager", Now)).ResourceKey);
        Assert.False(alert.IsReviewed);
    }
}
