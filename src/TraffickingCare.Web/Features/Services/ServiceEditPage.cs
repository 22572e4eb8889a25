namespace TraffickingCare.Web.Features.Services;

/// <summary>One service: its author corrects it in its first 24 hours; afterwards the team amends it with a new service.</summary>
public sealed record ServiceEditPage(string CaseCode, bool CanEdit, ServiceRow Service, ServiceEntry Entry)
{
    public Guid CaseId => Entry.CaseId;

    public ServiceEditPage WithForm(ServiceForm form) => this with { Entry = Entry with { ServiceForm = form } };
}
