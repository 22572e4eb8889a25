using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.UnitTests.Domain.Proceedings;

public sealed class HearingTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    private static readonly Proceeding Proceeding = Proceeding.Open(
        Guid.NewGuid(), new(Guid.NewGuid(), null, ProceedingRole.Witness, false, null, null, ProtectiveMeasures.None, null, null, false),
        ProceedingStage.Trial, new DateOnly(2026, 1, 1), "radnik", new DateOnly(2026, 3, 10));

    private static HearingDetails Details(DateTime at, bool statement = false, string? outcome = null, string? escortUser = "user-1", Guid? escortPartner = null) =>
        new(at, Guid.NewGuid(), HearingKind.WitnessExamination, escortUser, escortPartner, true, statement, outcome);

    private static void Refused(string key, Action action) => Assert.Equal(key, Assert.Throws<DomainException>(action).ResourceKey);

    [Fact]
    public void A_future_hearing_is_scheduled_with_its_escort_and_psychologist_under_the_proceedings_case()
    {
        var hearing = Hearing.Schedule(Proceeding, Details(Now.AddDays(7)), Now);

        Assert.Equal((Proceeding.Id, Proceeding.CaseId, "user-1", true), (hearing.ProceedingId, hearing.CaseId, hearing.EscortUserId, hearing.PsychologicalSupport));
        Assert.False(hearing.StatementGiven);
    }

    [Fact]
    public void The_statement_and_outcome_are_recorded_only_once_the_hearing_took_place()
    {
        Refused("Proceedings.Errors.OutcomeBeforeHearing", () => Hearing.Schedule(Proceeding, Details(Now.AddHours(1), statement: true), Now));
        Refused("Proceedings.Errors.OutcomeBeforeHearing", () => Hearing.Schedule(Proceeding, Details(Now.AddHours(1), outcome: "Odloženo."), Now));

        var hearing = Hearing.Schedule(Proceeding, Details(Now.AddHours(1)), Now);
        hearing.Record(Details(Now.AddHours(1), statement: true, outcome: "Iskaz dat uz podršku."), Now.AddHours(3));

        Assert.True(hearing.StatementGiven);
        Assert.Equal("Iskaz dat uz podršku.", hearing.Outcome);
    }

    [Fact]
    public void A_hearing_more_than_two_years_ahead_is_a_typing_error() =>
        Refused("Proceedings.Errors.HearingTooFar", () => Hearing.Schedule(Proceeding, Details(Now.AddDays(800)), Now));

    [Fact]
    public void The_escort_is_a_staff_member_or_a_partner_not_both() =>
        Refused("Proceedings.Errors.EscortOne", () => Hearing.Schedule(Proceeding, Details(Now.AddDays(1), escortPartner: Guid.NewGuid()), Now));
}
