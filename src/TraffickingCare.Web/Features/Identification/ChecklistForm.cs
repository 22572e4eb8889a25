using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Identification;

public sealed class ChecklistForm
{
    /// <summary>The checklist's version when the page was shown.</summary>
    public int Version { get; set; }

    public List<ChecklistAnswerForm> Answers { get; set; } = [];
}

public sealed class ChecklistAnswerForm
{
    public string Code { get; set; } = string.Empty;

    public IndicatorAnswer Answer { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }
}
