using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Identification.Checklist;

/// <summary>One indicator's answer, with where it came from and a note.</summary>
public sealed class ChecklistAnswerForm
{
    public string Code { get; set; } = string.Empty;

    public IndicatorAnswer Answer { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }
}
