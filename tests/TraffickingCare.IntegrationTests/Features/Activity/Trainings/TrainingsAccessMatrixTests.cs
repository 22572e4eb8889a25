using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>
/// Every training route, for every role: caseworkers, coordinators and management read; coordinators and management
/// record, change and remove; shelter staff and administrators see nothing. A refused change leaves everything as it
/// was; an unknown id is 404 for those allowed.
/// </summary>
public sealed class TrainingsAccessMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Users = ["radnik", "koordinator", "rukovodstvo", "prihvatiliste", "admin"];

    private static readonly (string Method, string Route, bool RecordersOnly)[] Routes =
    [
        ("GET", "/Activity/Trainings", false),
        ("GET", "/Activity/Trainings/{training}", false),
        ("GET", "/Activity/Trainings/{training}/Materials/{material}", false),
        ("GET", "/Activity/Trainings/New", true),
        ("POST", "/Activity/Trainings/New", true),
        ("GET", "/Activity/Trainings/{training}/Edit", true),
        ("POST", "/Activity/Trainings/{training}/Edit", true),
        ("POST", "/Activity/Trainings/{training}/Remove", true),
        ("POST", "/Activity/Trainings/{training}/Materials", true),
        ("POST", "/Activity/Trainings/{training}/Materials/{material}/Remove", true),
    ];

    private AppFactory Factory => app.Factory;

    public static TheoryData<string, string, string> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (method, route, _) in Routes)
            {
                foreach (var user in Users)
                {
                    data.Add(method, route, user);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_what_its_policy_allows_and_a_refusal_changes_nothing(string method, string route, string user)
    {
        var recordersOnly = Routes.Single(r => r.Method == method && r.Route == route).RecordersOnly;
        var (training, material) = await ArrangeAsync($"Matrica {method} {route} {user}");
        var url = route.Replace("{training}", training.Id.ToString()).Replace("{material}", material.Id.ToString());
        using var client = await Factory.Arrange.SignedInAsync(user);

        var response = await SendAsync(client, method, url, training.Version);

        var allowed = user is "koordinator" or "rukovodstvo" || (user == "radnik" && !recordersOnly);
        if (!allowed)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var saved = await Factory.WithDbAsync(db => db.Trainings.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == training.Id));
            Assert.False(saved.IsDeleted);
            Assert.Equal(training.Topic, saved.Topic);
            Assert.Equal(training.Version, saved.Version);
            Assert.False(await Factory.WithDbAsync(db => db.TrainingMaterials.IgnoreQueryFilters().AnyAsync(m => m.Id == material.Id && m.IsDeleted)));
            Assert.Equal(1, await Factory.WithDbAsync(db => db.TrainingMaterials.CountAsync(m => m.TrainingId == training.Id)));
            return;
        }

        Assert.Equal(method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
        if (route.EndsWith("}/Remove", StringComparison.Ordinal) && !route.Contains("Materials", StringComparison.Ordinal))
        {
            Assert.True(await Factory.WithDbAsync(db => db.Trainings.IgnoreQueryFilters().AnyAsync(t => t.Id == training.Id && t.IsDeleted)));
        }
    }

    public static TheoryData<string, string> UnknownIds => new()
    {
        { "GET", "/Activity/Trainings/{unknown}" },
        { "GET", "/Activity/Trainings/{unknown}/Edit" },
        { "POST", "/Activity/Trainings/{unknown}/Edit" },
        { "POST", "/Activity/Trainings/{unknown}/Remove" },
        { "POST", "/Activity/Trainings/{unknown}/Materials" },
        { "GET", "/Activity/Trainings/{training}/Materials/{unknown}" },
        { "GET", "/Activity/Trainings/{unknown}/Materials/{material}" },
        { "POST", "/Activity/Trainings/{training}/Materials/{unknown}/Remove" },
        { "POST", "/Activity/Trainings/{unknown}/Materials/{material}/Remove" },
    };

    [Theory]
    [MemberData(nameof(UnknownIds))]
    public async Task An_unknown_id_is_not_found(string method, string route)
    {
        var (training, material) = await ArrangeAsync($"Nepoznato {method} {route}");
        var url = route.Replace("{unknown}", Guid.NewGuid().ToString()).Replace("{training}", training.Id.ToString()).Replace("{material}", material.Id.ToString());
        using var client = await Factory.Arrange.SignedInAsync("koordinator");

        var response = await SendAsync(client, method, url, training.Version);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.TrainingMaterials.IgnoreQueryFilters().AnyAsync(m => m.Id == material.Id && m.IsDeleted)));
    }

    /// <summary>
    /// A POST a recorder could make: the edit and the new form complete and valid, an upload with a real file; a
    /// refused role posts the same.
    /// </summary>
    private static async Task<HttpResponseMessage> SendAsync(TestClient client, string method, string url, int version)
    {
        if (method == "GET")
        {
            return await client.Http.GetAsync(url);
        }

        if (url.EndsWith("/Materials", StringComparison.Ordinal))
        {
            var token = (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var multipart = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(TrainingArrange.Pdf()), "Upload.File", "program.pdf" },
            };
            return await client.Http.PostAsync(url, multipart);
        }

        return await client.PostWithTokenAsync(
            url,
            ("Form.HeldOn", "10.03.2026."), ("Form.Hours", "8"), ("Form.Topic", "Promenjena tema"), ("Form.MunicipalityCode", "RS-KRALJEVO"),
            ("Form.Organiser", "Centar"), ("Form.ExternalTrainers[0].Name", "Jovana Izmišljić"), ("Form.Sectors[0].Code", "Police"),
            ("Form.Sectors[0].Count", "5"), ("Form.Women", "5"), ("Form.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<(Training Training, TrainingMaterial Material)> ArrangeAsync(string topic)
    {
        var training = await Factory.TrainingAsync(topic, new DateOnly(2026, 3, 1));
        var store = Factory.Services.GetRequiredService<AttachmentStore>();
        using var content = new MemoryStream(TrainingArrange.Pdf());
        var stored = await store.SaveAsync(content, CancellationToken.None);
        var material = TrainingMaterial.Upload(training.Id, "program.pdf", AttachmentType.Pdf, stored.Length, stored.Name, stored.WrappedKey, "seed", Factory.Clock.GetUtcNow().UtcDateTime);
        await Factory.WithDbAsync(async db =>
        {
            db.TrainingMaterials.Add(material);
            await db.SaveChangesAsync();
        });
        return (training, material);
    }
}
