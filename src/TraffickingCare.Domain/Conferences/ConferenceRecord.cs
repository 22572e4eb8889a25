namespace TraffickingCare.Domain.Conferences;

/// <summary>
/// What is typed while a conference runs: who came (by participant id), the notes under each agenda item (by item
/// id), the conclusions and the decisions. Saved as a whole, as often as the page's draft is saved.
/// </summary>
public sealed record ConferenceRecord(
    IReadOnlyDictionary<Guid, Attendance> Attendance,
    IReadOnlyDictionary<Guid, string?> Notes,
    string? Conclusions,
    string? Decisions);
