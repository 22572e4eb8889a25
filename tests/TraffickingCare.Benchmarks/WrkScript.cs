using System.Globalization;
using System.Text;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// wrk's Lua script for a load run: each request a GET of one of the pages, picked at random, and every
/// <c>100 / writePercent</c>-th request a POST of one of the writes instead (a form as the browser sends it).
/// </summary>
internal static class WrkScript
{
    public static string Of(IReadOnlyList<string> pages, string cookie, IReadOnlyList<LoadWrite> writes, int writePercent)
    {
        var every = writePercent > 0 ? (int)Math.Round(100.0 / writePercent) : 0;
        var lua = new StringBuilder();
        lua.Append("local pages = {").AppendJoin(", ", pages.Select(Quoted)).AppendLine("}");
        lua.Append("local writes = {").AppendJoin(", ", writes.Select(w => $"{{{Quoted(w.Path)}, {Quoted(w.Body)}}}")).AppendLine("}");
        lua.AppendLine(CultureInfo.InvariantCulture, $"local every = {every}");
        lua.AppendLine(CultureInfo.InvariantCulture, $"local cookie = {Quoted(cookie)}");
        lua.AppendLine("""
            local n = 0
            request = function()
              n = n + 1
              if every > 0 and n % every == 0 then
                local w = writes[math.random(#writes)]
                return wrk.format("POST", w[1], { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, w[2])
              end
              return wrk.format("GET", pages[math.random(#pages)], { ["Cookie"] = cookie })
            end
            """);
        return lua.ToString();
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

/// <summary>One form a load run posts: the path and the url-encoded body, its antiforgery token included.</summary>
internal sealed record LoadWrite(string Path, string Body);
