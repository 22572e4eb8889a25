namespace TraffickingCare.Web.Features.TwoFactor;

public sealed record TwoFactorStatusViewModel(bool Enabled, int RecoveryCodesLeft, bool Required);
