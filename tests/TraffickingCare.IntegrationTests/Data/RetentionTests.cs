using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Domain.Work;
using TraffickingCare.IntegrationTests.Features.Activity.Trainings;
using TraffickingCare.IntegrationTests.Features.Reports.Annual;
using TraffickingCare.IntegrationTests.Features.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Data.Retention;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The retention run: closed cases ten years after closure, and referrals that never became a case two years after
/// triage, lose every identifying field (and a person's identity goes with the last case that needed it), while the
/// annual report, live and published, keeps every figure. A dry run lists and changes nothing.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly TimeSpan PastRetention = TimeSpan.FromDays(3_700);
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<RetentionReport> RunAsync(bool dryRun)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionRun>().RunAsync(dryRun, CancellationToken.None);
    }

    private Task<PersonIdentity> IdentityAsync(Guid id) =>
        factory.WithDbAsync(db => db.PersonIdentities.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == id));

    private Task<CaseFile> CaseAsync(Guid id) =>
        factory.WithDbAsync(db => db.Cases.IgnoreQueryFilters().Include(c => c.Notes).AsNoTracking().SingleAsync(c => c.Id == id));

    private Task<Referral> ReferralAsync(Guid id) =>
        factory.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<Referral> RejectedReferralAsync(string name) => factory.WithDbAsync(async db =>
    {
        var referral = await factory.Arrange.Referral().About(new ReferredPerson(name, "Feminine", 30, new DateOnly(1996, 5, 6), "RS", null))
            .Receipt(r => r with { ReferrerContact = "064 000 0000", Circumstances = "Sintetički opis okolnosti." });
        var tracked = await db.Referrals.SingleAsync(r => r.Id == referral.Id);
        tracked.Reject("Van nadležnosti", "koordinator", factory.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return tracked;
    });

    [Fact]
    public async Task Closed_cases_past_retention_lose_every_identifying_field_while_the_annual_report_keeps_every_figure()
    {
        // The report's 2025: two identified victims, published before anything is anonymised.
        var report = new ReportArrange(factory);
        var nine = new TimeOnly(9, 0);
        var first = await report.CaseAsync(new DateOnly(2025, 2, 3), nine, "Police",
            new Victim(IdentificationDecision.Identified, new DateOnly(2025, 3, 3), "Feminine", 24, "RS", Forms: ["SexualExploitation"], Services: ["Legal"]));
        var second = await report.CaseAsync(new DateOnly(2025, 4, 3), nine, "NGO",
            new Victim(IdentificationDecision.Identified, new DateOnly(2025, 5, 3), "Masculine", 30, "RS", Forms: ["ForcedLabour"]));
        await report.CloseAsync(first.Id);
        await report.CloseAsync(second.Id);
        using (var manager = await factory.Arrange.SignedInAsync("rukovodstvo"))
        {
            await manager.SubmitAsync(await manager.GetPageAsync("/Reports/Annual/2025"), "#publish-form");
        }

        // A closed case with a named person, a note and a document; another person's closed case whose identity an
        // open case still needs; a referral rejected now.
        static void CloseNow(CaseFile file, DateTime now) => file.Close("GoalsReached", null, now);
        var named = await factory.Arrange.Case().OfPerson(new PersonIdentityDetails("Vesna", "Zaboravljić", DateOfBirth: new DateOnly(1999, 1, 2), Address: "Ulica Primera 5"))
            .With((f, now) => f.AddNote("Sintetička beleška o razgovoru.", f.LeadCaseworkerId, now)).With(CloseNow);
        var stored = await factory.Services.GetRequiredService<AttachmentStore>().SaveAsync(new MemoryStream(TrainingArrange.Pdf("Izjava.")), CancellationToken.None);
        var document = CaseAttachment.Upload(named.Id, "izjava.pdf", AttachmentCategory.Legal, "Izjava lica", AttachmentType.Pdf, stored.Length, stored.Name, stored.WrappedKey, "seed", factory.Clock.GetUtcNow().UtcDateTime);
        await factory.WithDbAsync(db =>
        {
            db.CaseAttachments.Add(document);
            return db.SaveChangesAsync();
        });
        var shared = await factory.Arrange.Case().OfPerson(new PersonIdentityDetails("Milica", "Čuvarević"))
            .With((f, now) => f.AddNote("Beleška starog slučaja.", f.LeadCaseworkerId, now)).With(CloseNow);
        var stillOpen = await factory.Arrange.Case().With((f, _) => f.LinkPerson(shared.PersonIdentityId!.Value));
        var oldReferral = await RejectedReferralAsync("Jelena Uputnić");

        factory.Clock.Advance(PastRetention);
        var recent = await factory.Arrange.Case().With((f, now) => f.AddNote("Skorašnja beleška.", f.LeadCaseworkerId, now)).With(CloseNow);
        var recentReferral = await RejectedReferralAsync("Nada Skorašnjić");
        var untriaged = await factory.Arrange.Referral().ReceivedAgo(PastRetention);
        using var client = await factory.Arrange.SignedInAsync("rukovodstvo");
        var published = await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true&revision=1");
        var live = await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true");
        Assert.Equal("1", live["identified_by_sex,Masculine,2025"]);

        var dryRun = await RunAsync(dryRun: true);

        Assert.Equal(new[] { first.Code, second.Code, named.Code, shared.Code }.Order(), dryRun.DueCases.Select(c => c.Code).Order());
        Assert.Equal([oldReferral.Id], dryRun.DueReferrals.Select(r => r.Id));
        Assert.Equal("Vesna", (await IdentityAsync(named.PersonIdentityId!.Value)).FirstName);
        Assert.Null((await CaseAsync(named.Id)).AnonymisedAtUtc);

        var run = await RunAsync(dryRun: false);

        Assert.Equal((4, 1, 1, 1), (run.DueCases.Count, run.DueReferrals.Count, run.PersonIdentities, run.Attachments));
        var identity = await IdentityAsync(named.PersonIdentityId!.Value);
        Assert.Equal((null, null, null, null, null), (identity.FirstName, identity.LastName, identity.Alias, identity.DateOfBirth, identity.Address));
        Assert.NotNull(identity.AnonymisedAtUtc);
        Assert.False(await factory.WithDbAsync(db => db.Set<PersonSearchToken>().AnyAsync(t => t.PersonIdentityId == identity.Id)));
        var anonymised = await CaseAsync(named.Id);
        Assert.NotNull(anonymised.AnonymisedAtUtc);
        Assert.True(anonymised.Version > named.Version);
        Assert.Equal((named.Code, CaseStatus.Closed), (anonymised.Code, anonymised.Status));
        Assert.Equal(string.Empty, Assert.Single(anonymised.Notes).Text);
        var attachment = await factory.WithDbAsync(db => db.CaseAttachments.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == document.Id));
        Assert.Equal((string.Empty, null, string.Empty), (attachment.FileName, attachment.Description, attachment.WrappedKey));
        Assert.False(factory.Services.GetRequiredService<AttachmentStore>().Exists(stored.Name));

        // The case page says so; a case that keeps its data says nothing.
        using (var lead = await factory.Arrange.SignedInAsync("radnik"))
        {
            var page = await lead.GetPageAsync($"/Cases/Details/{named.Id}");
            Assert.Equal(Ui.Text("Cases.Anonymised", CentreClock.FormatDate(factory.Arrange.Today)), page.QuerySelector("#case-anonymised")!.TextContent);
            Assert.Null((await lead.GetPageAsync($"/Cases/Details/{recent.Id}")).QuerySelector("#case-anonymised"));
        }

        // The other person's identity stays with the case that still needs it; their old case's note is gone.
        Assert.Equal("Milica", (await IdentityAsync(shared.PersonIdentityId!.Value)).FirstName);
        Assert.Equal(string.Empty, Assert.Single((await CaseAsync(shared.Id)).Notes).Text);
        Assert.Null((await CaseAsync(stillOpen.Id)).AnonymisedAtUtc);
        Assert.Equal("Skorašnja beleška.", Assert.Single((await CaseAsync(recent.Id)).Notes).Text);

        var rejected = await ReferralAsync(oldReferral.Id);
        Assert.Equal((null, null, null, null), (rejected.Person.NameOrAlias, rejected.Person.DateOfBirth, rejected.ReferrerContact, rejected.Circumstances));
        Assert.Equal(("Feminine", 30, ReferralStatus.Rejected), (rejected.Person.SexCode, rejected.Person.Age, rejected.Status));
        Assert.Equal("Nada Skorašnjić", (await ReferralAsync(recentReferral.Id)).Person.NameOrAlias);
        Assert.Null((await ReferralAsync(untriaged.Id)).AnonymisedAtUtc);
        var caseReferral = await ReferralAsync(first.ReferralId!.Value);
        Assert.NotNull(caseReferral.AnonymisedAtUtc);

        // Every figure stays, in the published revision and in the live report.
        Assert.Equal(published, await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true&revision=1"));
        Assert.Equal(live, await AnnualFiguresTests.CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true"));

        // What it did is in the audit trail, and the chain holds.
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Anonymised).ToListAsync());
        Assert.Equal(new[] { first.Id, second.Id, named.Id, shared.Id }.Order(), entries.Where(e => e.EntityType == nameof(CaseFile)).Select(e => e.EntityId).Order());
        Assert.Equal([oldReferral.Id], entries.Where(e => e.EntityType == nameof(Referral)).Select(e => e.EntityId));
        Assert.Equal([identity.Id], entries.Where(e => e.EntityType == nameof(PersonIdentity)).Select(e => e.EntityId));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditChainSealer>().SealAsync(CancellationToken.None);
            var chain = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(null, CancellationToken.None);
            Assert.True(chain.IsIntact, chain.Describe());
        }

        // A second run finds nothing left to do.
        var again = await RunAsync(dryRun: false);
        Assert.Equal((0, 0), (again.DueCases.Count, again.DueReferrals.Count));
    }

    [Fact]
    public async Task An_anonymised_case_is_read_by_its_team_but_never_changed_again_nor_reopened()
    {
        var anonymised = await factory.Arrange.Case().OfPerson(new PersonIdentityDetails("Ljubica", "Primerić"))
            .With((f, now) => f.Close("GoalsReached", null, now - PastRetention));
        var kept = await factory.Arrange.Case().With((f, now) => f.Close("GoalsReached", null, now));
        await RunAsync(dryRun: false);
        using var lead = await factory.Arrange.SignedInAsync("radnik");
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");

        // Its pages offer no change; a case closed today still offers them.
        var page = await lead.GetPageAsync($"/Cases/Details/{anonymised.Id}");
        Assert.Empty(page.QuerySelectorAll($"form[action*='{anonymised.Id}']"));
        Assert.Null(page.QuerySelector("#reopen"));
        Assert.NotNull((await lead.GetPageAsync($"/Cases/Details/{kept.Id}")).QuerySelector("#reopen"));
        Assert.Null((await lead.GetPageAsync($"/Cases/{anonymised.Id}/Services")).QuerySelector("form#log-service-page"));
        Assert.Null((await lead.GetPageAsync($"/Cases/{anonymised.Id}/FieldVisits")).QuerySelector("form#record-visit"));

        // Its team still reads what is left of the story without being asked for a reason.
        Assert.Null((await lead.GetPageAsync($"/Identification/Case/{anonymised.Id}")).QuerySelector("textarea[name=reason]"));

        // A change sent anyway is not found, and nothing is written: the case stays closed, with no new identifying data.
        var version = (await CaseAsync(anonymised.Id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var today = CentreClock.FormatDate(factory.Arrange.Today);
        var sent = new[]
        {
            await coordinator.PostWithTokenAsync($"/Cases/Reopen/{anonymised.Id}", ("Version", version)),
            await lead.PostWithTokenAsync($"/Cases/AddNote/{anonymised.Id}", ("NoteForm.Text", "Nova beleška sa imenom.")),
            await lead.PostWithTokenAsync($"/Cases/Person/{anonymised.Id}", ("Form.FirstName", "Ljubica"), ("Form.LastName", "Primerić")),
            await lead.PostWithTokenAsync($"/Cases/{anonymised.Id}/Services", ("ServiceForm.TypeCode", "Legal"), ("ServiceForm.On", today), ("ServiceForm.DurationMinutes", "30"),
                ("ServiceForm.GivenBy", "u:" + await factory.Arrange.UserIdAsync("radnik")), ("ServiceForm.Note", "Ime i adresa.")),
        };

        Assert.All(sent, response => Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode));
        var after = await CaseAsync(anonymised.Id);
        Assert.Equal((CaseStatus.Closed, 0), (after.Status, after.Notes.Count));
        Assert.Equal(string.Empty, (await IdentityAsync(anonymised.PersonIdentityId!.Value)).FirstName ?? string.Empty);
        Assert.False(await factory.WithDbAsync(db => db.CaseServices.AnyAsync(s => s.CaseId == anonymised.Id)));
    }

    [Fact]
    public async Task The_writes_outside_the_case_pages_leave_an_anonymised_case_alone_and_a_resident_still_in_the_shelter_keeps_her_data()
    {
        var users = await factory.Arrange.UserIdsAsync();
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 2);
        var now = factory.Arrange.Now;
        var anonymised = await factory.Arrange.Case().With((f, at) => f.Close("GoalsReached", null, at - PastRetention));
        var stillPlaced = await factory.Arrange.Case().With((f, at) => f.Close("GoalsReached", null, at - PastRetention));
        var findings = FindingsAndOpinion.Draft(anonymised.Id, users["radnik"]);
        findings.Edit(new FindingsSections("Osnov", "Izvori", "Činjenice", "Analiza", "Mišljenje"), IdentificationDecision.Identified, ["ForcedLabour"], users["radnik2"], users["radnik"]);
        findings.Submit(now);
        var task = WorkTask.Set("Pozvati je", anonymised.Id, users["radnik"], factory.Arrange.Today);
        var left = Placement.Admit(anonymised.Id, beds[0], now.AddDays(-30), DateOnly.FromDateTime(now.AddDays(-30)), null, now);
        left.Exit(now.AddDays(-20), DateOnly.FromDateTime(now.AddDays(-20)), ExitDestination.IndependentLiving, null, now);
        var staying = Placement.Admit(stillPlaced.Id, beds[1], now.AddDays(-30), DateOnly.FromDateTime(now.AddDays(-30)), null, now);
        await factory.WithDbAsync(db =>
        {
            db.Findings.Add(findings);
            db.WorkTasks.Add(task);
            db.Placements.AddRange(left, staying);
            return db.SaveChangesAsync();
        });

        var report = await RunAsync(dryRun: false);

        // She is still in the shelter: her case waits until she leaves, so her placement can still be changed.
        Assert.Equal([anonymised.Id], report.DueCases.Select(c => c.Id));
        Assert.Equal([stillPlaced.Id], report.HeldInShelter.Select(c => c.Id));
        Assert.Null((await CaseAsync(stillPlaced.Id)).AnonymisedAtUtc);
        using var coordinator = await factory.Arrange.SignedInAsync("koordinator");
        using var lead = await factory.Arrange.SignedInAsync("radnik");
        using var shelter = await factory.Arrange.SignedInAsync("prihvatiliste");
        var findingsVersion = (await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findings.Id))).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var taskVersion = await factory.WithDbAsync(db => db.WorkTasks.AsNoTracking().Where(t => t.Id == task.Id).Select(t => t.Version).SingleAsync());
        var sent = new[]
        {
            await coordinator.PostWithTokenAsync($"/Identification/ReturnToDraft/{findings.Id}", ("ReturnForm.Reason", "Dopuniti činjenice."), ("ReturnForm.Version", findingsVersion)),
            await coordinator.PostWithTokenAsync($"/Identification/Approve/{findings.Id}", ("version", findingsVersion)),
            await lead.PostWithTokenAsync($"/WorkTasks/Done/{task.Id}", ("version", taskVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            await lead.PostWithTokenAsync($"/WorkTasks/Delete/{task.Id}", ("version", taskVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            await shelter.PostWithTokenAsync($"/Shelter/Placements/{left.Id}/Notes/Add", ("NoteForm.Text", "Javila se, živi sa sestrom u Testgradu.")),
        };

        Assert.All(sent, response => Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode));
        Assert.Equal(FindingsStatus.Submitted, (await factory.WithDbAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == findings.Id))).Status);
        Assert.Equal((taskVersion, false, false), await factory.WithDbAsync(db => db.WorkTasks.IgnoreQueryFilters().AsNoTracking().Where(t => t.Id == task.Id)
            .Select(t => ValueTuple.Create(t.Version, t.IsDeleted, t.DoneAtUtc != null)).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Set<ProgressNote>().AnyAsync(n => n.PlacementId == left.Id)));

        // Nor are they offered: no approval waits on the case, and its task is off Moj rad, where it could never be done.
        Assert.Null((await coordinator.GetPageAsync($"/Identification/Findings/{findings.Id}")).QuerySelector("#approve-form"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.AppDbContext>();
            var access = scope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Features.Shared.Access.CaseAccess>();
            Assert.Empty(await access.AwaitingApproval(db.Cases).Select(c => c.Id).ToListAsync());
        }

        Assert.DoesNotContain(task.Id.ToString(), (await lead.GetPageAsync("/Work")).DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        var stillPlacedNote = await shelter.PostWithTokenAsync($"/Shelter/Placements/{staying.Id}/Notes/Add", ("NoteForm.Text", "Dobro napreduje."));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, stillPlacedNote.StatusCode);
    }

    [Fact]
    public async Task The_command_lists_what_is_due_in_a_dry_run_and_then_anonymises_it_naming_a_case_held_while_its_resident_is_in_the_shelter()
    {
        var old = await factory.Arrange.Case().With((f, now) => f.Close("GoalsReached", null, now - PastRetention));
        var kept = await factory.Arrange.Case().With((f, now) => f.Close("GoalsReached", null, now));
        var held = await factory.Arrange.Case().With((f, now) => f.Close("GoalsReached", null, now - PastRetention));
        var (_, _, beds) = await factory.Arrange.ShelterAsync(beds: 1);
        var admitted = factory.Arrange.Now.AddDays(-30);
        await factory.WithDbAsync(db =>
        {
            db.Placements.Add(Placement.Admit(held.Id, beds[0], admitted, DateOnly.FromDateTime(admitted), null, admitted));
            return db.SaveChangesAsync();
        });
        var heldLine = $"case {held.Code} closed {(await CaseAsync(held.Id)).ClosedAtUtc:yyyy-MM-dd}: held, its resident is still in the shelter";

        var dryRun = await AppCommand.RunAsync(factory.DatabasePath, factory.Folder, null, "retention", "run", "--dry-run");

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains($"case {old.Code} closed", dryRun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(kept.Code, dryRun.Output, StringComparison.Ordinal);
        Assert.Contains(heldLine, dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was changed.", dryRun.Output, StringComparison.Ordinal);
        Assert.Null((await CaseAsync(old.Id)).AnonymisedAtUtc);

        var run = await AppCommand.RunAsync(factory.DatabasePath, factory.Folder, null, "retention", "run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Anonymised 1 cases", run.Output, StringComparison.Ordinal);
        Assert.Contains(heldLine, run.Output, StringComparison.Ordinal);
        Assert.NotNull((await CaseAsync(old.Id)).AnonymisedAtUtc);
        Assert.Null((await CaseAsync(held.Id)).AnonymisedAtUtc);
        Assert.Null((await CaseAsync(kept.Id)).AnonymisedAtUtc);
    }
}
