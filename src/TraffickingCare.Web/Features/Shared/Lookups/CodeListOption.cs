namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>A value offered in a select: stored by code, shown by label.</summary>
public sealed record CodeListOption(string Code, string Label);
