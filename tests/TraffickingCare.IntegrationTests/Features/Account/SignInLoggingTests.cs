using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Account;

public sealed class SignInLoggingTests
{
    [Fact]
    public async Task Sign_in_events_are_logged_by_user_id_without_user_names_or_passwords()
    {
        var sink = new CollectingLogSink();
        await using var root = new AppFactory();
        // The app's logger also writes to every ILogEventSink registered in the container.
        await using var factory = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
        using var client = new TestClient(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        await Authenticator.PasswordStepAsync(client, "ime.koje.ne.postoji", "Tajna-Lozinka-Koju-Niko-Ne-Sme-Videti");
        await Authenticator.PasswordStepAsync(client, "rukovodstvo", "Druga-Tajna-Lozinka-Za-Test");
        await client.SignInAsync("rukovodstvo");
        await using var scope = factory.Services.CreateAsyncScope();
        var userId = scope.ServiceProvider.GetRequiredService<TraffickingCare.Web.Data.AppDbContext>().Users.Single(u => u.UserName == "rukovodstvo").Id;

        var logs = sink.All;

        Assert.Contains($"User \"{userId}\" signed in", logs, StringComparison.Ordinal);
        Assert.Contains($"Sign-in of user \"{userId}\" failed", logs, StringComparison.Ordinal);
        Assert.Contains("Sign-in with an unknown user name", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("ime.koje.ne.postoji", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Tajna-Lozinka", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(AppFactory.DemoPassword, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("rukovodstvo", logs, StringComparison.Ordinal);
    }
}
