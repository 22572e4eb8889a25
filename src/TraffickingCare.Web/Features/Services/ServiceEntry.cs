using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Services;

/// <summary>The service form with what it offers; <see cref="ServiceForm"/> is named as the form's prefix so every page posts the same fields.</summary>
public sealed record ServiceEntry(Guid CaseId, ServiceForm ServiceForm, IReadOnlyList<CodeListOption> Types, StaffOrPartnerOptions Givers)
{
    /// <summary>Where the form posts; a correction posts to its service.</summary>
    public Guid? CorrectsServiceId { get; init; }

    public string FormId => CorrectsServiceId is { } id ? $"correct-service-{id}" : "log-service-page";
}
