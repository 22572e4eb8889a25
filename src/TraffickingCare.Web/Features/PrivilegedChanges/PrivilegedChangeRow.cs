using TraffickingCare.Domain.Accounts;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <param name="CanDecide">Pending, and the viewer neither asked for it nor owns the account.</param>
public sealed record PrivilegedChangeRow(
    Guid Id,
    int Version,
    PrivilegedChangeKind Kind,
    string Role,
    string TargetName,
    string TargetUserName,
    string RequestedBy,
    DateTime RequestedAtUtc,
    PrivilegedChangeStatus Status,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    bool CanDecide);
