using TraffickingCare.Web.Features.Shared.Story;
namespace TraffickingCare.Web.Features.Cases.CaseNotes;

/// <summary>A note; its text is null while hidden (see <see cref="CaseStory"/>): the byline still shows that it exists.</summary>
public sealed record CaseNoteRow(Guid Id, string? Text, string AuthorName, DateTime WrittenAtUtc, Guid? AmendsNoteId, bool CanEdit);
