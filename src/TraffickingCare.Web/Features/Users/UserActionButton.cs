namespace TraffickingCare.Web.Features.Users;

/// <param name="Action">The action's name, which is also the suffix of its resource keys.</param>
public sealed record UserActionButton(UserRow User, string Action);
