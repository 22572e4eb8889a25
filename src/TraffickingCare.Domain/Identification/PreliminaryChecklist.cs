using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>
/// The preliminary identification of a case: the indicator checklist of one indicator-set version.
/// Completing it is the caseworker's decision that the person is a presumed victim, from that day;
/// support starts at once, nothing waits for the formal decision. A completed checklist is closed.
/// </summary>
public sealed class PreliminaryChecklist : Entity
{
    private readonly List<IndicatorResponse> responses = [];

    private PreliminaryChecklist()
    {
    }

    public Guid CaseId { get; private set; }

    public int IndicatorSetVersion { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? CompletedBy { get; private set; }

    public IReadOnlyList<IndicatorResponse> Responses => responses;

    public bool IsCompleted => CompletedOn is not null;

    /// <summary>Starts a checklist with every indicator of the set version unanswered.</summary>
    public static PreliminaryChecklist Start(Guid caseId, int setVersion, IEnumerable<IdentificationIndicator> indicators)
    {
        var checklist = new PreliminaryChecklist { CaseId = caseId, IndicatorSetVersion = setVersion };
        foreach (var indicator in indicators.Where(i => i.IsAskedIn(setVersion)).OrderBy(i => i.SortOrder))
        {
            checklist.responses.Add(IndicatorResponse.Unanswered(checklist.Id, indicator.Code, indicator.Group));
        }

        if (checklist.responses.Count == 0)
        {
            throw new DomainException("Identification.Errors.NoIndicators");
        }

        return checklist;
    }

    public void Answer(string indicatorCode, IndicatorAnswer answer, string? source, string? note)
    {
        if (IsCompleted)
        {
            throw new DomainException("Identification.Errors.ChecklistCompleted");
        }

        var response = responses.SingleOrDefault(r => r.IndicatorCode == indicatorCode)
            ?? throw new DomainException("Identification.Errors.UnknownIndicator");
        response.Record(answer, source, note);
    }

    public LegalElements Summary(bool isChild) => LegalElements.Of(responses.Select(r => (r.Group, r.Answer)), isChild);

    /// <summary>Closes the checklist; the case becomes a presumed victim from <paramref name="today"/> (the caller moves it).</summary>
    public void Complete(string userId, DateOnly today)
    {
        if (IsCompleted)
        {
            throw new DomainException("Identification.Errors.ChecklistCompleted");
        }

        if (responses.All(r => r.Answer == IndicatorAnswer.Unknown))
        {
            throw new DomainException("Identification.Errors.NothingAnswered");
        }

        CompletedOn = today;
        CompletedBy = userId;
    }
}
