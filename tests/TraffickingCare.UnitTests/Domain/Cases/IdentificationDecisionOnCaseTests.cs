using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.UnitTests.Domain.Cases;

public sealed class IdentificationDecisionOnCaseTests
{
    private static readonly DateOnly Today = new(2026, 4, 2);

    private static CaseFile NewCase() => CaseFile.Open(CaseCode.For(2026, 1), "lead", new DateTime(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc));

    private static FindingsAndOpinion Submitted(Guid caseId, IdentificationDecision decision)
    {
        var findings = FindingsAndOpinion.Draft(caseId, "lead");
        findings.Edit(new FindingsSections("Osnov", "Izvori", "Činjenice", "Analiza", "Mišljenje"), decision, ["Labour"], "colleague", "lead");
        findings.Submit(new DateTime(2026, 4, 2, 8, 0, 0, DateTimeKind.Utc));
        return findings;
    }

    private static FindingsAndOpinion Approved(Guid caseId, IdentificationDecision decision)
    {
        var findings = Submitted(caseId, decision);
        findings.Approve("coordinator", new DateTime(2026, 4, 2, 9, 0, 0, DateTimeKind.Utc), Today);
        return findings;
    }

    [Fact]
    public void A_person_is_identified_only_after_being_a_presumed_victim()
    {
        var file = NewCase();
        var approved = Approved(file.Id, IdentificationDecision.Identified);

        Assert.Equal("Cases.Errors.InvalidTransition", Assert.Throws<DomainException>(() => file.RecordIdentificationDecision(approved)).ResourceKey);
        file.MoveTo(CaseStatus.PresumedVictim, Today);
        file.RecordIdentificationDecision(approved);

        Assert.Equal(CaseStatus.IdentifiedVictim, file.Status);
    }

    [Theory]
    [InlineData(IdentificationDecision.NotIdentified, CaseStatus.NotIdentified)]
    [InlineData(IdentificationDecision.Rejected, CaseStatus.Rejected)]
    [InlineData(IdentificationDecision.Suspended, CaseStatus.Suspended)]
    public void An_approved_decision_is_recorded_from_an_open_case(IdentificationDecision decision, CaseStatus expected)
    {
        var file = NewCase();

        file.RecordIdentificationDecision(Approved(file.Id, decision));

        Assert.Equal(expected, file.Status);
    }

    [Fact]
    public void Only_an_approved_findings_of_this_case_records_a_decision()
    {
        var file = NewCase();
        file.MoveTo(CaseStatus.PresumedVictim, Today);
        var draft = FindingsAndOpinion.Draft(file.Id, "lead");
        draft.Edit(new FindingsSections(null, null, "Činjenice", null, "Mišljenje"), IdentificationDecision.Identified, ["Labour"], "colleague", "lead");

        foreach (var notApproved in new[] { draft, Submitted(file.Id, IdentificationDecision.Identified), Approved(Guid.CreateVersion7(), IdentificationDecision.Identified) })
        {
            Assert.Equal("Cases.Errors.DecisionNeedsApprovedFindings", Assert.Throws<DomainException>(() => file.RecordIdentificationDecision(notApproved)).ResourceKey);
        }

        Assert.Equal(CaseStatus.PresumedVictim, file.Status);
    }

    [Fact]
    public void A_corrected_decision_replaces_the_earlier_one()
    {
        var file = NewCase();
        file.MoveTo(CaseStatus.PresumedVictim, Today);
        var first = Approved(file.Id, IdentificationDecision.Identified);
        file.RecordIdentificationDecision(first);

        file.RecordIdentificationDecision(Corrected(first, IdentificationDecision.NotIdentified, Today.AddDays(5)));

        Assert.Equal(CaseStatus.NotIdentified, file.Status);
        Assert.Empty(CaseLifecycle.NextFrom(file.Status));
    }

    [Fact]
    public void The_case_keeps_the_day_of_its_first_decision_and_of_its_first_identification()
    {
        var file = NewCase();
        file.MoveTo(CaseStatus.PresumedVictim, Today);
        var suspended = Approved(file.Id, IdentificationDecision.Suspended);
        file.RecordIdentificationDecision(suspended);

        Assert.Equal(Today, file.FirstDecidedOn);
        Assert.Null(file.IdentifiedOn);

        var identified = Corrected(suspended, IdentificationDecision.Identified, Today.AddDays(5));
        file.RecordIdentificationDecision(identified);
        var kept = Corrected(identified, IdentificationDecision.Identified, Today.AddDays(9));
        file.RecordIdentificationDecision(kept);

        // A correction that keeps the decision moves neither day; one that withdraws it keeps the day it was first made.
        Assert.Equal((Today, Today.AddDays(5)), (file.FirstDecidedOn, file.IdentifiedOn));
        file.RecordIdentificationDecision(Corrected(kept, IdentificationDecision.NotIdentified, Today.AddDays(12)));
        Assert.Equal((CaseStatus.NotIdentified, Today, Today.AddDays(5)), (file.Status, file.FirstDecidedOn, file.IdentifiedOn));
    }

    private static FindingsAndOpinion Corrected(FindingsAndOpinion earlier, IdentificationDecision decision, DateOnly on)
    {
        var correction = earlier.Correct("colleague");
        correction.Edit(earlier.Sections, decision, decision == IdentificationDecision.Identified ? ["Labour"] : [], "lead", "colleague");
        correction.Submit(on.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));
        correction.Approve("coordinator", on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), on);
        return correction;
    }

    [Fact]
    public void A_closed_case_takes_no_decision()
    {
        var file = NewCase();
        file.Close("GoalsReached", null, new DateTime(2026, 4, 2, 8, 0, 0, DateTimeKind.Utc));

        Assert.Throws<DomainException>(() => file.RecordIdentificationDecision(Approved(file.Id, IdentificationDecision.Rejected)));
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
