using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>A material over the attachments' size limit (here 1 KB) is refused before it is read, with the reason on the training's page.</summary>
public sealed class TrainingMaterialLimitTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync()
    {
        factory.Settings["Storage:MaxAttachmentBytes"] = "1024";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_localized_message_and_nothing_is_kept()
    {
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        var training = await factory.TrainingAsync("Obuka sa velikim fajlom", factory.Arrange.Today.AddDays(-2));
        var content = new byte[5000];
        TrainingArrange.Pdf().CopyTo(content, 0);

        var response = await TrainingMaterialsTests.UploadAsync(koordinator, await koordinator.GetPageAsync($"/Activity/Trainings/{training.Id}"), "veliki.pdf", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Activity/Trainings/{training.Id}", response.Headers.Location!.OriginalString);
        var page = await koordinator.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains(Ui.Text("Attachments.Errors.TooLarge", "1 KB"), page.Body!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.TrainingMaterials.IgnoreQueryFilters().AnyAsync()));
    }
}
