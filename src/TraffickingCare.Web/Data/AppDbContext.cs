using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Domain.Support;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Data.Tallies;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Data;

/// <summary>
/// The one database context, provider-neutral. <see cref="SqliteAppDbContext"/> and
/// <see cref="SqlServerAppDbContext"/> exist only so that each provider has its own migrations.
/// Every save stamps who/when, bumps the concurrency version, turns deletes into soft deletes
/// and writes the audit trail in the same transaction as the change; a save that touches services or what an identified
/// person is counted by also recounts the report's summaries of them (<see cref="SummaryChanges"/>) in that transaction.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, AppDbContextServices services)
    : IdentityDbContext<AppUser>(options)
{
    internal AppDbContextServices Services { get; } = services;

    /// <summary>
    /// Set by a bulk writer that writes the audit trail itself, one entry per case (the historical import, whose own
    /// rows also keep the file's hash and each row's values): SaveChanges then stamps and soft-deletes as always but
    /// describes no record. Describing every record of a 100,000-row file was most of the import's time.
    /// </summary>
    internal bool AuditedPerCase { get; set; }

    /// <summary>
    /// Set by a bulk writer whose batches touch months all over the years (the historical import, the seed): the saves
    /// collect the months of the report's kept counts here instead of recounting them each time, and the writer
    /// recounts them once, at its end, in its transaction (<see cref="Tallies.KeptMonths"/>).
    /// </summary>
    internal MonthsToCount? DeferredMonths { get; set; }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CodeListItem> CodeListItems => Set<CodeListItem>();

    public DbSet<PersonIdentity> PersonIdentities => Set<PersonIdentity>();

    public DbSet<PersonSearch.PersonSearchToken> PersonSearchTokens => Set<PersonSearch.PersonSearchToken>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<CaseFile> Cases => Set<CaseFile>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<IdentificationIndicator> IdentificationIndicators => Set<IdentificationIndicator>();

    public DbSet<PreliminaryChecklist> PreliminaryChecklists => Set<PreliminaryChecklist>();

    public DbSet<FindingsAndOpinion> Findings => Set<FindingsAndOpinion>();

    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<InformationSource> InformationSources => Set<InformationSource>();

    public DbSet<CaseCodeListValue> CaseCodeListValues => Set<CaseCodeListValue>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<PrivilegedChange> PrivilegedChanges => Set<PrivilegedChange>();

    public DbSet<BulkViewAlert> BulkViewAlerts => Set<BulkViewAlert>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerContact> PartnerContacts => Set<PartnerContact>();

    public DbSet<CaseService> CaseServices => Set<CaseService>();

    public DbSet<FieldVisit> FieldVisits => Set<FieldVisit>();

    public DbSet<FieldVisitParticipant> FieldVisitParticipants => Set<FieldVisitParticipant>();

    public DbSet<NetworkActor> NetworkActors => Set<NetworkActor>();

    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();

    public DbSet<Proceeding> Proceedings => Set<Proceeding>();

    public DbSet<ProceedingStageChange> ProceedingStageChanges => Set<ProceedingStageChange>();

    public DbSet<Hearing> Hearings => Set<Hearing>();

    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();

    public DbSet<CaseConference> CaseConferences => Set<CaseConference>();

    public DbSet<ConferenceParticipant> ConferenceParticipants => Set<ConferenceParticipant>();

    public DbSet<ConferenceAgendaItem> ConferenceAgendaItems => Set<ConferenceAgendaItem>();

    public DbSet<ConferenceActionItem> ConferenceActionItems => Set<ConferenceActionItem>();

    public DbSet<ConferenceAddendum> ConferenceAddenda => Set<ConferenceAddendum>();

    public DbSet<ShelterUnit> ShelterUnits => Set<ShelterUnit>();

    public DbSet<ShelterRoom> ShelterRooms => Set<ShelterRoom>();

    public DbSet<Bed> Beds => Set<Bed>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<BedOccupancy> BedOccupancies => Set<BedOccupancy>();

    public DbSet<PlacementAbsence> PlacementAbsences => Set<PlacementAbsence>();

    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();

    public DbSet<GoalReview> GoalReviews => Set<GoalReview>();

    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();

    public DbSet<PhaseChange> PhaseChanges => Set<PhaseChange>();

    public DbSet<ShelterFollowUp> ShelterFollowUps => Set<ShelterFollowUp>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<TrainingSectorCount> TrainingSectorCounts => Set<TrainingSectorCount>();

    public DbSet<TrainingTrainer> TrainingTrainers => Set<TrainingTrainer>();

    public DbSet<TrainingMaterial> TrainingMaterials => Set<TrainingMaterial>();

    public DbSet<AwarenessEvent> AwarenessEvents => Set<AwarenessEvent>();

    public DbSet<AwarenessEventPartner> AwarenessEventPartners => Set<AwarenessEventPartner>();

    public DbSet<LocalTeam> LocalTeams => Set<LocalTeam>();

    public DbSet<LocalTeamMember> LocalTeamMembers => Set<LocalTeamMember>();

    public DbSet<LocalTeamMeeting> LocalTeamMeetings => Set<LocalTeamMeeting>();

    public DbSet<LocalTeamSupport> LocalTeamSupport => Set<LocalTeamSupport>();

    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();

    public DbSet<PublishedCell> PublishedCells => Set<PublishedCell>();

    public DbSet<ReportIntroduction> ReportIntroductions => Set<ReportIntroduction>();

    public DbSet<CaseImport> CaseImports => Set<CaseImport>();

    public DbSet<ImportedCase> ImportedCases => Set<ImportedCase>();

    public DbSet<ServiceTally> ServiceTallies => Set<ServiceTally>();

    public DbSet<VisitTally> VisitTallies => Set<VisitTally>();

    public DbSet<CountedPerson> CountedPersons => Set<CountedPerson>();

    public DbSet<ReferralMonthCount> ReferralMonthCounts => Set<ReferralMonthCount>();

    public DbSet<DecisionWaitCount> DecisionWaitCounts => Set<DecisionWaitCount>();

    public DbSet<SectorWaitCount> SectorWaitCounts => Set<SectorWaitCount>();

    public DbSet<PersonProfileCount> PersonProfileCounts => Set<PersonProfileCount>();

    public DbSet<PersonCodeCount> PersonCodeCounts => Set<PersonCodeCount>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();

        // Nothing in the app saves synchronously; the summaries' recount is written once, asynchronously.
        if (!SummaryChanges.In(this).IsEmpty)
        {
            throw new InvalidOperationException("Services and cases are saved with SaveChangesAsync, which recounts the report's summaries of them.");
        }

        var audit = AuditTrailWriter.Write(this);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch
        {
            foreach (var entry in audit)
            {
                Entry(entry).State = EntityState.Detached;
            }

            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var audit = AuditTrailWriter.Write(this);
        var summaries = SummaryChanges.In(this);
        try
        {
            return summaries.IsEmpty
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
                : await SaveWithSummariesAsync(summaries, acceptAllChangesOnSuccess, cancellationToken);
        }
        catch
        {
            // The audit rows of a failed save were never written; a retry writes its own.
            foreach (var entry in audit)
            {
                Entry(entry).State = EntityState.Detached;
            }

            throw;
        }
    }

    // The changes and the summaries recounted from them commit together: in the caller's transaction if one is open,
    // otherwise in one begun here, inside the execution strategy so that SQL Server's retries repeat the whole unit.
    // The changes are accepted only once it has committed, so a retry sends them again.
    private async Task<int> SaveWithSummariesAsync(SummaryChanges summaries, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        if (Database.CurrentTransaction is not null)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await summaries.RecountAsync(this, ct);
            Accept(acceptAllChangesOnSuccess);
            return written;
        }

        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(
            (summaries, ct),
            async (_, state, token) =>
            {
                await using var transaction = await Database.BeginTransactionAsync(token);
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                await state.summaries.RecountAsync(this, token);
                await transaction.CommitAsync(token);
                return written;
            },
            null,
            ct);
        Accept(acceptAllChangesOnSuccess);
        return saved;
    }

    private void Accept(bool acceptAllChangesOnSuccess)
    {
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        EntityConventions.Apply(builder);
        EncryptionConverters.Apply(builder.Model, Services.Protector);
    }
}
