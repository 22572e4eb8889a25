using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Identification for the first open synthetic cases, so that the demo shows every stage: a completed
/// checklist (presumed victim), then for most a findings and opinion approved by the coordinator
/// (identified or not). Kept to a few hundred cases: large seeds measure lists, not this. As on the
/// pages, a decided status comes only from approving a findings and opinion (so it is in the register),
/// written by both authors and approved by a coordinator who wrote none of it.
/// </summary>
internal sealed class SyntheticIdentificationPlan(IReadOnlyList<IdentificationIndicator> indicators)
{
    public const int MaxCases = 240;

    private static readonly IndicatorGroup[] LegalElements = [IndicatorGroup.Recruitment, IndicatorGroup.MeansOfControl, IndicatorGroup.Exploitation];

    private readonly int setVersion = indicators.Count == 0 ? 0 : indicators.Max(i => i.SetVersion);
    private int identified;

    /// <summary>
    /// Adds the identification of <paramref name="file"/> to <paramref name="db"/>, or nothing when the case is closed, too
    /// new or the plan is full, or when four eyes cannot be had (a database without a coordinator: the seed then falls
    /// back to a caseworker, who may be an author).
    /// </summary>
    public void Identify(AppDbContext db, CaseFile file, string lead, string secondAuthor, string coordinator, DateTime openedAtUtc, DateTime now, Random random)
    {
        if (identified >= MaxCases || setVersion == 0 || file.Status != CaseStatus.Open || lead == secondAuthor || coordinator == lead || coordinator == secondAuthor
            || now - openedAtUtc < TimeSpan.FromDays(3))
        {
            return;
        }

        identified++;
        var checklist = PreliminaryChecklist.Start(file.Id, setVersion, indicators);
        foreach (var group in LegalElements)
        {
            var candidates = indicators.Where(i => i.Group == group && i.IsAskedIn(setVersion)).ToList();
            checklist.Answer(candidates[random.Next(candidates.Count)].Code, IndicatorAnswer.Present, "Intervju sa korisnikom/korisnicom", null);
        }

        var presumedOn = DateOnly.FromDateTime(CentreClock.ToLocal(openedAtUtc.AddDays(1)));
        checklist.Complete(lead, presumedOn);
        file.MoveTo(CaseStatus.PresumedVictim, presumedOn);
        db.PreliminaryChecklists.Add(checklist);

        var decidedAt = openedAtUtc.AddDays(random.Next(2, 20));
        if (random.Next(4) == 0 || decidedAt > now)
        {
            return;
        }

        var decision = random.Next(6) == 0 ? IdentificationDecision.NotIdentified : IdentificationDecision.Identified;
        var forms = file.CodesOf(CaseCodeFields.ExploitationType);
        var findings = FindingsAndOpinion.Draft(file.Id, lead);
        file.StartFormalIdentification(decidedAt.AddDays(-1));
        findings.Edit(
            new FindingsSections(
                "Prijava nadležnog organa i preliminarna identifikacija Centra.",
                "Intervju sa korisnikom/korisnicom; službena beleška policije; izveštaj centra za socijalni rad.",
                "Sintetički podaci za demonstraciju: okolnosti vrbovanja, kontrole i eksploatacije utvrđene su iz navedenih izvora.",
                "Prisutni su indikatori radnje, sredstava i svrhe eksploatacije.",
                decision == IdentificationDecision.Identified ? "Stručni tim nalazi da je osoba žrtva trgovine ljudima." : "Stručni tim ne nalazi dovoljno elemenata trgovine ljudima."),
            decision,
            forms.Count > 0 ? forms : ["ForcedLabour"],
            secondAuthor,
            lead);
        findings.Edit(findings.Sections, decision, findings.ExploitationForms.Select(f => f.Code).ToList(), secondAuthor, secondAuthor);
        findings.Submit(decidedAt);
        var decidedOn = DateOnly.FromDateTime(CentreClock.ToLocal(decidedAt));
        findings.Approve(coordinator, decidedAt, decidedOn);
        file.RecordIdentificationDecision(findings);
        db.Findings.Add(findings);
    }
}
