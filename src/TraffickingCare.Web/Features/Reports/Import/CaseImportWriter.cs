using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// Writes a validated file's rows inside the caller's transaction, a batch at a time: what earlier imports made of the
/// file's case numbers is found first (a query a batch); each batch's new cases are built through the domain and
/// written by <see cref="AddedRowsWriter"/> while the next batch is built; the cases that earlier imports made are
/// loaded together and saved; the change tracker is emptied after each batch, so memory and time grow with the file,
/// not faster. A new case number makes a new case; a known one whose row changed updates its case; an unchanged row
/// writes nothing. The audit trail gets one entry per case written (created or updated, naming the import and the row),
/// not one per record: the import's own rows keep the file's hash and each row's values, from which every record
/// written can be told.
/// </summary>
public sealed class CaseImportWriter(AppDbContext db, PersonSearchIndex search)
{
    public const int BatchSize = 2000;

    public async Task<(int Created, int Updated, int Unchanged)> WriteAsync(IReadOnlyList<ImportRow> rows, ImportSession session, Action<int> progress, CancellationToken ct)
    {
        var (created, updated, unchanged) = (0, 0, 0);
        var origins = new Dictionary<string, ImportedCase>(StringComparer.Ordinal);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            foreach (var (id, origin) in await EarlierImportsAsync(db, [.. batch.Select(r => r.CaseId)], ct))
            {
                origins[id] = origin;
            }
        }

        // A batch's new cases are built (on the change tracker) while the batch before is written (on the connection):
        // the two halves of the work overlap, on two cores. Nothing else touches the connection meanwhile; the writing
        // is awaited before the next query, the re-imported cases' save, and on any failure before the rollback.
        Writing? writing = null;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AuditedPerCase = true;

        // A file's cases fall in months all over the years: the report's counts of them are recounted once, at the end.
        db.DeferredMonths = new();
        try
        {
            foreach (var batch in rows.Chunk(BatchSize))
            {
                var changed = batch.Where(r => origins.TryGetValue(r.CaseId, out var o) && o.Fingerprint != r.Fingerprint).ToList();
                unchanged += batch.Count(r => origins.TryGetValue(r.CaseId, out var o) && o.Fingerprint == r.Fingerprint);
                foreach (var row in batch.Where(r => !origins.ContainsKey(r.CaseId)))
                {
                    Create(row, session);
                    created++;
                }

                var added = AddedRowsWriter.Take(db, graphsWhole: true);
                await FinishAsync(writing, progress, ct);
                writing = null;

                // Re-imported cases change rows: SaveChanges, with nothing being written beside it.
                if (changed.Count > 0)
                {
                    await UpdateAsync(changed, origins, session, ct);
                    updated += changed.Count;
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }

                writing = new Writing(RowsBeingWritten.Start(db, added, ct), created + updated + unchanged);
            }

            await FinishAsync(writing, progress, ct);
            writing = null;
            await KeptMonths.RecountDeferredAsync(db, ct);
        }
        finally
        {
            if (writing is not null)
            {
                await writing.Rows.AbandonAsync();
            }

            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.AuditedPerCase = false;
            db.DeferredMonths = null;
        }

