using Microsoft.AspNetCore.Routing.Patterns;

namespace TraffickingCare.Web.Infrastructure.Logging;

/// <summary>
/// The path as the access log keeps it: the app's own words (controller, action and literal route
/// segments) and ids (GUIDs, numbers); any other segment becomes "*". A path is typed by hand as easily
/// as a search box, so "/Cases/Details/Ana-Petrovic" must not put a name into the retained log.
/// </summary>
public sealed class RequestPathRedactor(EndpointDataSource endpoints)
{
    private HashSet<string>? words;

    public string Redact(PathString path)
    {
        var known = words ??= Words(endpoints);
        var segments = (path.Value ?? string.Empty).Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length > 0 && !known.Contains(segment) && !IsId(segment))
            {
                segments[i] = "*";
            }
        }

        return string.Join('/', segments);
    }

    private static bool IsId(string segment) => Guid.TryParse(segment, out _) || (segment.Length <= 10 && segment.All(char.IsAsciiDigit));

    private static HashSet<string> Words(EndpointDataSource source)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            foreach (var literal in endpoint.RoutePattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>())
            {
                words.Add(literal.Content);
            }

            foreach (var value in endpoint.RoutePattern.RequiredValues.Values.OfType<string>())
            {
                words.Add(value);
            }
        }

        return words;
    }
}
