using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Services;

/// <summary>A case's services: the filtered, paged list and, for the team, the form (with what was typed when refused).</summary>
public sealed record ServicesPage(Guid CaseId, string CaseCode, bool CanEdit, bool ShowsStory, ServicesFilter Filter, IReadOnlyList<ServiceRow> Rows, int Total, Pager Pager, ServiceEntry Entry)
{
    /// <summary>
    /// Why a filter's date was not applied, by field (<c>From</c>, <c>To</c>). Kept apart from the model state: the
    /// page's summary of refused input is about the form, and nothing was sent to be saved.
    /// </summary>
    public IReadOnlyDictionary<string, string> FilterErrors { get; init; } = new Dictionary<string, string>();

    public ServicesPage WithForm(ServiceForm form) => this with { Entry = Entry with { ServiceForm = form } };
}
