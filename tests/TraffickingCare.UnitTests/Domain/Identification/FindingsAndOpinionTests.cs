using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.UnitTests.Domain.Identification;

public sealed class FindingsAndOpinionTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly FindingsSections Complete = new("Prijava policije", "Intervju, policijski zapisnik", "Utvrđene činjenice", "Analiza indikatora", "Mišljenje");

    private static FindingsAndOpinion Submitted(IdentificationDecision decision = IdentificationDecision.Identified)
    {
        var findings = FindingsAndOpinion.Draft(Guid.CreateVersion7(), "author-1");
        findings.Edit(Complete, decision, ["Sexual", "Labour"], "author-2", "author-1");
        findings.Submit(Now);
        return findings;
    }

    [Fact]
    public void A_coordinator_who_wrote_none_of_it_approves_and_the_decision_is_final_and_dated()
    {
        var findings = Submitted();

        findings.Approve("coordinator", Now, new DateOnly(2026, 3, 10));

        Assert.Equal(FindingsStatus.Final, findings.Status);
        Assert.Equal(new DateOnly(2026, 3, 10), findings.DecidedOn);
        Assert.Equal("coordinator", findings.ApprovedBy);
    }

    [Theory]
    [InlineData("author-1")]
    [InlineData("author-2")]
    public void An_author_cannot_approve_their_own_findings(string author)
    {
        var findings = Submitted();

        var refused = Assert.Throws<DomainException>(() => findings.Approve(author, Now, new DateOnly(2026, 3, 10)));

        Assert.Equal("Identification.Errors.AuthorCannotApprove", refused.ResourceKey);
        Assert.Equal(FindingsStatus.Submitted, findings.Status);
    }

    [Fact]
    public void A_final_document_refuses_edits_and_a_correction_is_a_new_revision_naming_it()
    {
        var findings = Submitted();
        findings.Approve("coordinator", Now, new DateOnly(2026, 3, 10));

        Assert.Equal("Identification.Errors.NotDraft", Assert.Throws<DomainException>(() => findings.Edit(Complete, IdentificationDecision.NotIdentified, [], "author-2", "author-1")).ResourceKey);
        var correction = findings.Correct("author-2");

        Assert.Equal(2, correction.Revision);
        Assert.Equal(findings.Id, correction.SupersedesId);
        Assert.Equal(FindingsStatus.Draft, correction.Status);
        Assert.Equal(Complete, correction.Sections);
        Assert.Equal(["Labour", "Sexual"], correction.ExploitationForms.Select(f => f.Code).Order());
        Assert.Equal("author-2", correction.FirstAuthorId);
        Assert.Equal("author-1", correction.SecondAuthorId);
        Assert.Equal("Mišljenje", findings.Opinion);
    }

    [Fact]
    public void Submitting_needs_two_different_authors_a_decision_facts_an_opinion_and_for_an_identified_victim_a_form()
    {
        var findings = FindingsAndOpinion.Draft(Guid.CreateVersion7(), "author-1");
        Assert.Equal("Identification.Errors.SameAuthors", Assert.Throws<DomainException>(() => findings.Edit(Complete, null, [], "author-1", "author-1")).ResourceKey);

        findings.Edit(Complete, IdentificationDecision.Identified, [], null, "author-1");
        Assert.Equal("Identification.Errors.SecondAuthorRequired", Assert.Throws<DomainException>(() => findings.Submit(Now)).ResourceKey);

        findings.Edit(Complete, null, [], "author-2", "author-1");
        Assert.Equal("Identification.Errors.DecisionRequired", Assert.Throws<DomainException>(() => findings.Submit(Now)).ResourceKey);

        findings.Edit(Complete with { Opinion = " " }, IdentificationDecision.NotIdentified, [], "author-2", "author-1");
        Assert.Equal("Identification.Errors.SectionsRequired", Assert.Throws<DomainException>(() => findings.Submit(Now)).ResourceKey);

        findings.Edit(Complete, IdentificationDecision.Identified, [], "author-2", "author-1");
        Assert.Equal("Identification.Errors.FormsRequired", Assert.Throws<DomainException>(() => findings.Submit(Now)).ResourceKey);

        findings.Edit(Complete, IdentificationDecision.Identified, ["Labour"], "author-2", "author-1");
        findings.Submit(Now);
        Assert.Equal(FindingsStatus.Submitted, findings.Status);
    }

    [Fact]
    public void Forms_of_exploitation_are_kept_only_for_an_identified_victim()
    {
        var findings = FindingsAndOpinion.Draft(Guid.CreateVersion7(), "author-1");

        findings.Edit(Complete, IdentificationDecision.NotIdentified, ["Labour"], "author-2", "author-1");

        Assert.Empty(findings.ExploitationForms);
    }

    [Fact]
    public void A_submitted_document_sent_back_is_a_draft_again_and_can_be_edited()
    {
        var findings = Submitted();

        findings.ReturnToDraft("Dopuniti mišljenje");
        findings.Edit(Complete with { Opinion = "Dopunjeno mišljenje" }, IdentificationDecision.Identified, ["Labour"], "author-2", "author-2");

        Assert.Equal(FindingsStatus.Draft, findings.Status);
        Assert.Equal("Dopunjeno mišljenje", findings.Opinion);
    }

    [Fact]
    public void Every_writer_is_recorded_once_in_the_order_they_first_wrote()
    {
        var findings = FindingsAndOpinion.Draft(Guid.CreateVersion7(), "author-1");

        findings.Edit(Complete, null, [], "author-2", "author-1");
        findings.Edit(Complete, null, [], "author-2", "author-2");
        findings.Edit(Complete, null, [], "author-2", "author-1");

        Assert.Equal(["author-1", "author-2"], findings.Editors.OrderBy(e => e.Sequence).Select(e => e.UserId));
        Assert.True(findings.HasEdited("author-2"));
        Assert.False(findings.HasEdited("coordinator"));
    }

    /// <summary>The review's finding: return, rewrite the opinion, approve. Whoever wrote in it is not the second pair of eyes.</summary>
    [Fact]
    public void A_coordinator_who_returned_the_findings_and_edited_them_cannot_approve_them()
    {
        var findings = Submitted();
        findings.ReturnToDraft("Mišljenje nije obrazloženo.");
        findings.Edit(Complete with { Opinion = "Mišljenje koje je napisao koordinator" }, IdentificationDecision.Identified, ["Labour"], "author-2", "coordinator");
        findings.Submit(Now);

        var refused = Assert.Throws<DomainException>(() => findings.Approve("coordinator", Now, new DateOnly(2026, 3, 10)));

        Assert.Equal("Identification.Errors.EditorCannotApprove", refused.ResourceKey);
        Assert.Equal(FindingsStatus.Submitted, findings.Status);
        findings.Approve("other-coordinator", Now, new DateOnly(2026, 3, 10));
        Assert.Equal(FindingsStatus.Final, findings.Status);
    }

    [Fact]
    public void A_correction_starts_from_its_writers_text_so_they_stay_its_writers_and_cannot_approve_it()
    {
        var findings = Submitted();
        findings.Approve("coordinator", Now, new DateOnly(2026, 3, 10));

        var correction = findings.Correct("author-3");
        correction.Edit(Complete, IdentificationDecision.Identified, ["Labour"], "author-2", "author-3");
        correction.Submit(Now);

        Assert.Equal(["author-1", "author-3"], correction.Editors.OrderBy(e => e.Sequence).Select(e => e.UserId));
        Assert.Equal("Identification.Errors.EditorCannotApprove", Assert.Throws<DomainException>(() => correction.Approve("author-1", Now, new DateOnly(2026, 3, 11))).ResourceKey);
    }

    [Fact]
    public void A_document_is_returned_to_its_authors_only_with_a_reason()
    {
        var findings = Submitted();

        Assert.Equal("Identification.Errors.ReturnReasonRequired", Assert.Throws<DomainException>(() => findings.ReturnToDraft(" ")).ResourceKey);
        Assert.Equal("Identification.Errors.ReturnReasonRequired", Assert.Throws<DomainException>(() => findings.ReturnToDraft("\u200B\u2060")).ResourceKey);
        Assert.Equal(FindingsStatus.Submitted, findings.Status);

        findings.ReturnToDraft("Dopuniti izvore.");
        Assert.Equal("Dopuniti izvore.", findings.ReturnReason);
    }
}
