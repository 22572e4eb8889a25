namespace TraffickingCare.Web.Features.Identification.Evidence;

public sealed class SourceForm
{
    public string? Institution { get; set; }

    public string? Document { get; set; }

    /// <summary>As typed, dd.MM.yyyy.</summary>
    public string? ReceivedOn { get; set; }
}
