using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Features.Network;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.IntegrationTests.Features.Services;

/// <summary>
/// A large partner directory is not listed on a service's or a visit's form: the form offers the case's own partners
/// and finds the others by name, posting itself back as typed. A directory of today's size is listed whole
/// (<see cref="ServicesTests"/>, the field visits' tests). An app of its own: it adds fifty partners.
/// </summary>
public sealed class PartnerFindTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_service_s_giver_is_found_by_name_with_the_form_kept_as_typed_and_nothing_saved()
    {
        var file = await factory.Arrange.Case();
        await LargeDirectoryAsync();
        var network = await factory.PartnerAsync("Dom zdravlja Kraljevo", Sector.Health);
        await factory.ActorAsync(file.Id, network, "Health");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var servicesPage = await radnik.GetPageAsync($"/Cases/{file.Id}/Services");
        Assert.Equal([$"p:{network.Id}"], PartnersOffered(servicesPage, "#ServiceForm_GivenBy option"));
        Assert.Equal(Ui.Text("Support.PartnerFindHint"), servicesPage.QuerySelector("#log-service-page-partner-find-hint")!.TextContent.Trim());

        var searched = await radnik.SubmitAsync(servicesPage, "form#log-service-page", new Dictionary<string, string>
        {
            ["ServiceForm.TypeCode"] = "Legal",
            ["ServiceForm.DurationMinutes"] = "50",
            ["ServiceForm.Note"] = "Pripremljena žalba.",
            ["ServiceForm.PartnerFind"] = "ustanova cy",
        }, "findPartners", "1");

        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var found = await TestClient.ParseAsync(searched);
        var ustanovaCy = await PartnerIdAsync(Name(7));
        Assert.Equal([$"p:{network.Id}", $"p:{ustanovaCy}"], PartnersOffered(found, "#ServiceForm_GivenBy option"));
        Assert.Equal("Pripremljena žalba.", found.QuerySelector<IHtmlTextAreaElement>("#ServiceForm_Note")!.Value);
        Assert.Equal("50", found.QuerySelector<IHtmlInputElement>("#ServiceForm_DurationMinutes")!.Value);
        Assert.Equal("ustanova cy", found.QuerySelector<IHtmlInputElement>("#log-service-page-partner-find")!.Value);
        Assert.Equal(Ui.Text("Caseworkers.Found", 1), found.QuerySelector("#log-service-page-partner-find-hint")!.TextContent.Trim());
        Assert.Empty(found.QuerySelectorAll(".field-validation-error, .validation-summary-errors li"));
        Assert.False(await factory.WithDbAsync(db => db.CaseServices.AnyAsync(s => s.CaseId == file.Id)));

        // Chosen and saved: the partner now gave a service on the case, so the form offers it without a search.
        var saved = await radnik.SubmitAsync(found, "form#log-service-page", new Dictionary<string, string> { ["ServiceForm.GivenBy"] = $"p:{ustanovaCy}" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ustanovaCy, await factory.WithDbAsync(db => db.CaseServices.Where(s => s.CaseId == file.Id).Select(s => s.GivenByPartnerId).SingleAsync()));
        Assert.Equal([$"p:{network.Id}", $"p:{ustanovaCy}"], PartnersOffered(await radnik.GetPageAsync($"/Cases/{file.Id}/Services"), "#ServiceForm_GivenBy option"));
    }

    [Fact]
    public async Task A_search_for_nothing_found_says_so_and_a_chosen_partner_stays_offered_after_a_refusal()
    {
        var file = await factory.Arrange.Case();
        await LargeDirectoryAsync();
        var ustanovaKu = await PartnerIdAsync(Name(30));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/Services");
        Assert.Empty(PartnersOffered(page, "#ServiceForm_GivenBy option"));

        var none = await TestClient.ParseAsync(await radnik.SubmitAsync(page, "form#log-service-page",
            new Dictionary<string, string> { ["ServiceForm.PartnerFind"] = "Zvezdarnica" }, "findPartners", "1"));
        Assert.Equal(Ui.Text("Support.PartnerFoundNone"), none.QuerySelector("#log-service-page-partner-find-hint")!.TextContent.Trim());
        Assert.Empty(PartnersOffered(none, "#ServiceForm_GivenBy option"));

        var many = await TestClient.ParseAsync(await radnik.SubmitAsync(page, "form#log-service-page",
            new Dictionary<string, string> { ["ServiceForm.PartnerFind"] = "Ustanova" }, "findPartners", "1"));
        Assert.Equal(StaffOrPartnerOptionsQuery.FoundAtMost, PartnersOffered(many, "#ServiceForm_GivenBy option").Count);
        Assert.Equal(Ui.Text("Caseworkers.FoundFirst", StaffOrPartnerOptionsQuery.FoundAtMost), many.QuerySelector("#log-service-page-partner-find-hint")!.TextContent.Trim());

        // The directory's own rule: typed in Cyrillic and in lower case, "Ustanova Ku" is found.
        var cyrillic = await TestClient.ParseAsync(await radnik.SubmitAsync(page, "form#log-service-page",
            new Dictionary<string, string> { ["ServiceForm.PartnerFind"] = "установа ку" }, "findPartners", "1"));
        Assert.Equal([$"p:{ustanovaKu}"], PartnersOffered(cyrillic, "#ServiceForm_GivenBy option"));

        // A refusal (a date that does not exist) shows the form again: the partner found and chosen is still offered and selected.
        var refused = await radnik.SubmitAsync(page, "form#log-service-page", new Dictionary<string, string>
        {
            ["ServiceForm.TypeCode"] = "Legal",
            ["ServiceForm.DurationMinutes"] = "30",
            ["ServiceForm.On"] = "31.02.2026.",
            ["ServiceForm.GivenBy"] = $"p:{ustanovaKu}",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Equal([$"p:{ustanovaKu}"], PartnersOffered(again, "#ServiceForm_GivenBy option"));
        Assert.Equal($"p:{ustanovaKu}", again.QuerySelector<IHtmlSelectElement>("#ServiceForm_GivenBy")!.Value);
    }

    [Fact]
    public async Task A_visit_s_partners_are_found_by_name_and_the_ones_already_ticked_stay_ticked_across_searches()
    {
        var file = await factory.Arrange.Case();
        await LargeDirectoryAsync();
        var ustanovaFe = await PartnerIdAsync(Name(12));
        var ustanovaPe = await PartnerIdAsync(Name(40));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        Assert.Empty(PartnersOffered(page, "form#record-visit input[name='VisitForm.Participants']"));

        var first = await TestClient.ParseAsync(await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.Place"] = "Home",
            ["VisitForm.Outcome"] = "Dogovoreno je sledeće viđenje.",
            ["VisitForm.PartnerFind"] = Name(12),
        }, "findPartners", "1"));
        Assert.Equal([$"p:{ustanovaFe}"], PartnersOffered(first, "form#record-visit input[name='VisitForm.Participants']"));
        Assert.Equal("Dogovoreno je sledeće viđenje.", first.QuerySelector<IHtmlTextAreaElement>("#VisitForm_Outcome")!.Value);
        first.QuerySelector<IHtmlInputElement>($"form#record-visit input[value='p:{ustanovaFe}']")!.IsChecked = true;

        var second = await TestClient.ParseAsync(await radnik.SubmitAsync(first, "form#record-visit",
            new Dictionary<string, string> { ["VisitForm.PartnerFind"] = Name(40) }, "findPartners", "1"));
        Assert.Equal([$"p:{ustanovaFe}", $"p:{ustanovaPe}"], PartnersOffered(second, "form#record-visit input[name='VisitForm.Participants']"));
        Assert.True(second.QuerySelector<IHtmlInputElement>($"form#record-visit input[value='p:{ustanovaFe}']")!.IsChecked);
        Assert.False(await factory.WithDbAsync(db => db.FieldVisits.AnyAsync(v => v.CaseId == file.Id)));

        second.QuerySelector<IHtmlInputElement>($"form#record-visit input[value='p:{ustanovaPe}']")!.IsChecked = true;
        var saved = await radnik.SubmitAsync(second, "form#record-visit", new Dictionary<string, string> { ["VisitForm.PurposeCode"] = "Assessment" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var partners = await factory.WithDbAsync(db => db.FieldVisits.Where(v => v.CaseId == file.Id).SelectMany(v => v.Participants).Where(p => p.PartnerId != null).Select(p => p.PartnerId!.Value).ToListAsync());
        Assert.Equal(new[] { ustanovaFe, ustanovaPe }.Order(), partners.Order());
    }

    /// <summary>
    /// One partner more than a form lists, each named by letters the others' names do not hold ("Ustanova Be", "Ustanova
    /// Bi"...): the directory's search matches words of letters only.
    /// </summary>
    private Task LargeDirectoryAsync() =>
        factory.WithDbAsync(db =>
        {
            db.Partners.AddRange(Enumerable.Range(0, StaffOrPartnerOptionsQuery.ListedUpTo + 1).Select(i => Partner.Create(Name(i), Sector.SocialProtection, null)));
            return db.SaveChangesAsync();
        });

    private static string Name(int i) => $"Ustanova {char.ToUpperInvariant("bcdfghjklmprz"[i / 4])}{"eiuy"[i % 4]}";

    private Task<Guid> PartnerIdAsync(string name) => factory.WithDbAsync(db => db.Partners.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private static List<string> PartnersOffered(IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(o => o.GetAttribute("value")!).Where(v => v.StartsWith("p:", StringComparison.Ordinal))];
}
