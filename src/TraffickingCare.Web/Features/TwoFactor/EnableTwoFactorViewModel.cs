namespace TraffickingCare.Web.Features.TwoFactor;

/// <param name="SharedKey">The authenticator key in groups of four, for typing by hand.</param>
/// <param name="AuthenticatorUri">The otpauth:// URI the QR code carries.</param>
/// <param name="QrCodeDataUri">The QR code as an SVG data: URI.</param>
public sealed record EnableTwoFactorViewModel(string SharedKey, string AuthenticatorUri, string QrCodeDataUri);
