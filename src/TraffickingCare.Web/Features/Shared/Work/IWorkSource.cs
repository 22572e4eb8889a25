namespace TraffickingCare.Web.Features.Shared.Work;

/// <summary>
/// One feature's contribution to "Moj rad" (<c>/Work</c>): what is due for a person (hearings, stale contacts,
/// next steps of field visits, tasks, overdue referrals...). One query per source, whatever the data, so the page
/// runs a constant number of SQL commands. Registered in the feature's block of FeatureSetup.
/// A source lists only what the scope's user may see (the one case access rule) and what is theirs to do.
/// </summary>
public interface IWorkSource
{
    /// <summary>
    /// The most items one source lists, the earliest due first: a caseworker with thousands of open cases still gets a
    /// page that answers at once, and nobody works through more than this in a day.
    /// </summary>
    const int MaxItems = 200;

    Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct);
}