        return (created, updated, unchanged);
    }

    /// <summary>A batch's new rows being written, and how many of the file's rows are done once they are.</summary>
    private sealed record Writing(RowsBeingWritten Rows, int Done);

    private async Task FinishAsync(Writing? writing, Action<int> progress, CancellationToken ct)
    {
        if (writing is not null)
        {
            await writing.Rows.FinishAsync(db, ct);
            progress(writing.Done);
        }
    }

    /// <summary>
    /// What earlier imports made of these case numbers. The batch's numbers (and below, its cases' ids) go as one
    /// parameter: SQL Server takes at most 2,100 a command, and EF would send a list as one parameter per value.
    /// </summary>
    internal static Task<Dictionary<string, ImportedCase>> EarlierImportsAsync(AppDbContext db, List<string> ids, CancellationToken ct) =>
        db.ImportedCases.AsNoTracking().Where(o => EF.Parameter(ids).Contains(o.ExternalCaseId)).ToDictionaryAsync(o => o.ExternalCaseId, StringComparer.Ordinal, ct);

    private void Create(ImportRow row, ImportSession session)
    {
        var received = ImportSession.Noon(row.ReferralDate);
        var person = HasIdentity(row) ? PersonIdentity.Record(new PersonIdentityDetails(row.FirstName, row.SecondName, null, row.Birthdate)) : null;
        if (person is not null)
        {
            db.PersonIdentities.Add(person);
            search.IndexNew(person);
        }

        var referral = Referral.Imported(Receipt(row, received), session.ImporterId, session.UtcNow);
        var file = CaseFile.Open(session.NextCode(row.ReferralDate), session.LeadId, received, referral.Id, person?.Id, received);
        referral.OpenImportedCase(file.Id, session.ImporterId);
        db.Referrals.Add(referral);
        ImportedCaseContent.Describe(file, row, session);
        ImportedCaseContent.Decide(db, file, row, null, session);
        ImportedCaseContent.SetStatus(file, row);

        // Added once its graph is whole, so the batch is taken without a scan for changes (AddedRowsWriter.Take).
        db.Cases.Add(file);
        ImportedCaseContent.AddServices(db, file.Id, row.SupportTypes, row, session);
        db.ImportedCases.Add(ImportedCase.Of(row.CaseId, file.Id, referral.Id, session.ImportId, row.Row, row.Fingerprint, ImportedCaseContent.Values(row)));
        Audit(AuditAction.Created, file.Id, row, session);
    }

    private async Task UpdateAsync(List<ImportRow> rows, Dictionary<string, ImportedCase> origins, ImportSession session, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var caseIds = rows.Select(r => origins[r.CaseId].CaseId).ToList();
        var referralIds = rows.Select(r => origins[r.CaseId].ReferralId).ToList();
        var cases = await db.Cases.Include(c => c.CodeListValues).Include(c => c.Team).Where(c => EF.Parameter(caseIds).Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var referrals = await db.Referrals.Where(r => EF.Parameter(referralIds).Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var personIds = cases.Values.Where(c => c.PersonIdentityId is not null).Select(c => c.PersonIdentityId!.Value).ToList();
        var people = await db.PersonIdentities.Where(p => EF.Parameter(personIds).Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var findings = (await db.Findings.Include(f => f.ExploitationForms).Include(f => f.Editors)
                .Where(f => EF.Parameter(caseIds).Contains(f.CaseId) && f.Status == FindingsStatus.Final).ToListAsync(ct))
            .GroupBy(f => f.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Revision)!);
        var services = await db.CaseServices.Where(s => EF.Parameter(caseIds).Contains(s.CaseId) && s.AmendsServiceId == null).ToListAsync(ct);
        var visits = await db.FieldVisits.Where(v => EF.Parameter(caseIds).Contains(v.CaseId) && v.AmendsVisitId == null).ToListAsync(ct);
        var corrected = new List<PersonIdentity>();

        foreach (var row in rows)
        {
            var origin = origins[row.CaseId];
            var file = cases[origin.CaseId];

            // Its retention ended and its identifying data was removed: a file must not write it back (no later run
            // would take the case again). The whole file is refused, as any failure of the commit.
            if (file.AnonymisedAtUtc is not null)
            {
                throw new Domain.Common.DomainException("Import.Errors.CaseAnonymised");
            }

            var referral = referrals[origin.ReferralId];
            referral.CorrectImported(ImportSession.Noon(row.ReferralDate), row.ReferrerSector ?? UnknownCode, row.ReferringOrganisation);
            file.CorrectProcedureStart(referral.ReceivedAtUtc);
            CorrectPerson(file, file.PersonIdentityId is { } pid ? people.GetValueOrDefault(pid) : null, row, corrected);
            ImportedCaseContent.Describe(file, row, session);
            ImportedCaseContent.Decide(db, file, row, findings.GetValueOrDefault(file.Id), session);
            ImportedCaseContent.SetStatus(file, row);

            var before = ImportedCaseContent.SupportTypesOf(origin.Values);
            ImportedCaseContent.AddServices(db, file.Id, row.SupportTypes.Except(before), row, session);
            var dropped = before.Except(row.SupportTypes).ToHashSet(StringComparer.Ordinal);
            var droppedServices = dropped.Select(t => Domain.Reports.SupportTypes.ServiceTypeOf.GetValueOrDefault(t)).ToHashSet();
            db.CaseServices.RemoveRange(services.Where(s => s.CaseId == file.Id && AsImported(s) && droppedServices.Contains(s.TypeCode)));
            if (dropped.Contains(Domain.Reports.SupportTypes.FieldVisit))
            {
                db.FieldVisits.RemoveRange(visits.Where(v => v.CaseId == file.Id && AsImported(v)));
            }

            db.ImportedCases.Attach(origin);
            origin.Reimport(session.ImportId, row.Row, row.Fingerprint, ImportedCaseContent.Values(row));
            Audit(AuditAction.Updated, file.Id, row, session);
        }

        // The corrected people's search tokens in one read for the batch, not one per person.
        if (corrected.Count > 0)
        {
            await search.IndexAsync(corrected, ct);
        }
    }

    // As an import wrote it: named by an import and still without text (a note or outcome its author added within the
    // day makes it the team's record, which a file that no longer names its type does not take away), or marked by an
    // import before 4 December 2026, whose marker an author's text replaced in the same way.
    private static bool AsImported(Domain.Support.CaseService service) =>
        (service.ImportId is not null && service.Note is null) || service.Note == ImportSession.EarlierMarker;

    private static bool AsImported(Domain.Support.FieldVisit visit) =>
        (visit.ImportId is not null && visit.Outcome is null && visit.NextStep is null) || visit.Outcome == ImportSession.EarlierMarker;

    private void Audit(AuditAction action, Guid caseId, ImportRow row, ImportSession session) =>
        db.AuditEntries.Add(AuditEntry.For(
            action, nameof(CaseFile), caseId, session.ImporterId, session.UtcNow,
            JsonSerializer.Serialize(new { import = session.ImportId, row = row.Row }), correlationId: session.ImportId.ToString()));

    /// <summary>Records or corrects the row's person; a corrected one joins <paramref name="corrected"/>, to be indexed with the batch.</summary>
    private void CorrectPerson(CaseFile file, PersonIdentity? person, ImportRow row, List<PersonIdentity> corrected)
    {
        if (person is null)
        {
            if (HasIdentity(row))
            {
                person = PersonIdentity.Record(new PersonIdentityDetails(row.FirstName, row.SecondName, null, row.Birthdate));
                db.PersonIdentities.Add(person);
                search.IndexNew(person);
                file.LinkPerson(person.Id);
            }

            return;
        }

        if (person.FirstName != row.FirstName || person.LastName != row.SecondName || person.DateOfBirth != row.Birthdate)
        {
            person.Correct(new PersonIdentityDetails(row.FirstName, row.SecondName, person.Alias, row.Birthdate, person.PersonalIdNumber, person.Phone, person.Address, person.Documents));
            corrected.Add(person);
        }
    }

    /// <summary>The file's referrals came by channels it does not name; the sector may be empty too. Neither is invented.</summary>
    public const string UnknownCode = "Unknown";

    private static ReferralReceipt Receipt(ImportRow row, DateTime received) => new(
        received, UnknownCode, row.ReferrerSector ?? UnknownCode, row.ReferringOrganisation, null, null,
        new ReferredPerson(null, row.Sex, row.AgeWhenTrafficked, null, row.Citizenships.FirstOrDefault(), null), null, UrgencyIndicators.None);

    private static bool HasIdentity(ImportRow row) => row.FirstName is not null || row.SecondName is not null || row.Birthdate is not null;
}
