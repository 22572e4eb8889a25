using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Services;

/// <summary>A case's services: the filtered, paged list and, for the team, the form (with what was typed when refused).</summary>
public sealed record ServicesPage(Guid CaseId, string CaseCode, bool CanEdit, bool ShowsStory, ServicesFilter Filter, IReadOnlyList<ServiceRow> Rows, int Total, Pager Pager, ServiceEntry Entry)
{
    public ServicesPage WithForm(ServiceForm form) => this with { Entry = Entry with { ServiceForm = form } };
}
