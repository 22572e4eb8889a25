namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

public sealed record EventListViewModel(EventListFilter Filter, IReadOnlyList<EventListRow> Rows, int Total, IReadOnlyDictionary<string, string> Municipalities)
{
    public int Pages => Math.Max(1, (Total + EventListFilter.PageSize - 1) / EventListFilter.PageSize);

    /// <summary>The place in the user's language; a national event has none.</summary>
    public string? MunicipalityLabel(string? code) => code is null ? null : Municipalities.GetValueOrDefault(code, code);
}
