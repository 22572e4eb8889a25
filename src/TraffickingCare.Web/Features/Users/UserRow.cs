namespace TraffickingCare.Web.Features.Users;

public sealed record UserRow(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? Role,
    string? PendingRole,
    bool IsDisabled,
    bool TwoFactorEnabled,
    bool IsLockedOut,
    DateTime CreatedAtUtc,
    string? ConcurrencyStamp,
    bool IsSelf);
