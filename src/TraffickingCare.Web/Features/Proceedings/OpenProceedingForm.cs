using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>A new proceeding: its details and the stage it has reached, which opens its history.</summary>
public sealed class OpenProceedingForm : ProceedingForm
{
    public ProceedingStage? Stage { get; set; }

    /// <summary>As typed, dd.MM.yyyy.</summary>
    public string? StageSince { get; set; }
}
