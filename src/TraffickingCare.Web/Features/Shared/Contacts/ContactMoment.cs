namespace TraffickingCare.Web.Features.Shared.Contacts;

/// <summary>A day on which the case's team was in contact with a partner institution.</summary>
public sealed record ContactMoment(Guid CaseId, Guid PartnerId, DateOnly On);
