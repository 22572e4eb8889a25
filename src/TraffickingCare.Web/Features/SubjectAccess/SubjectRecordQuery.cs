using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>
/// What the Centre holds about one person: the identity and, for each case of theirs, the referrals, notes, services,
/// field visits, documents, shelter stays, identification findings, interviews, support network, proceedings,
/// hearings and case conferences. A fixed number of commands whatever the number of cases (one per part, and one for
/// the labels of the codes). Removed records are left out, as on every page.
/// </summary>
public sealed class SubjectRecordQuery(AppDbContext db, CodeListOptionsQuery codeLists, CentreClock clock, IStringLocalizer<SharedResource> l)
{
    public async Task<SubjectRecord?> GetAsync(Guid personIdentityId, CancellationToken ct)
    {
        var identity = await db.PersonIdentities.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personIdentityId, ct);
        if (identity is null)
        {
            return null;
        }

        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.PersonIdentityId == personIdentityId)
            .OrderBy(c => c.OpenedAtUtc)
            .Select(c => new { c.Id, c.ReferralId, Case = new SubjectCase(c.Code, "Cases.Status." + c.Status, c.OpenedAtUtc, c.ClosedAtUtc, db.Users.Where(u => u.Id == c.LeadCaseworkerId).Select(u => u.DisplayName).FirstOrDefault()) })
            .ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var codeOf = cases.ToDictionary(c => c.Id, c => c.Case.Code);
        var referralIds = cases.Where(c => c.ReferralId != null).Select(c => c.ReferralId!.Value).ToList();

        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => (r.CaseId != null && EF.Parameter(caseIds).Contains(r.CaseId.Value)) || EF.Parameter(referralIds).Contains(r.Id))
            .OrderBy(r => r.ReceivedAtUtc)
            .Select(r => new { r.CaseId, r.ReceivedAtUtc, r.ChannelCode, r.ReferrerSectorCode, r.Status, r.ReferrerOrganisation, r.Circumstances })
            .ToListAsync(ct);
        var notes = await db.CaseNotes.AsNoTracking().Where(n => EF.Parameter(caseIds).Contains(n.CaseId)).OrderBy(n => n.WrittenAtUtc)
            .Select(n => new { n.CaseId, n.WrittenAtUtc, n.Text }).ToListAsync(ct);
        var services = await db.CaseServices.AsNoTracking().Where(s => EF.Parameter(caseIds).Contains(s.CaseId)).OrderBy(s => s.On)
            .Select(s => new { s.CaseId, s.On, s.TypeCode, s.DurationMinutes, s.Note }).ToListAsync(ct);
        var visits = await db.FieldVisits.AsNoTracking().Where(v => EF.Parameter(caseIds).Contains(v.CaseId)).OrderBy(v => v.On)
            .Select(v => new { v.CaseId, v.On, v.PurposeCode, v.Outcome }).ToListAsync(ct);
        var attachments = await db.CaseAttachments.AsNoTracking().Where(a => EF.Parameter(caseIds).Contains(a.CaseId)).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new { a.CaseId, a.UploadedAtUtc, a.Category, a.FileName, a.Description }).ToListAsync(ct);
        var stays = await db.Placements.AsNoTracking().Where(p => EF.Parameter(caseIds).Contains(p.CaseId)).OrderBy(p => p.AdmittedOn)
            .Select(p => new { p.CaseId, p.AdmittedOn, p.ExitedOn, p.Phase, p.ExitDestination }).ToListAsync(ct);

        var findings = await db.Findings.AsNoTracking().Where(f => EF.Parameter(caseIds).Contains(f.CaseId)).OrderBy(f => f.CreatedAtUtc)
            .Select(f => new { f.CaseId, f.CreatedAtUtc, f.DecidedOn, f.Status, f.Decision, f.EstablishedFacts, f.Opinion }).ToListAsync(ct);
        var interviews = await db.Interviews.AsNoTracking().Where(i => EF.Parameter(caseIds).Contains(i.CaseId)).OrderBy(i => i.HeldOn)
            .Select(i => new { i.CaseId, i.HeldOn, i.Place, i.Interviewers, i.Interpreter, i.Summary }).ToListAsync(ct);
        var network = await db.NetworkActors.AsNoTracking().Where(a => EF.Parameter(caseIds).Contains(a.CaseId)).OrderBy(a => a.CreatedAtUtc)
            .Select(a => new
            {
                a.CaseId,
                a.CreatedAtUtc,
                a.RoleCode,
                a.LastContactOn,
                a.EndedOn,
                Partner = db.Partners.Where(p => p.Id == a.PartnerId).Select(p => p.Name).FirstOrDefault(),
                Contact = db.PartnerContacts.Where(c => c.Id == a.PartnerContactId).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var proceedings = await db.Proceedings.AsNoTracking().Where(p => EF.Parameter(caseIds).Contains(p.CaseId)).OrderBy(p => p.StageSince)
            .Select(p => new { p.CaseId, p.StageSince, p.Stage, p.CaseNumber, p.LawyerDescription, Authority = db.Partners.Where(a => a.Id == p.AuthorityId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var hearings = await db.Hearings.AsNoTracking().Where(h => EF.Parameter(caseIds).Contains(h.CaseId)).OrderBy(h => h.StartsAtUtc)
            .Select(h => new { h.CaseId, h.StartsAtUtc, h.Kind, h.Outcome, Court = db.Partners.Where(c => c.Id == h.CourtId).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var conferences = await db.CaseConferences.AsNoTracking().Where(c => EF.Parameter(caseIds).Contains(c.CaseId)).OrderBy(c => c.StartsAtUtc)
            .Select(c => new { c.CaseId, c.StartsAtUtc, c.Status, c.Conclusions, c.Decisions }).ToListAsync(ct);

        var labels = await codeLists.GetLabelsAsync(
            [ChannelList, SectorList, ServiceTypeList, VisitPurposeList, NetworkRoleList],
            [.. referrals.SelectMany(r => new[] { r.ChannelCode, r.ReferrerSectorCode }), .. services.Select(s => s.TypeCode), .. visits.Select(v => v.PurposeCode), .. network.Select(a => a.RoleCode)],
            ct);
        string Label(string list, string code) => labels.TryGetValue((list, code), out var label) ? label : code;
        string CodeOf(Guid? caseId) => caseId is { } id && codeOf.TryGetValue(id, out var code) ? code : string.Empty;

        return new SubjectRecord(
            identity,
            [.. cases.Select(c => c.Case)],
            [.. referrals.Select(r => new SubjectReferral(r.CaseId is null ? null : CodeOf(r.CaseId), r.ReceivedAtUtc, Label(ChannelList, r.ChannelCode), Label(SectorList, r.ReferrerSectorCode), "Referrals.Status." + r.Status, r.ReferrerOrganisation, r.Circumstances))],
            [.. notes.Select(n => new SubjectEntry(CodeOf(n.CaseId), LocalDay(n.WrittenAtUtc), string.Empty, n.Text))],
            [.. services.Select(s => new SubjectEntry(CodeOf(s.CaseId), s.On, $"{Label(ServiceTypeList, s.TypeCode)} ({l["Common.Minutes", s.DurationMinutes]})", s.Note))],
            [.. visits.Select(v => new SubjectEntry(CodeOf(v.CaseId), v.On, Label(VisitPurposeList, v.PurposeCode), v.Outcome))],
            [.. attachments.Select(a => new SubjectEntry(CodeOf(a.CaseId), LocalDay(a.UploadedAtUtc), "Attachments.Category." + a.Category, a.FileName + (a.Description is null ? string.Empty : " – " + a.Description)))],
            [.. stays.Select(p => new SubjectStay(CodeOf(p.CaseId), p.AdmittedOn, p.ExitedOn, "Shelter.Phase." + p.Phase, p.ExitDestination is null ? null : "Shelter.Destination." + p.ExitDestination))],
            new SubjectWork(
                [.. findings.Select(f => new SubjectEntry(CodeOf(f.CaseId), f.DecidedOn ?? LocalDay(f.CreatedAtUtc),
                    f.Decision is { } decision ? "Identification.Decision." + decision : "Identification.Findings.Status." + f.Status, Lines(f.EstablishedFacts, f.Opinion)))],
                [.. interviews.Select(i => new SubjectEntry(CodeOf(i.CaseId), i.HeldOn, i.Place, Lines(i.Interviewers, i.Interpreter, i.Summary)))],
                [.. network.Select(a => new SubjectEntry(CodeOf(a.CaseId), a.LastContactOn ?? LocalDay(a.CreatedAtUtc), Label(NetworkRoleList, a.RoleCode),
                    Lines(a.Partner, a.Contact, a.EndedOn is { } ended ? CentreClock.FormatDate(ended) : null)))],
                [.. proceedings.Select(p => new SubjectEntry(CodeOf(p.CaseId), p.StageSince, "Proceedings.Stage." + p.Stage, Lines(p.Authority, p.CaseNumber, p.LawyerDescription)))],
                [.. hearings.Select(h => new SubjectEntry(CodeOf(h.CaseId), LocalDay(h.StartsAtUtc), "Proceedings.HearingKind." + h.Kind, Lines(h.Court, h.Outcome)))],
                [.. conferences.Select(c => new SubjectEntry(CodeOf(c.CaseId), LocalDay(c.StartsAtUtc), "Conferences.Status." + c.Status, Lines(c.Conclusions, c.Decisions)))]),
            clock.Today);
    }

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(CentreClock.ToLocal(utc));

    private static string? Lines(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } present ? string.Join("\n", present) : null;

    // The code lists the parts hold (named by the features that own them).
    private const string ChannelList = "ReferralChannel";
    private const string SectorList = "ReferrerSector";
    private const string ServiceTypeList = "ServiceType";
    private const string VisitPurposeList = "VisitPurpose";
    private const string NetworkRoleList = Network.NetworkQuery.RoleList;
}
