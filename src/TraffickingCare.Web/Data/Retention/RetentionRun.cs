using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Data.Retention;

/// <summary>
/// Replaces with nothing the identifying data of closed cases and of referrals that never became a case once their
/// retention period (<see cref="RetentionOptions"/>) has passed: every encrypted field of the case and of everything
/// recorded on it (<see cref="AnonymisationSql"/>), the person's identity once none of their cases still needs it (and
/// the blind index that found it), and the case's documents (their keys and files). Codes, dates, statuses and counts
/// stay, so every figure of the annual report, and every published revision, is unchanged. Each record anonymised
/// gets an audit entry. Set-based, in batches of <see cref="BatchSize"/> records, each batch one transaction; a
/// document's file is deleted only after its batch has committed. <c>retention run [--dry-run]</c> runs it.
/// </summary>
public sealed class RetentionRun(AppDbContext db, FieldProtector protector, AttachmentStore attachments, TimeProvider clock,
    IOptions<RetentionOptions> options, ILogger<RetentionRun> log)
{
    private const int BatchSize = 200;

    public async Task<RetentionReport> RunAsync(bool dryRun, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var casesBefore = now.AddYears(-options.Value.ClosedCaseYears);
        var referralsBefore = now.AddYears(-options.Value.ReferralWithoutCaseYears);
        var dueCases = await DueCases(casesBefore, inShelter: false).ToListAsync(ct);
        var heldInShelter = await DueCases(casesBefore, inShelter: true).ToListAsync(ct);
        var dueReferrals = await DueReferrals(referralsBefore).ToListAsync(ct);
        if (dryRun)
        {
            return new RetentionReport(casesBefore, referralsBefore, dueCases, dueReferrals, 0, 0, DryRun: true) { HeldInShelter = heldInShelter };
        }

        var sql = AnonymisationSql.For(db.Model, db.GetService<ISqlGenerationHelper>());
        var empty = protector.Protect(string.Empty);
        int persons = 0, documents = 0;
        foreach (var batch in dueCases.Chunk(BatchSize))
        {
            var (batchPersons, files) = await AnonymiseCasesAsync(sql, batch.Select(c => c.Id).ToList(), now, empty, ct);
            persons += batchPersons;
            documents += DeleteFiles(files);
        }

        foreach (var batch in dueReferrals.Chunk(BatchSize))
        {
            await InTransactionAsync(async () =>
            {
                var ids = batch.Select(r => r.Id).ToList();
                await ExecuteAsync(sql.Referrals, ids, now, empty, ct);
                Audit(nameof(Referral), ids, now, $"{RetentionOptions.Section}:{nameof(RetentionOptions.ReferralWithoutCaseYears)}={options.Value.ReferralWithoutCaseYears}");
                await db.SaveChangesAsync(ct);
            }, ct);
        }

        log.LogInformation("Retention run anonymised {Cases} cases, {Referrals} referrals without a case, {Persons} identities and {Documents} documents",
            dueCases.Count, dueReferrals.Count, persons, documents);
        return new RetentionReport(casesBefore, referralsBefore, dueCases, dueReferrals, persons, documents, DryRun: false) { HeldInShelter = heldInShelter };
    }

    // Soft-deleted records too: removal hides a record, it does not end its retention. A case whose resident is still
    // in the shelter waits until she leaves: the shelter keeps working on her placement, and an anonymised case's
    // placement cannot be changed (PlacementChange), her exit included. Such a case is reported as held, so that an
    // exit never recorded does not keep her data unseen.
    private IQueryable<DueCase> DueCases(DateTime closedBefore, bool inShelter) =>
        db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedAtUtc <= closedBefore && c.AnonymisedAtUtc == null)
            .Where(c => db.Placements.Any(p => p.CaseId == c.Id && p.ExitedAtUtc == null) == inShelter)
            .OrderBy(c => c.ClosedAtUtc).ThenBy(c => c.Id)
            .Select(c => new DueCase(c.Id, c.Code, c.ClosedAtUtc!.Value));

    private IQueryable<DueReferral> DueReferrals(DateTime triagedBefore) =>
        db.Referrals.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.CaseId == null && r.Status != ReferralStatus.AwaitingTriage && r.TriagedAtUtc <= triagedBefore && r.AnonymisedAtUtc == null)
            .OrderBy(r => r.TriagedAtUtc).ThenBy(r => r.Id)
            .Select(r => new DueReferral(r.Id, r.TriagedAtUtc!.Value));

    private async Task<(int Persons, IReadOnlyList<string> Files)> AnonymiseCasesAsync(AnonymisationSql sql, List<Guid> ids, DateTime now, string empty, CancellationToken ct)
    {
        var result = (Persons: 0, Files: (IReadOnlyList<string>)[]);
        await InTransactionAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var cases = db.Cases.IgnoreQueryFilters().Where(c => ids.Contains(c.Id));

            // A person's identity goes with the last of their cases that still keeps its data.
            var persons = await cases.Where(c => c.PersonIdentityId != null).Select(c => c.PersonIdentityId!.Value).Distinct()
                .Where(p => !db.Cases.IgnoreQueryFilters().Any(o => o.PersonIdentityId == p && o.AnonymisedAtUtc == null && !ids.Contains(o.Id)))
                .ToListAsync(ct);
            var files = await db.CaseAttachments.IgnoreQueryFilters().Where(a => ids.Contains(a.CaseId)).Select(a => a.StoredName).ToListAsync(ct);

            foreach (var statement in sql.CaseTables)
            {
                await ExecuteAsync(statement, ids, now, empty, ct);
            }

            if (persons.Count > 0)
            {
                await ExecuteAsync(sql.Persons, persons, now, empty, ct);

                // The blind index would still find the person by the name that is no longer there.
                await db.Set<PersonSearch.PersonSearchToken>().Where(t => persons.Contains(t.PersonIdentityId)).ExecuteDeleteAsync(ct);
                Audit(nameof(PersonIdentity), persons, now, null);
            }

            // Without its key a document cannot be read, even from a copy of its file in an older backup.
            await db.CaseAttachments.IgnoreQueryFilters().Where(a => ids.Contains(a.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(a => a.WrappedKey, string.Empty), ct);
            await cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.AnonymisedAtUtc, now).SetProperty(c => c.Version, c => c.Version + 1), ct);
            Audit(nameof(CaseFile), ids, now, $"{RetentionOptions.Section}:{nameof(RetentionOptions.ClosedCaseYears)}={options.Value.ClosedCaseYears}");
            await db.SaveChangesAsync(ct);
            result = (persons.Count, files);
        }, ct);
        return result;
    }

    private void Audit(string entityType, IEnumerable<Guid> ids, DateTime now, string? reason)
    {
        foreach (var id in ids)
        {
            db.AuditEntries.Add(AuditEntry.For(AuditAction.Anonymised, entityType, id, CurrentActor.System, now, reason: reason));
        }
    }

    private Task<int> ExecuteAsync(string statement, IReadOnlyList<Guid> ids, DateTime now, string empty, CancellationToken ct)
    {
        object[] values = [now, CurrentActor.System, empty, .. ids.Cast<object>()];
        var text = statement.Replace(AnonymisationSql.Ids, string.Join(", ", ids.Select((_, i) => $"{{{i + 3}}}")), StringComparison.Ordinal);
        return db.Database.ExecuteSqlRawAsync(text, values, ct);
    }

    // One transaction a batch, run by the execution strategy (SQL Server's retrying strategy refuses one begun outside it).
    private Task InTransactionAsync(Func<Task> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work();
            await transaction.CommitAsync(ct);
        });

    private int DeleteFiles(IReadOnlyList<string> storedNames)
    {
        var deleted = 0;
        foreach (var name in storedNames)
        {
            try
            {
                deleted += attachments.Remove(name) ? 1 : 0;
            }
            catch (IOException e)
            {
                // The key is gone, so the file cannot be read; the operator removes it by hand (docs/operations.md).
                log.LogWarning(e, "Document file {StoredName} of an anonymised case could not be deleted", name);
            }
        }

        return deleted;
    }
}
