using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Identification;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Identification;

/// <summary>The findings' forms of exploitation follow the shared code-list rule: active values, or one the document already holds.</summary>
public sealed class FindingsFormsTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Dictionary<string, string> users = [];

    public async Task InitializeAsync()
    {
        users = await factory.Arrange.UserIdsAsync();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<Guid> DraftAsync(int sequence, params string[] forms)
    {
        var file = await factory.Arrange.Case().Coded(2026, sequence);
        var findings = FindingsAndOpinion.Draft(file.Id, users["radnik"]);
        findings.Edit(new FindingsSections("Osnov", "Izvori", "Činjenice", "Analiza", "Mišljenje"), IdentificationDecision.Identified, forms, users["radnik2"], users["radnik"]);
        await factory.WithDbAsync(db =>
        {
            db.Findings.Add(findings);
            return db.SaveChangesAsync();
        });
        return findings.Id;
    }

    [Fact]
    public async Task A_retired_form_stays_ticked_on_the_draft_that_holds_it_and_an_unchanged_save_keeps_it_but_another_draft_is_refused_it()
    {
        var holding = await DraftAsync(4401, "ForcedBegging");
        var other = await DraftAsync(4402, "ForcedLabour");
        await factory.Arrange.RetireCodeAsync("ExploitationType", "ForcedBegging");
        using var lead = factory.CreateTestClient();
        await lead.SignInAsync("radnik");

        var holdingPage = await lead.GetPageAsync($"/Identification/Findings/{holding}");
        Assert.True(holdingPage.QuerySelector<IHtmlInputElement>("#form-ForcedBegging")!.IsChecked);
        Assert.Null((await lead.GetPageAsync($"/Identification/Findings/{other}")).QuerySelector("#form-ForcedBegging"));
        var unchanged = await lead.SubmitAsync(holdingPage, "form#findings-form");
        var added = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Findings/{other}"), "form#findings-form",
            new Dictionary<string, string> { ["Form.Forms"] = "ForcedBegging" });

        Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
        Assert.Equal(["ForcedBegging"], (await factory.WithDbAsync(db => db.Findings.AsNoTracking().Include(f => f.ExploitationForms).SingleAsync(f => f.Id == holding))).ExploitationForms.Select(f => f.Code));
        Assert.Equal(Ui.Text("Validation.UnknownOption"), (await TestClient.ParseAsync(added)).QuerySelector("#Form_Forms-error")!.TextContent);
        var forms = await factory.WithDbAsync(db => db.Findings.AsNoTracking().Include(f => f.ExploitationForms).SingleAsync(f => f.Id == other));
        Assert.Equal(["ForcedLabour"], forms.ExploitationForms.Select(f => f.Code));
    }

    [Fact]
    public async Task A_form_unticked_on_a_draft_is_soft_deleted_with_its_own_audit_entry_and_can_be_ticked_again()
    {
        var draft = await DraftAsync(4403, "ForcedLabour", "SexualExploitation");
        using var lead = factory.CreateTestClient();
        await lead.SignInAsync("radnik");

        var unticked = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Findings/{draft}"), "form#findings-form",
            new Dictionary<string, string> { ["Form.Forms"] = "ForcedLabour" });
        var reticked = await lead.SubmitAsync(await lead.GetPageAsync($"/Identification/Findings/{draft}"), "form#findings-form",
            new Dictionary<string, string> { ["Form.Forms"] = "SexualExploitation" });

        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reticked.StatusCode);
        var live = await factory.WithDbAsync(db => db.Findings.AsNoTracking().Include(f => f.ExploitationForms).SingleAsync(f => f.Id == draft));
        Assert.Equal(["SexualExploitation"], live.ExploitationForms.Select(f => f.Code));
        var rows = await factory.WithDbAsync(db => db.Set<FindingsExploitationForm>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.FindingsId == draft).ToListAsync());

        // Labour unticked; Sexual unticked, then ticked again as a new row beside the one that went.
        Assert.Equal(
            [("ForcedLabour", true), ("SexualExploitation", false), ("SexualExploitation", true)],
            rows.Select(r => (r.Code, r.IsDeleted)).Order().ToList());
        var deleted = rows.Where(r => r.IsDeleted).ToList();
        Assert.All(deleted, r => Assert.Equal(users["radnik"], r.DeletedBy));
        var deletions = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(FindingsExploitationForm) && a.Action == AuditAction.Deleted).Select(a => a.EntityId).ToListAsync());
        Assert.Equal(deleted.Select(r => r.Id).Order(), deletions.Order());
    }
}
