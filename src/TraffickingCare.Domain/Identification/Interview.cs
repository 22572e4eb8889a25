using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>An interview held for formal identification. Its summary is the person's account: encrypted.</summary>
public sealed class Interview : Entity
{
    public const int InterviewersMaxLength = 300;
    public const int InterpreterMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int SummaryMaxLength = 8000;
    public const int MaxDurationMinutes = 600;

    private Interview()
    {
        Interviewers = string.Empty;
        Place = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Interviewers { get; private set; }

    public string? Interpreter { get; private set; }

    public string Place { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? Summary { get; private set; }

    public static Interview Record(Guid caseId, DateOnly heldOn, string interviewers, string? interpreter, string place, int durationMinutes, string? summary)
    {
        if (durationMinutes is < 1 or > MaxDurationMinutes)
        {
            throw new DomainException("Identification.Errors.DurationInvalid");
        }

        return new Interview
        {
            CaseId = caseId,
            HeldOn = heldOn,
            Interviewers = Guard.Text(interviewers, InterviewersMaxLength, "Identification.Errors.InterviewersRequired"),
            Interpreter = Guard.OptionalText(interpreter, InterpreterMaxLength, "Identification.Errors.InterpreterTooLong"),
            Place = Guard.Text(place, PlaceMaxLength, "Identification.Errors.PlaceRequired"),
            DurationMinutes = durationMinutes,
            Summary = Guard.OptionalText(summary, SummaryMaxLength, "Identification.Errors.SummaryTooLong"),
        };
    }
}
