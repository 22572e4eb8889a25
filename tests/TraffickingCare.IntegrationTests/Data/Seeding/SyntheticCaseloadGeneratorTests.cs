using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Data.Seeding;

public sealed class SyntheticCaseloadGeneratorTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<SyntheticCaseloadResult> GenerateAsync(int cases, int referrals)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>().GenerateAsync(cases, referrals, progress: null, CancellationToken.None);
    }

    [Fact]
    public async Task A_small_run_fills_referrals_and_cases_with_sequential_codes_per_year()
    {
        var result = await GenerateAsync(cases: 300, referrals: 450);

        Assert.Equal((450, 300), (result.Referrals, result.Cases));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(450, await db.Referrals.CountAsync());
            Assert.Equal(300, await db.Cases.CountAsync());
            Assert.Equal(300, await db.Referrals.CountAsync(r => r.Status == ReferralStatus.OpenedAsCase && r.CaseId != null));
            Assert.Equal(8, await db.Referrals.CountAsync(r => r.Status == ReferralStatus.AwaitingTriage));
            Assert.True(await db.Referrals.AnyAsync(r => r.Status == ReferralStatus.AwaitingTriage && r.TriageDeadlineUtc < now));
            foreach (var status in new[] { ReferralStatus.NotTraffickingMatter, ReferralStatus.Rejected, ReferralStatus.Duplicate })
            {
                Assert.True(await db.Referrals.AnyAsync(r => r.Status == status), status.ToString());
            }

            var codes = await db.Cases.Select(c => new { c.Code, c.CodeYear, c.CodeSequence }).ToListAsync();
            Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
            Assert.True(codes.Select(c => c.CodeYear).Distinct().Count() >= 5);
            foreach (var year in codes.GroupBy(c => c.CodeYear))
            {
                Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(c => c.CodeSequence).Order());
                Assert.All(year, c => Assert.Equal(CaseCode.For(year.Key, c.CodeSequence).Value, c.Code));
            }

            Assert.True(await db.Cases.AnyAsync(c => c.IsRestricted));
            Assert.True(await db.Cases.AnyAsync(c => c.Status == CaseStatus.Closed && c.ClosureReasonCode != null));

            // Every stage of identification is in the demo: presumed victims, and approved decisions both ways.
            Assert.True(await db.Cases.AnyAsync(c => c.Status == CaseStatus.PresumedVictim && db.PreliminaryChecklists.Any(p => p.CaseId == c.Id && p.CompletedOn != null)));
            Assert.True(await db.Cases.AnyAsync(c => c.Status == CaseStatus.IdentifiedVictim
                && db.Findings.Any(f => f.CaseId == c.Id && f.Status == TraffickingCare.Domain.Identification.FindingsStatus.Final && f.ApprovedBy != f.FirstAuthorId && f.ApprovedBy != f.SecondAuthorId)));
            Assert.True(await db.Findings.AnyAsync(f => f.Decision == TraffickingCare.Domain.Identification.IdentificationDecision.NotIdentified));
            // Conferences: held ones in more than one year (the figures compare years), with partners present and
            // items done on time and not, and some still ahead.
            var held = await db.CaseConferences.Where(c => c.Status == ConferenceStatus.Closed).Select(c => c.StartsAtUtc).ToListAsync();
            Assert.True(held.Select(d => d.Year).Distinct().Count() >= 2, $"{held.Count} held conferences");
            Assert.True(await db.CaseConferences.AnyAsync(c => c.Status == ConferenceStatus.Scheduled && c.StartsAtUtc > now));
            Assert.True(await db.ConferenceParticipants.AnyAsync(p => p.PartnerId != null && p.Attendance == Attendance.Present));
            Assert.True(await db.ConferenceActionItems.AnyAsync(i => i.Status == ActionItemStatus.Done && i.SettledOn <= i.DueOn));
            Assert.True(await db.ConferenceActionItems.AnyAsync(i => i.Status == ActionItemStatus.Done && i.SettledOn > i.DueOn));
            var sectors = await db.CodeListItems.Where(c => c.List == "ReferrerSector").Select(c => c.Code).ToListAsync();
            var used = await db.Referrals.Select(r => r.ReferrerSectorCode).Distinct().ToListAsync();
            Assert.NotEmpty(sectors);
            Assert.Empty(sectors.Except(used));

            // Five years of the Centre's activity: trainings whose two headcounts agree, the two days every year, local teams meeting.
            var trainings = await db.Trainings.Include(t => t.Sectors).ToListAsync();
            Assert.Equal(5, trainings.Select(t => t.HeldOn.Year).Distinct().Count());
            Assert.All(trainings, t => Assert.Equal(t.Participants, t.Sectors.Sum(s => s.Count)));
            Assert.True(await db.AwarenessEvents.CountAsync(e => e.Kind == TraffickingCare.Domain.Activity.AwarenessEventKind.EuDay) >= 4);
            Assert.Equal(13, await db.LocalTeams.CountAsync(t => t.Status == TraffickingCare.Domain.Activity.LocalTeamStatus.Active));
            Assert.True(await db.LocalTeamMeetings.CountAsync() > 13 * 5);
        });
    }

    [Fact]
    public async Task Cases_get_a_profile_and_exploitation_in_realistic_proportions_and_every_code_is_used()
    {
        await GenerateAsync(cases: 300, referrals: 450);

        await factory.WithDbAsync(async db =>
        {
            var cases = await db.Cases.CountAsync();
            Assert.True(await db.Cases.CountAsync(c => c.Profile.SexCode == "Feminine") > cases * 0.6);
            var children = await db.Cases.CountAsync(c => c.IsChildAtExploitation == true);
            Assert.InRange(children, cases * 0.2, cases * 0.6);
            Assert.True(await db.Cases.CountAsync(c => c.Exploitation.IsTransnational == false) > cases / 2);
            Assert.True(await db.Cases.CountAsync(c => c.Profile.CitizenshipCode == "RS") > cases * 0.7);
            Assert.True(await db.Cases.AnyAsync(c => c.Exploitation.From != null && c.Exploitation.To != null && c.Exploitation.From <= c.Exploitation.To));

            var types = await db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.ExploitationType)
                .GroupBy(v => v.Code).Select(g => new { Code = g.Key, Cases = g.Count() }).OrderByDescending(x => x.Cases).ToListAsync();
            Assert.Equal(["SexualExploitation", "ForcedLabour"], types.Take(2).Select(t => t.Code));
            Assert.True(await db.Cases.CountAsync(c => c.CodeListValues.Count(v => v.Field == CaseCodeFields.ExploitationType) > 1) > 0);

            foreach (var (list, used) in new (string, IQueryable<string?>)[]
            {
                ("Sex", db.Cases.Select(c => c.Profile.SexCode)),
                ("Education", db.Cases.Select(c => c.Profile.EducationCode)),
                ("MaritalStatus", db.Cases.Select(c => c.Profile.MaritalStatusCode)),
                ("RecruitmentMethod", db.Cases.Select(c => c.Exploitation.RecruitmentMethodCode)),
                ("RelationshipToTrafficker", db.Cases.Select(c => c.Exploitation.RelationshipToTraffickerCode)),
                ("Language", db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.Language).Select(v => (string?)v.Code)),
                ("Vulnerability", db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.Vulnerability).Select(v => (string?)v.Code)),
                ("ExploitationType", db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.ExploitationType).Select(v => (string?)v.Code)),
                ("MethodOfControl", db.CaseCodeListValues.Where(v => v.Field == CaseCodeFields.MethodOfControl).Select(v => (string?)v.Code)),
            })
            {
                var codes = await db.CodeListItems.Where(c => c.List == list).Select(c => c.Code).ToListAsync();
                var seen = await used.Distinct().ToListAsync();
                Assert.True(codes.Count > 0 && !codes.Except(seen!).Any(), $"{list}: unused {string.Join(", ", codes.Except(seen!))}");
            }

            Assert.True(await db.CaseCodeListValues.AnyAsync(v => v.Field == CaseCodeFields.ExploitationCountry));
            Assert.True(await db.Cases.AnyAsync(c => c.Profile.ResidenceMunicipalityCode != null && c.Exploitation.MunicipalityCode != null));
        });
    }

    [Fact]
    public async Task Batches_written_while_the_next_is_built_leave_every_row_audited_and_counted()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>();
        generator.BatchSize = 60;
        using var progress = new StringWriter();

        var result = await generator.GenerateAsync(cases: 300, referrals: 450, progress, CancellationToken.None);

        // Eight batches, each written while the next was built, each committed before the next began.
        Assert.Equal((450, 300), (result.Referrals, result.Cases));
        Assert.Equal(
            [60, 120, 180, 240, 300, 360, 420, 450],
            progress.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => int.Parse(line.Split('/')[0].Replace(",", ""), CultureInfo.InvariantCulture)));
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(450, await db.Referrals.CountAsync());
            Assert.Equal(300, await db.Cases.CountAsync());
            Assert.Equal(450, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Referral) && a.Action == AuditAction.Created));
            Assert.Equal(300, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(CaseFile) && a.Action == AuditAction.Created));
            Assert.Equal(450, await db.ReferralMonthCounts.SumAsync(c => c.Count));
        });
    }

    [Fact]
    public async Task A_batch_that_fails_while_the_next_is_built_is_rolled_back_and_the_batches_before_it_stay()
    {
        // The database itself refuses the 151st referral: the third batch of 60 fails on the connection while the
        // fourth is being built.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER RefuseReferral151 BEFORE INSERT ON Referrals WHEN (SELECT COUNT(*) FROM Referrals) >= 150 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"));
        await using var scope = factory.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>();
        generator.BatchSize = 60;

        var failure = await Record.ExceptionAsync(() => generator.GenerateAsync(cases: 300, referrals: 450, progress: null, CancellationToken.None));

        Assert.Contains("refused by the test", failure?.ToString());
        Assert.Null(scope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.AppDbContext>().Database.CurrentTransaction);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(120, await db.Referrals.CountAsync());
            Assert.Equal(120, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Referral)));
        });
    }

    [Fact]
    public async Task A_large_run_shares_the_cases_with_synthetic_caseworkers_who_cannot_sign_in_and_every_case_keeps_its_team()
    {
        var result = await GenerateAsync(cases: 2 * SyntheticCaseworkers.CasesPerCaseworker, referrals: 1_200);

        Assert.Equal(800, result.Cases);
        await factory.WithDbAsync(async db =>
        {
            // One account per 400 cases, a caseworker without a password, leading cases like any colleague.
            var synthetic = await db.Users.Where(u => u.UserName!.StartsWith("radnik.s")).OrderBy(u => u.UserName)
                .Select(u => new { u.Id, u.UserName, u.PasswordHash, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Select(r => db.Roles.First(x => x.Id == r.RoleId).Name).ToList() })
                .ToListAsync();
            Assert.Equal(["radnik.s0001", "radnik.s0002"], synthetic.Select(u => u.UserName));
            Assert.All(synthetic, u => Assert.Null(u.PasswordHash));
            Assert.All(synthetic, u => Assert.Equal([TraffickingCare.Web.Identity.Roles.Caseworker], u.Roles));
            foreach (var user in synthetic)
            {
                Assert.True(await db.Cases.CountAsync(c => c.LeadCaseworkerId == user.Id) > 50, user.UserName);
            }

            // Each case is added once its graph is whole and taken without the change tracker's scan: its team row
            // (the lead), its profile's codes and its creation's audit entry are all written.
            Assert.Equal(800, await db.Set<CaseTeamMember>().CountAsync(m => db.Cases.Any(c => c.Id == m.CaseId && c.LeadCaseworkerId == m.UserId)));
            Assert.Equal(0, await db.Cases.CountAsync(c => !db.CaseCodeListValues.Any(v => v.CaseId == c.Id)));
            Assert.Equal(800, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(CaseFile) && a.Action == AuditAction.Created));
        });
    }

    [Fact]
    public async Task A_second_run_continues_the_numbering_of_each_year()
    {
        await GenerateAsync(cases: 20, referrals: 40);
        await GenerateAsync(cases: 20, referrals: 40);

        var codes = await factory.WithDbAsync(db => db.Cases.Select(c => new { c.CodeYear, c.CodeSequence }).ToListAsync());
        Assert.Equal(40, codes.Count);
        Assert.All(codes.GroupBy(c => c.CodeYear), year => Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(c => c.CodeSequence).Order()));
    }
}
