using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals;

public sealed class LogReferralHandler(AppDbContext db, CentreClock clock, IOptions<ReferralOptions> options)
{
    /// <summary>Logs the referral (its id is the result's); a repeated submit of the same form leads to the referral it already created.</summary>
    public async Task<ChangeResult> HandleAsync(LogReferralForm form, string userId, CancellationToken ct)
    {
        var existing = await db.Referrals.Where(r => r.SubmissionKey == form.SubmissionKey).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        return existing is { } id ? ChangeResult.Done with { Id = id } : await ChangeResult.OfAsync(() => LogAsync(form, userId, ct));
    }

    private async Task<ChangeResult> LogAsync(LogReferralForm form, string userId, CancellationToken ct)
    {

        CentreClock.TryParseDate(form.ReceivedOn, out var date);
        CentreClock.TryParseTime(form.ReceivedAt, out var time);
        var receivedAtUtc = CentreClock.ToUtc(date, time);
        var person = new ReferredPerson(
            form.PersonNameOrAlias,
            Blank(form.SexCode),
            int.TryParse(form.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null,
            CentreClock.TryParseDate(form.DateOfBirth, out var dob) ? dob : null,
            Blank(form.CitizenshipCode),
            Blank(form.LanguageCode));
        var receipt = new ReferralReceipt(
            Min(receivedAtUtc, clock.UtcNow),
            form.ChannelCode,
            form.ReferrerSectorCode,
            form.ReferrerOrganisation,
            form.ReferrerContact,
            Blank(form.MunicipalityCode),
            person,
            form.Circumstances,
            new UrgencyIndicators(form.ImmediateDanger, form.Child, form.Injured, form.Detained));

        var referral = Referral.Log(receipt, options.Value.Targets, userId, clock.UtcNow, form.SubmissionKey);
        db.Referrals.Add(referral);
        try
        {
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = referral.Id };
        }
        catch (DbUpdateException ex) when (DuplicateKey.Is(ex))
        {
            // Two submits raced past the check above: the unique submission key let only one in.
            db.Entry(referral).State = EntityState.Detached;
            return ChangeResult.Done with { Id = await db.Referrals.Where(r => r.SubmissionKey == form.SubmissionKey).Select(r => r.Id).SingleAsync(ct) };
        }
    }

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code;

    // The validator allows a minute of clock drift; the domain allows none.
    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
