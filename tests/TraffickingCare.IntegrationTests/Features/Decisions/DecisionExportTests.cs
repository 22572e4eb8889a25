using System.Text;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Decisions;

namespace TraffickingCare.IntegrationTests.Features.Decisions;

public sealed class DecisionExportTests : IAsyncLifetime
{
    private const string PersonName = "Ljubislava Zvrkoslavić";
    private readonly AppFactory factory = new();
    private readonly DecisionArrange arrange;

    public DecisionExportTests() => arrange = new DecisionArrange(factory);

    public async Task InitializeAsync()
    {
        using var _ = factory.CreateTestClient();
        await arrange.LoadUsersAsync();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_export_holds_codes_and_dates_of_the_filtered_decisions_never_a_name_or_the_story_and_is_audited()
    {
        // Referral received 10.05.2025 at 23:30 UTC: already 11 May on the Centre's calendar.
        var referral = Referral.Log(
            new ReferralReceipt(new DateTime(2025, 5, 10, 23, 30, 0, DateTimeKind.Utc), "Phone", "Police", "=HYPERLINK(\"x\")", "+381 11 000", null,
                ReferredPerson.Unknown with { NameOrAlias = PersonName }, "Okolnosti: " + DecisionArrange.StoryWord, UrgencyIndicators.None),
            ResponseTargets.Default,
            arrange.Users["radnik"],
            arrange.Now);
        await factory.WithDbAsync(db =>
        {
            db.Referrals.Add(referral);
            return db.SaveChangesAsync();
        });
        var withReferral = await arrange.CaseAsync(2025, 1, "radnik", referralId: referral.Id);
        var withoutReferral = await arrange.CaseAsync(2025, 2, "radnik2");
        var older = await arrange.CaseAsync(2024, 1, "radnik");
        var first = await arrange.FinalAsync(withReferral.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2025, 6, 1), "SexualExploitation", "ForcedLabour");
        await arrange.CorrectAsync(first, "radnik2", new DateOnly(2025, 6, 20), "ForcedLabour");
        await arrange.FinalAsync(withoutReferral.Id, "radnik2", "radnik", IdentificationDecision.Suspended, new DateOnly(2025, 3, 1));
        await arrange.FinalAsync(older.Id, "radnik", "radnik2", IdentificationDecision.NotIdentified, new DateOnly(2024, 12, 30));
        using var coordinator = factory.CreateTestClient();
        await coordinator.SignInAsync("koordinator");

        var response = await coordinator.Http.GetAsync("/Decisions/Export?Year=2025");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("decisions-2025.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes.Take(3).ToArray());
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                string.Join(';', DecisionExportHandler.Header),
                "CZZ-2025-0001;Identified;ForcedLabour;2025-06-20;2;1;2025-05-11;40",
                "CZZ-2025-0001;Identified;ForcedLabour|SexualExploitation;2025-06-01;1;;2025-05-11;21",
                "CZZ-2025-0002;Suspended;;2025-03-01;1;;;",
            ],
            lines);
        Assert.DoesNotContain(DecisionArrange.StoryWord, text);
        Assert.DoesNotContain("Zvrkoslav", text);
        Assert.DoesNotContain("Demo", text);
        Assert.DoesNotContain("HYPERLINK", text);
        Assert.DoesNotContain(arrange.Users["radnik"], text);

        var audits = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == DecisionsControllerAuditType && a.Action == AuditAction.Downloaded)
            .Select(a => new { a.UserId, a.EntityId, a.Reason, a.Changes })
            .ToListAsync());
        var audit = Assert.Single(audits);
        Assert.Equal(arrange.Users["koordinator"], audit.UserId);
        Assert.Equal(Guid.Empty, audit.EntityId);
        Assert.Null(audit.Reason);

        // The file itself is named by its size, hash and rows: a copy found later can be matched to this download.
        Assert.Equal(DownloadFacts.Of(bytes, rows: 3), audit.Changes);
    }

    [Fact]
    public async Task A_caseworker_exports_only_the_decisions_of_their_own_cases_with_the_same_filters_as_the_page()
    {
        var own = await arrange.CaseAsync(2025, 1, "radnik");
        var other = await arrange.CaseAsync(2025, 2, "radnik2");
        var ownRejected = await arrange.CaseAsync(2025, 3, "radnik");
        await arrange.FinalAsync(own.Id, "radnik", "radnik2", IdentificationDecision.Identified, new DateOnly(2025, 6, 1), "ForcedLabour");
        await arrange.FinalAsync(other.Id, "radnik2", "radnik", IdentificationDecision.Identified, new DateOnly(2025, 6, 2), "ForcedLabour");
        await arrange.FinalAsync(ownRejected.Id, "radnik", "radnik2", IdentificationDecision.Rejected, new DateOnly(2025, 6, 3));
        using var caseworker = factory.CreateTestClient();
        await caseworker.SignInAsync("radnik");

        var all = await caseworker.Http.GetStringAsync("/Decisions/Export");
        var labour = await caseworker.Http.GetStringAsync("/Decisions/Export?Form=ForcedLabour");

        Assert.Contains("CZZ-2025-0001;", all);
        Assert.Contains("CZZ-2025-0003;", all);
        Assert.DoesNotContain("CZZ-2025-0002", all);
        Assert.Equal(2, labour.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("CZZ-2025-0001;Identified;ForcedLabour;", labour);
    }

    private const string DecisionsControllerAuditType = Web.Features.Decisions.DecisionsController.ExportAuditType;
}
