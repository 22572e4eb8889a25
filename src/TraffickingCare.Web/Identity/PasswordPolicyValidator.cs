using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Length over composition (NIST SP 800-63B): at least 12 characters, no rules about digits or symbols,
/// but the passwords attackers try first, and the Centre's own name, are refused.
/// The minimum length itself is Identity's <see cref="PasswordOptions.RequiredLength"/>.
/// </summary>
public sealed class PasswordPolicyValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 12;

    // Normalised (lower case, no diacritics, letters only, leetspeak undone) fragments of the
    // Centre's name and of this product's name.
    private static readonly string[] CentreNames =
    [
        "centarzazastituzrtava", "zastituzrtava", "zrtavatrgovine", "trgovineljudima", "trgovinaljudima",
        "czzztl", "traffickingcare", "humantrafficking", "centreforthe",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(Fail("Passwords.Errors.Required"));
        }

        var normalised = Normalise(password);
        if (CommonPasswords.Contains(password) || CommonPasswords.Contains(normalised))
        {
            return Task.FromResult(Fail("Passwords.Errors.Common"));
        }

        if (CentreNames.Any(normalised.Contains))
        {
            return Task.FromResult(Fail("Passwords.Errors.CentreName"));
        }

        if (user.UserName is { Length: >= 4 } userName && normalised.Contains(Normalise(userName)))
        {
            return Task.FromResult(Fail("Passwords.Errors.ContainsUserName"));
        }

        return Task.FromResult(normalised.Distinct().Count() < 4 ? Fail("Passwords.Errors.Common") : IdentityResult.Success);
    }

    internal static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var mapped = c switch
            {
                'đ' => 'd',
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                _ => c,
            };
            if (char.IsLetter(mapped) && CharUnicodeInfo.GetUnicodeCategory(mapped) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    private IdentityResult Fail(string key) =>
        IdentityResult.Failed(new IdentityError { Code = key, Description = localizer[key] });
}
