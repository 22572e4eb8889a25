using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.UnitTests.Domain.Cases;

public sealed class IdentificationDecisionOnCaseTests
{
    private static readonly DateOnly Today = new(2026, 4, 2);

    private static CaseFile NewCase() => CaseFile.Open(CaseCode.For(2026, 1), "lead", new DateTime(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_person_is_identified_only_after_being_a_presumed_victim()
    {
        var file = NewCase();

        Assert.Equal("Cases.Errors.InvalidTransition", Assert.Throws<DomainException>(() => file.RecordIdentificationDecision(IdentificationDecision.Identified, Today)).ResourceKey);
        file.MoveTo(CaseStatus.PresumedVictim, Today);
        file.RecordIdentificationDecision(IdentificationDecision.Identified, Today);

        Assert.Equal(CaseStatus.IdentifiedVictim, file.Status);
    }

    [Fact]
    public void A_corrected_decision_replaces_the_earlier_one()
    {
        var file = NewCase();
        file.MoveTo(CaseStatus.PresumedVictim, Today);
        file.RecordIdentificationDecision(IdentificationDecision.Identified, Today);

        file.RecordIdentificationDecision(IdentificationDecision.NotIdentified, Today.AddDays(5));

        Assert.Equal(CaseStatus.NotIdentified, file.Status);
    }

    [Fact]
    public void A_closed_case_takes_no_decision()
    {
        var file = NewCase();
        file.Close("GoalsReached", null, new DateTime(2026, 4, 2, 8, 0, 0, DateTimeKind.Utc));

        Assert.Throws<DomainException>(() => file.RecordIdentificationDecision(IdentificationDecision.Rejected, Today));
        Assert.Equal(CaseStatus.Closed, file.Status);
    }

    [Fact]
    public void The_procedure_clock_starts_at_the_referral_and_formal_identification_at_the_first_findings_only()
    {
        var received = new DateTime(2026, 3, 30, 22, 0, 0, DateTimeKind.Utc);
        var file = CaseFile.Open(CaseCode.For(2026, 2), "lead", new DateTime(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc), procedureStartedAtUtc: received);

        file.StartFormalIdentification(new DateTime(2026, 4, 3, 9, 0, 0, DateTimeKind.Utc));
        file.StartFormalIdentification(new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(received, file.ProcedureStartedAtUtc);
        Assert.Equal(new DateTime(2026, 4, 3, 9, 0, 0, DateTimeKind.Utc), file.FormalIdentificationStartedAtUtc);
        var plain = NewCase();
        Assert.Equal(plain.OpenedAtUtc, plain.ProcedureStartedAtUtc);
    }
}
