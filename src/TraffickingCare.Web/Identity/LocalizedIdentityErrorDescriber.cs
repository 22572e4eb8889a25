using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Identity;

/// <summary>Identity's error messages in the user's language (the framework's are English only).</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Identity.Errors.Default");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Common.ConcurrencyConflict");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Identity.Errors.PasswordMismatch");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Identity.Errors.InvalidToken");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Identity.Errors.InvalidUserName");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Identity.Errors.DuplicateUserName");

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = l["Passwords.Errors.TooShort", length] };

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Identity.Errors.Default");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "Identity.Errors.Default");

    private IdentityError Error(string code, string key) => new() { Code = code, Description = l[key] };
}
