using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account;

/// <summary>The password step of signing in, logged by user id.</summary>
public sealed class PasswordSignInHandler(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, UnknownUserLockout unknownNames, ILogger<PasswordSignInHandler> logger)
{
    public async Task<SignInResult> HandleAsync(LoginForm form)
    {
        var user = await users.FindByNameAsync(form.UserName!);
        if (user is null)
        {
            // Hash anyway, so that the response time does not tell which user names exist.
            users.PasswordHasher.HashPassword(new AppUser(), form.Password!);
            logger.SignInUnknownUser();
            return unknownNames.FailAndCheckLockedOut(users.NormalizeName(form.UserName!)) ? SignInResult.LockedOut : SignInResult.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        logger.SignInStep(result, user.Id);
        return result;
    }
}
