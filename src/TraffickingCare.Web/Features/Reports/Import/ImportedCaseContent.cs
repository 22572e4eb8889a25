using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// What a row says about a case, applied through the domain's own methods, for a new case and a re-imported one
/// alike: the profile, the exploitation, the decision, the services and the case's status.
/// </summary>
public static class ImportedCaseContent
{
    public static void Describe(CaseFile file, ImportRow row, ImportSession session)
    {
        var citizenships = row.Citizenships;
        file.DescribePerson(
            file.Profile with { SexCode = row.Sex, CitizenshipCode = citizenships.FirstOrDefault(), AgeAtExploitation = row.AgeWhenTrafficked },
            file.CodesOf(CaseCodeFields.Language), file.CodesOf(CaseCodeFields.Vulnerability), row.Birthdate, session.ImporterId, session.UtcNow);
        file.ReplaceCodes(CaseCodeFields.FurtherCitizenship, citizenships.Skip(1), session.ImporterId, session.UtcNow);
        file.RecordExploitation(
            file.Exploitation with { IsTransnational = row.IsTransnational, From = row.ExploitationDate, RecruitmentMethodCode = row.RecruitmentMethods.FirstOrDefault() },
            row.ExploitationTypes,
            row.ExploitationCountry is null ? [] : [row.ExploitationCountry],
            row.MethodsOfControl,
            row.Birthdate,
            session.Today,
            session.ImporterId,
            session.UtcNow);
    }

    /// <summary>
    /// The file's decision, as a final findings of its own (superseding the case's last one when it differs). A person
    /// is a presumed victim before being identified or suspended; "not identified" and "rejected" come from an open case.
    /// </summary>
    public static void Decide(AppDbContext db, CaseFile file, ImportRow row, FindingsAndOpinion? last, ImportSession session)
    {
        if (row.Decision is not { } decision)
        {
            if (last is not null)
            {
                throw new Domain.Common.DomainException("Import.Errors.DecisionWithdrawn");
            }

            MoveToPresumed(file, row);
            return;
        }

        if (last is not null && last.Decision == decision && last.DecidedOn == row.DecisionDate)
        {
            return;
        }

        var closure = file.Status == CaseStatus.Closed ? file.ClosureReasonCode : null;
        if (closure is not null)
        {
            file.Reopen();
        }

        if (decision is IdentificationDecision.Identified or IdentificationDecision.Suspended)
        {
            MoveToPresumed(file, row);
        }

        var findings = FindingsAndOpinion.Imported(file.Id, decision, row.DecisionDate!.Value, row.ExploitationTypes, session.ImporterId, session.UtcNow, last);
        db.Findings.Add(findings);
        file.StartFormalIdentification(ImportSession.Noon(row.DecisionDate.Value));
        file.RecordIdentificationDecision(findings);
        if (closure is not null)
        {
            file.Close(closure, null, ImportSession.Noon(row.DecisionDate.Value));
        }
    }

    /// <summary>"Closed" and "ClosedReferred" close the case (the day of its last known event); "Active" and "FollowUp" keep it open.</summary>
    public static void SetStatus(CaseFile file, ImportRow row)
    {
        var reason = row.CaseStatus switch
        {
            HtcdsValues.Closed => "Other",
            HtcdsValues.ClosedReferred => HtcdsValues.ReferredClosureReason,
            _ => null,
        };
        if (reason is not null && file.Status != CaseStatus.Closed)
        {
            file.Close(reason, null, ImportSession.Noon(row.DecisionDate ?? row.ReferralDate));
        }
        else if (reason is null && file.Status == CaseStatus.Closed)
        {
            file.Reopen();
        }
    }

    /// <summary>A service per support type the file names, dated the decision day (or the referral day): the file has no dates of its own for them.</summary>
    public static void AddServices(AppDbContext db, Guid caseId, IEnumerable<string> supportTypes, ImportRow row, ImportSession session)
    {
        var on = row.DecisionDate ?? row.ReferralDate;
        var giver = StaffOrPartner.Staff(session.LeadId);
        foreach (var type in supportTypes)
        {
            if (type == SupportTypes.FieldVisit)
            {
                db.FieldVisits.Add(FieldVisit.Imported(
                    caseId, new FieldVisitDetails(on, VisitPlace.Other, "Other", [giver], null, null, null), session.ImportId, session.ImporterId, session.UtcNow, session.Today));
            }
            else if (SupportTypes.ServiceTypeOf.TryGetValue(type, out var serviceType))
            {
                db.CaseServices.Add(CaseService.Imported(
                    caseId, new ServiceDetails(serviceType, on, ImportSession.ServiceMinutes, giver, null), session.ImportId, session.ImporterId, session.UtcNow, session.Today));
            }
        }
    }

    public static ImportedValues Values(ImportRow row) => new(
        row.DecisionMakingOrg,
        Joined(row.SexExploitationTypes),
        row.ForcedLabourIndustry,
        row.Consent,
        Joined(row.RecruitmentMethods.Skip(1)),
        Joined(row.SupportTypes));

    public static IReadOnlyList<string> SupportTypesOf(ImportedValues values) => ImportRowParser.Split(values.SupportTypes, several: true);

    private static void MoveToPresumed(CaseFile file, ImportRow row)
    {
        if (file.Status == CaseStatus.Open)
        {
            file.MoveTo(CaseStatus.PresumedVictim, row.ReferralDate);
        }
    }

    private static string? Joined(IEnumerable<string> values) => string.Join(';', values) is { Length: > 0 } joined ? joined : null;
}
