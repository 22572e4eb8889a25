namespace TraffickingCare.Web.Features.Shared.Work;

/// <summary>The order of "Moj rad": what is overdue first, then by due date and time (a thing of the whole day before timed ones).</summary>
public static class WorkOrder
{
    public static IReadOnlyList<WorkItem> Sort(IEnumerable<WorkItem> items, DateOnly today, TimeOnly now) =>
        items.OrderByDescending(i => i.IsOverdueAt(today, now))
            .ThenBy(i => i.Due)
            .ThenBy(i => i.At ?? TimeOnly.MinValue)
            .ThenBy(i => i.CaseCode, StringComparer.Ordinal)
            .ThenBy(i => i.Title, StringComparer.CurrentCulture)
            .ToList();
}
