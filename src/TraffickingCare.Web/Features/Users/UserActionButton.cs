namespace TraffickingCare.Web.Features.Users;

/// <summary>One action's button on a row of the list; it posts a <see cref="UserActionForm"/> (the same field names).</summary>
public sealed record UserActionButton(UserRow User, UserAction Action)
{
    public string UserId => User.Id;

    public string? ConcurrencyStamp => User.ConcurrencyStamp;
}
