using TraffickingCare.Web.Features.Account.SetPassword;

namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>
/// Absolute links the app sends out of itself (a set-password link in a mail). They are built on the
/// configured public address, never on the request's Host header: a client chooses that header, and a
/// forged one would send a user's one-time link to the forger's server.
/// </summary>
public sealed class PublicLinks(LinkGenerator links, IConfiguration configuration)
{
    public const string BaseUrlKey = "App:PublicBaseUrl";

    public Uri SetPassword(string userId, string token)
    {
        var baseUrl = Parse(configuration[BaseUrlKey]) ?? throw new InvalidOperationException(BaseUrlKey + " is not configured.");
        var pathBase = baseUrl.AbsolutePath.TrimEnd('/');
        var path = links.GetPathByAction(nameof(SetPasswordController.SetPassword), "SetPassword", new { userId, token }, new PathString(pathBase))
            ?? throw new InvalidOperationException("No route to Account/SetPassword.");
        return new Uri(new Uri(baseUrl.GetLeftPart(UriPartial.Authority)), path);
    }

    /// <summary>Production needs an https address people reach the app by (a link over http would expose its token).</summary>
    public static bool IsAcceptableForProduction(string? value) => Parse(value) is { Scheme: "https" };

    private static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) ? uri : null;
}
