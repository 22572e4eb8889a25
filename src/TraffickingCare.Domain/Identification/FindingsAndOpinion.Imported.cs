using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>
/// A decision taken before this product existed, brought in by the historical import. The written findings are in
/// the Centre's paper archive, not here, so the sections stay empty; the importing manager stands as author and
/// approver (the four-eyes rule was applied when the decision was taken, on paper), and the decision keeps the date
/// the file gives, not the day of the import. It is final at once, so <c>CaseFile.RecordIdentificationDecision</c>
/// applies it like any other and the decision register lists it.
/// </summary>
public sealed partial class FindingsAndOpinion
{
    public static FindingsAndOpinion Imported(
        Guid caseId, IdentificationDecision decision, DateOnly decidedOn, IEnumerable<string> forms, string managerId, DateTime utcNow, FindingsAndOpinion? supersedes = null)
    {
        if (supersedes is not null && (supersedes.CaseId != caseId || supersedes.Status != FindingsStatus.Final))
        {
            throw new DomainException("Identification.Errors.NotFinal");
        }

        var imported = Draft(caseId, managerId);
        imported.Revision = (supersedes?.Revision ?? 0) + 1;
        imported.SupersedesId = supersedes?.Id;
        imported.Decision = decision;
        if (decision == IdentificationDecision.Identified)
        {
            foreach (var code in forms.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct())
            {
                imported.exploitationForms.Add(FindingsExploitationForm.Of(imported.Id, code));
            }
        }

        imported.Status = FindingsStatus.Final;
        imported.SubmittedAtUtc = utcNow;
        imported.ApprovedBy = managerId;
        imported.ApprovedAtUtc = utcNow;
        imported.DecidedOn = decidedOn;
        return imported;
    }
}
