namespace TraffickingCare.Web.Features.Identification.Evidence;

public sealed class InterviewForm
{
    /// <summary>As typed, dd.MM.yyyy.</summary>
    public string? HeldOn { get; set; }

    public string? Interviewers { get; set; }

    public string? Interpreter { get; set; }

    public string? Place { get; set; }

    public string? DurationMinutes { get; set; }

    public string? Summary { get; set; }
}
