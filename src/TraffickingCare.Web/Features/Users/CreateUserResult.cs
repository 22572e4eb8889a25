using Microsoft.AspNetCore.Identity;

namespace TraffickingCare.Web.Features.Users;

/// <param name="AwaitingApproval">A privileged role: the account waits, without a role or a link, for a second person.</param>
/// <param name="SentTo">The masked address the set-password link went to; null when it was not sent.</param>
public sealed record CreateUserResult(IdentityResult Result, bool AwaitingApproval = false, string? SentTo = null);
