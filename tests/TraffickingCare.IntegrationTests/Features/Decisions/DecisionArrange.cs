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
        var file = CaseFile.Open(CaseCode.For(year, sequence), Users[lead], openedAtUtc ?? Now, referralId);
        if (restricted)
        {
            file.Restrict();
        }

        await factory.WithDbAsync(db =>
        {
            db.Cases.Add(file);
            return db.SaveChangesAsync();
        });
        return file;
    }

    public FindingsAndOpinion Draft(Guid caseId, string first, string second, IdentificationDecision decision, params string[] forms)
    {
        var findings = FindingsAndOpinion.Draft(caseId, Users[first]);
        findings.Edit(new FindingsSections("Osnov", "Izvori", "Utvrđeno: " + StoryWord, "Analiza", "Mišljenje o " + StoryWord), decision, forms, Users[second]);
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
        return findings;
    }

    /// <summary>A correction (next revision) of a final findings, approved on <paramref name="decidedOn"/>.</summary>
    public async Task<FindingsAndOpinion> CorrectAsync(FindingsAndOpinion final, string author, DateOnly decidedOn, params string[] forms)
    {
        var correction = final.Correct(Users[author]);
        correction.Edit(final.Sections, final.Decision, forms, correction.SecondAuthorId);
        Approve(correction, decidedOn);
        await SaveAsync(correction);
        return correction;
    }

    public Task SaveAsync(FindingsAndOpinion findings) => factory.WithDbAsync(db =>
    {
        db.Findings.Add(findings);
        return db.SaveChangesAsync();
    });
}
