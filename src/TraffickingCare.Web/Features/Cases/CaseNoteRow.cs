namespace TraffickingCare.Web.Features.Cases;

public sealed record CaseNoteRow(Guid Id, string Text, string AuthorName, DateTime WrittenAtUtc, Guid? AmendsNoteId, bool CanEdit);
