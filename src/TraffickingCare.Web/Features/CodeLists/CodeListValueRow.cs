namespace TraffickingCare.Web.Features.CodeLists;

public sealed record CodeListValueRow(Guid Id, string Code, string Label, int SortOrder, bool IsActive);
