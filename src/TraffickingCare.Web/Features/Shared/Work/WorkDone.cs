namespace TraffickingCare.Web.Features.Shared.Work;

/// <summary>
/// A button that settles an item where it is listed (a task is marked done on "Moj rad"): the POST route, the id it
/// takes under its route key, and the version the page saw (a second, stale click is refused as a conflict).
/// </summary>
public sealed record WorkDone(string Controller, string Action, string RouteKey, Guid Id, int Version)
{
    /// <summary>The reader may also delete it here (a task they set, or any task for the coordinator).</summary>
    public bool Deletable { get; init; }
}
