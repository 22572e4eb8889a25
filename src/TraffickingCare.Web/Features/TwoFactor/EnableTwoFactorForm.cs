using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.TwoFactor;

public sealed class EnableTwoFactorForm
{
    /// <summary>Six digits, as the app shows them: "123 456" or "123-456".</summary>
    public const int CodeMaxLength = 7;

    [Display(Name = "TwoFactor.Enable.Code")]
    public string? Code { get; set; }

    public string NormalisedCode => (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
