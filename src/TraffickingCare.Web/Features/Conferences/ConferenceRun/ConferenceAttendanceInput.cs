using TraffickingCare.Domain.Conferences;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>One participant's attendance on the run page; none chosen is "not recorded".</summary>
public sealed class ConferenceAttendanceInput
{
    public Guid Id { get; set; }

    public Attendance? Attendance { get; set; }
}
