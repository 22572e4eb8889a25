namespace TraffickingCare.Web.Infrastructure.Diagnostics;

/// <summary>
/// <c>Diagnostics:SqlCaptureFile</c>: where <see cref="SqlCaptureInterceptor"/> writes the SQL of marked requests.
/// Development only, SQLite only; unset, nothing is registered.
/// </summary>
public sealed class SqlCaptureOptions
{
    public const string FileKey = "Diagnostics:SqlCaptureFile";

    /// <summary>The correlation id (X-Correlation-Id) that marks a request whose commands are written.</summary>
    public const string RequestPrefix = "sql-capture-";

    public string? File { get; init; }
}
