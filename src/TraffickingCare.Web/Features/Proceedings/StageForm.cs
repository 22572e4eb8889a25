using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>The proceeding reached another stage; a step back needs a reason.</summary>
public sealed class StageForm
{
    public int Version { get; set; }

    public ProceedingStage? Stage { get; set; }

    /// <summary>As typed, dd.MM.yyyy.</summary>
    public string? Since { get; set; }

    public string? Reason { get; set; }
}
