namespace TraffickingCare.Web.Features.Users;

/// <summary>The accounts list's filter, bound from the query string: the address holds it, every page of the list keeps it.</summary>
public sealed class UserListFilter
{
    public const int PageSize = 50;

    /// <summary>Part of a name, a user name or an e-mail address.</summary>
    public string? Q { get; set; }

    /// <summary>One of <see cref="Identity.Roles.All"/>; an account awaiting approval for it is listed too.</summary>
    public string? Role { get; set; }

    public UserListStatus? Status { get; set; }

    public int Page { get; set; } = 1;
}

public enum UserListStatus
{
    Enabled,
    Disabled,
}
