using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Decisions;

/// <summary>Cases and findings arranged through the domain (draft, edit, submit, approve), as the identification screens would.</summary>
internal sealed class DecisionArrange(AppFactory factory)
{
    public const string StoryWord = "Zvrkoslavština";

    public Dictionary<string, string> Users { get; private set; } = [];

    public DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    public async Task LoadUsersAsync() =>
        Users = await factory.WithDbAsync(db => db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id));

    public async Task<CaseFile> CaseAsync(int year, int sequence, string lead, bool restricted = false, Guid? referralId = null, DateTime? openedAtUtc = null)
    {
        var file = factory.Arrange.Case().Coded(year, sequence).LedBy(lead).OpenedAt(openedAtUtc ?? Now);
        if (referralId is not null)
        {
            file = file.FromReferral(referralId.Value);
        }

        return await (restricted ? file.Restricted() : file);
    }

    public FindingsAndOpinion Draft(Guid caseId, string first, string second, IdentificationDecision decision, params string[] forms)
    {
        var findings = FindingsAndOpinion.Draft(caseId, Users[first]);
        findings.Edit(new FindingsSections("Osnov", "Izvori", "Utvrđeno: " + StoryWord, "Analiza", "Mišljenje o " + StoryWord), decision, forms, Users[second], Users[first]);
        return findings;
    }

    public void Approve(FindingsAndOpinion findings, DateOnly decidedOn)
    {
        findings.Submit(Now);
        findings.Approve(Users["koordinator"], Now, decidedOn);
    }

    public async Task<FindingsAndOpinion> FinalAsync(Guid caseId, string first, string second, IdentificationDecision decision, DateOnly decidedOn, params string[] forms)
    {
        var findings = Draft(caseId, first, second, decision, forms);
        Approve(findings, decidedOn);
        await SaveAsync(findings);
        await RecordOnCaseAsync(findings);
        return findings;
    }

    /// <summary>A correction (next revision) of a final findings, approved on <paramref name="decidedOn"/>.</summary>
    public async Task<FindingsAndOpinion> CorrectAsync(FindingsAndOpinion final, string author, DateOnly decidedOn, params string[] forms)
    {
        var correction = final.Correct(Users[author]);
        correction.Edit(final.Sections, final.Decision, forms, correction.SecondAuthorId, Users[author]);
        Approve(correction, decidedOn);
        await SaveAsync(correction);
        await RecordOnCaseAsync(correction);
        return correction;
    }

    /// <summary>As approval on the page does: the decision becomes the case's status.</summary>
    public Task RecordOnCaseAsync(FindingsAndOpinion approved) => factory.WithDbAsync(async db =>
    {
        var file = await db.Cases.SingleAsync(c => c.Id == approved.CaseId);
        if (approved.Decision == IdentificationDecision.Identified && file.Status == CaseStatus.Open)
        {
            file.MoveTo(CaseStatus.PresumedVictim, approved.DecidedOn!.Value);
        }

        file.RecordIdentificationDecision(approved);
        await db.SaveChangesAsync();
    });

    /// <summary>Saves the findings; the first one starts the case's formal identification, as the page does.</summary>
    public Task SaveAsync(FindingsAndOpinion findings) => factory.WithDbAsync(async db =>
    {
        db.Findings.Add(findings);
        (await db.Cases.SingleAsync(c => c.Id == findings.CaseId)).StartFormalIdentification(Now);
        await db.SaveChangesAsync();
    });
}
