using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Sqlite;

namespace TraffickingCare.IntegrationTests.Features.Health;

public sealed class HealthEndpointTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_anonymously_and_reveal_nothing(string url)
    {
        using var client = app.Factory.CreateTestClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_unhealthy_when_the_database_cannot_be_opened()
    {
        await using var broken = new AppFactory();
        using var client = broken.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);

        // Replace the database file with a folder of the same name: SQLite can no longer open it. The app's idle
        // connections are closed first, as whatever replaces the file while the app runs must.
        using (var scope = broken.Services.CreateScope())
        {
            KeptSqliteConnections.ClearPool(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!);
        }

        File.Delete(broken.DatabasePath);
        File.Delete(broken.DatabasePath + "-wal");
        File.Delete(broken.DatabasePath + "-shm");
        Directory.CreateDirectory(broken.DatabasePath);

        var response = await client.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
