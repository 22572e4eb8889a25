using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.UnitTests.Domain.Accounts;

public sealed class PrivilegedChangeTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static PrivilegedChange Request() =>
        PrivilegedChange.Request(PrivilegedChangeKind.CreateAccount, "target", "Coordinator", "requester", Now);

    [Fact]
    public void A_second_person_approves_a_request()
    {
        var change = Request();

        change.Approve("approver", Now.AddMinutes(5));

        Assert.Equal(PrivilegedChangeStatus.Approved, change.Status);
        Assert.Equal("approver", change.DecidedBy);
        Assert.Equal(Now.AddMinutes(5), change.DecidedAtUtc);
    }

    [Theory]
    [InlineData("requester", "PrivilegedChanges.Errors.OwnRequest")]
    [InlineData("target", "PrivilegedChanges.Errors.OwnAccount")]
    public void Neither_the_requester_nor_the_accounts_owner_decides(string approver, string key)
    {
        var change = Request();

        Assert.Equal(key, Assert.Throws<DomainException>(() => change.Approve(approver, Now)).ResourceKey);
        Assert.Equal(key, Assert.Throws<DomainException>(() => change.Refuse(approver, Now)).ResourceKey);
        Assert.Equal(PrivilegedChangeStatus.Pending, change.Status);
    }

    [Fact]
    public void A_decided_request_cannot_be_decided_again()
    {
        var change = Request();
        change.Refuse("approver", Now);

        Assert.Equal("PrivilegedChanges.Errors.AlreadyDecided", Assert.Throws<DomainException>(() => change.Approve("another", Now)).ResourceKey);
        Assert.Equal(PrivilegedChangeStatus.Refused, change.Status);
    }

    [Fact]
    public void An_account_made_by_the_operator_is_recorded_as_already_approved()
    {
        var change = PrivilegedChange.ByOperator("first", "Management", "system", Now);

        Assert.Equal(PrivilegedChangeStatus.Approved, change.Status);
        Assert.Equal("system", change.RequestedBy);
        Assert.Equal("system", change.DecidedBy);
    }
}
