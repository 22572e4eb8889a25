using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.UnitTests.Domain.Referrals;

public sealed class ReferralTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private static ReferralReceipt Receipt(DateTime receivedAtUtc, UrgencyIndicators? urgency = null) =>
        new(receivedAtUtc, "Phone", "Police", "PU Beograd", null, "RS-BEOGRAD", ReferredPerson.Unknown, null, urgency ?? UrgencyIndicators.None);

    private static Referral Logged(UrgencyIndicators? urgency = null) =>
        Referral.Log(Receipt(Now.AddMinutes(-30), urgency), ResponseTargets.Default, "user-1", Now);

    [Fact]
    public void A_referral_can_be_logged_with_nothing_known_about_the_person()
    {
        var referral = Logged();

        Assert.Equal(ReferralStatus.AwaitingTriage, referral.Status);
        Assert.Null(referral.Person.NameOrAlias);
        Assert.Equal("user-1", referral.LoggedBy);
    }

    [Fact]
    public void The_clock_runs_from_when_the_referral_was_received_not_when_it_was_typed_in()
    {
        var referral = Logged(UrgencyIndicators.None with { Injured = true });

        Assert.Equal(Now.AddMinutes(-30).AddHours(2), referral.TriageDeadlineUtc);
        Assert.False(referral.IsOverdue(Now));
        Assert.True(referral.IsOverdue(Now.AddHours(2)));
    }

    [Fact]
    public void A_referral_received_in_the_future_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            Referral.Log(Receipt(Now.AddMinutes(5)), ResponseTargets.Default, "user-1", Now));

        Assert.Equal("Referrals.Errors.ReceivedInFuture", ex.ResourceKey);
    }

    [Fact]
    public void Opening_a_case_records_who_when_and_how_long_triage_took()
    {
        var referral = Logged();
        var caseId = Guid.CreateVersion7();

        referral.OpenAsCase(caseId, "coordinator", Now.AddMinutes(15));

        Assert.Equal(ReferralStatus.OpenedAsCase, referral.Status);
        Assert.Equal(caseId, referral.CaseId);
        Assert.Equal("coordinator", referral.TriagedBy);
        Assert.Equal(Now.AddMinutes(15), referral.TriagedAtUtc);
        Assert.Equal(45, referral.MinutesToTriage);
        Assert.False(referral.IsOverdue(Now.AddDays(3)));
    }

    [Fact]
    public void A_triaged_referral_cannot_be_triaged_again()
    {
        var referral = Logged();
        referral.Reject("Lažna prijava", "coordinator", Now);

        var ex = Assert.Throws<DomainException>(() => referral.OpenAsCase(Guid.CreateVersion7(), "coordinator", Now));

        Assert.Equal("Referrals.Errors.AlreadyTriaged", ex.ResourceKey);
        Assert.Equal(ReferralStatus.Rejected, referral.Status);
    }

    [Fact]
    public void Rejection_needs_a_reason_and_forwarding_needs_an_institution()
    {
        var referral = Logged();

        Assert.Equal("Referrals.Errors.ReasonRequired", Assert.Throws<DomainException>(() => referral.Reject(" ", "c", Now)).ResourceKey);
        Assert.Equal("Referrals.Errors.ForwardedToRequired", Assert.Throws<DomainException>(() => referral.ForwardAsNotTrafficking("", "c", Now)).ResourceKey);
        Assert.True(referral.IsAwaitingTriage);
    }

    [Fact]
    public void A_duplicate_is_linked_to_the_existing_case()
    {
        var referral = Logged();
        var existing = Guid.CreateVersion7();

        referral.MarkDuplicateOf(existing, "coordinator", Now);

        Assert.Equal(ReferralStatus.Duplicate, referral.Status);
        Assert.Equal(existing, referral.CaseId);
    }

    [Fact]
    public void Only_a_waiting_referral_can_be_assigned()
    {
        var referral = Logged();
        referral.AssignTo("caseworker-1");
        Assert.Equal("caseworker-1", referral.AssigneeId);

        referral.ForwardAsNotTrafficking("Centar za socijalni rad", "coordinator", Now);

        Assert.Throws<DomainException>(() => referral.AssignTo("caseworker-2"));
    }
}
