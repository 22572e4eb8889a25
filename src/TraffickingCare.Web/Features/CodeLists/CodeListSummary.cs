namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>One code list on the index: how many values it has, and how many are still offered.</summary>
public sealed record CodeListSummary(string Name, int Total, int Active);
