namespace TraffickingCare.Web.Data.Auditing;

/// <summary>A place in the chain: the last verified row's sequence and hash.</summary>
public sealed record AuditChainPoint(long Sequence, string Hash)
{
    public static readonly AuditChainPoint Start = new(0, AuditChainKey.Genesis);
}

public enum AuditChainProblem
{
    None,

    /// <summary>The row's content no longer gives its hash: it was edited, or its hash was.</summary>
    HashMismatch,

    /// <summary>Places are missing before this row: sealed rows were removed, or unsealed again.</summary>
    Gap,

    /// <summary>The chain ends before a place already verified: its last rows were removed.</summary>
    Shortened,
}

/// <summary>What a walk of the chain found: where it got to and, if it broke, the first row that does not hold.</summary>
public sealed record AuditChainReport(AuditChainPoint Head, long Verified, long Unsealed, AuditChainProblem Problem, long? BrokenRowId, long? BrokenSequence)
{
    public bool IsIntact => Problem == AuditChainProblem.None;

    public static AuditChainReport Intact(AuditChainPoint head, long verified, long unsealed) => new(head, verified, unsealed, AuditChainProblem.None, null, null);

    public static AuditChainReport Broken(AuditChainPoint head, long verified, AuditChainRow row, AuditChainProblem problem) =>
        new(head, verified, 0, problem, row.Id, row.Sequence);

    public static AuditChainReport Shortened(AuditChainPoint verifiedEarlier) =>
        new(AuditChainPoint.Start, 0, 0, AuditChainProblem.Shortened, null, verifiedEarlier.Sequence);

    /// <summary>One line for an operator's console or a log: ids and counts only, never a row's content.</summary>
    public string Describe() => Problem switch
    {
        AuditChainProblem.None => $"Audit chain intact: {Verified:N0} rows verified up to sequence {Head.Sequence:N0} (hash {Head.Hash}); {Unsealed:N0} rows not sealed yet.",
        AuditChainProblem.HashMismatch => $"Audit chain BROKEN at audit row {BrokenRowId} (sequence {BrokenSequence}): its content does not match its hash. {Verified:N0} rows before it verified.",
        AuditChainProblem.Gap => $"Audit chain BROKEN before audit row {BrokenRowId} (sequence {BrokenSequence}): sequences {Head.Sequence + 1} to {BrokenSequence - 1} are missing. {Verified:N0} rows before it verified.",
        _ => $"Audit chain BROKEN: sequence {BrokenSequence}, verified earlier, is gone or changed.",
    };
}
