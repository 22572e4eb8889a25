using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.TwoFactor;

public sealed class EnableTwoFactorForm
{
    [Display(Name = "TwoFactor.Enable.Code")]
    public string? Code { get; set; }

    public string NormalisedCode => (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
