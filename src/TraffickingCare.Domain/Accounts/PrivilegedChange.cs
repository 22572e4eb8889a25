using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Accounts;

/// <summary>
/// Four eyes on privileged accounts (coordinator, management, administrator): a request that takes
/// effect only when a second person approves it. Whoever asked, and whoever the account belongs to,
/// cannot approve it, so no one can make or take over a privileged account alone.
/// </summary>
public sealed class PrivilegedChange : Entity
{
    public const int RoleMaxLength = 32;

    private PrivilegedChange()
    {
        TargetUserId = string.Empty;
        Role = string.Empty;
        RequestedBy = string.Empty;
    }

    public PrivilegedChangeKind Kind { get; private set; }

    /// <summary>The account the change is for (made, without a role, when the request is made).</summary>
    public string TargetUserId { get; private set; }

    /// <summary>The privileged role concerned: the one the new account gets, or the one the account holds.</summary>
    public string Role { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public PrivilegedChangeStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public static PrivilegedChange Request(PrivilegedChangeKind kind, string targetUserId, string role, string requestedBy, DateTime nowUtc) => new()
    {
        Kind = kind,
        TargetUserId = targetUserId,
        Role = role,
        RequestedBy = requestedBy,
        RequestedAtUtc = nowUtc,
        Status = PrivilegedChangeStatus.Pending,
    };

    /// <summary>
    /// An account made by the server's operator on the command line (the first administrator and the
    /// first management account): the operator, who already holds the database and the key ring, is the
    /// second person. Recorded already approved, so management sees it among the changes.
    /// </summary>
    public static PrivilegedChange ByOperator(string targetUserId, string role, string operatorId, DateTime nowUtc)
    {
        var change = Request(PrivilegedChangeKind.CreateAccount, targetUserId, role, operatorId, nowUtc);
        change.Status = PrivilegedChangeStatus.Approved;
        change.DecidedBy = operatorId;
        change.DecidedAtUtc = nowUtc;
        return change;
    }

    public void Approve(string approverId, DateTime nowUtc) => Decide(approverId, nowUtc, PrivilegedChangeStatus.Approved);

    public void Refuse(string approverId, DateTime nowUtc) => Decide(approverId, nowUtc, PrivilegedChangeStatus.Refused);

    private void Decide(string approverId, DateTime nowUtc, PrivilegedChangeStatus outcome)
    {
        if (Status != PrivilegedChangeStatus.Pending)
        {
            throw new DomainException("PrivilegedChanges.Errors.AlreadyDecided");
        }

        if (string.Equals(approverId, RequestedBy, StringComparison.Ordinal))
        {
            throw new DomainException("PrivilegedChanges.Errors.OwnRequest");
        }

        if (string.Equals(approverId, TargetUserId, StringComparison.Ordinal))
        {
            throw new DomainException("PrivilegedChanges.Errors.OwnAccount");
        }

        Status = outcome;
        DecidedBy = approverId;
        DecidedAtUtc = nowUtc;
    }
}
