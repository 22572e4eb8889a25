namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>Shown once, straight from the POST that made them: they are stored only as hashes.</summary>
public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
