using TraffickingCare.Domain.Accounts;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <param name="TargetEmail">
/// Where the account's set-password link goes: shown in full to the approver, whose approval covers the
/// address too (an administrator could otherwise give a privileged account a mailbox of his own).
/// </param>
/// <param name="CanDecide">Pending, and the viewer neither asked for it nor owns the account.</param>
public sealed record PrivilegedChangeRow(
    Guid Id,
    int Version,
    PrivilegedChangeKind Kind,
    string Role,
    string TargetName,
    string TargetUserName,
    string? TargetEmail,
    string RequestedBy,
    DateTime RequestedAtUtc,
    PrivilegedChangeStatus Status,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    bool CanDecide);
