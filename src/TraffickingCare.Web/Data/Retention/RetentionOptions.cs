namespace TraffickingCare.Web.Data.Retention;

/// <summary>
/// How long each kind of record keeps its identifying data (section <c>Retention</c>). The record itself, with what
/// the statistics count, is kept; only what identifies a person is replaced with nothing when its time is up.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Years after its closure that a closed case (and everything recorded on it) keeps identifying data.</summary>
    public int ClosedCaseYears { get; set; } = 10;

    /// <summary>Years after its triage that a referral which never became a case keeps what it said about the person and the referrer.</summary>
    public int ReferralWithoutCaseYears { get; set; } = 2;
}
