namespace TraffickingCare.Web.Features.Identification.Checklist;

public sealed class ChecklistForm
{
    /// <summary>The checklist's version when the page was shown.</summary>
    public int Version { get; set; }

    public List<ChecklistAnswerForm> Answers { get; set; } = [];
}
