using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features;

/// <summary>
/// Every date a user can type, in every form and filter, fed the first and the last day a .NET date can
/// hold: a form refuses it with its own localized message, a filter answers its page; nothing ends in a 500.
/// </summary>
public sealed class DateBoundaryTests(DateBoundaryTests.Arranged arranged) : IClassFixture<DateBoundaryTests.Arranged>
{
    public static readonly TheoryData<string, string> Extremes = new()
    {
        { "Referrals/Log form#log-referral Form.ReceivedOn Referrals.Errors.ReceivedOnInvalid Form.ReceivedAt=00:00", "01.01.0001." },
        { "Referrals/Log form#log-referral Form.ReceivedOn Referrals.Errors.ReceivedOnInvalid Form.ReceivedAt=23:59", "31.12.9999." },
        { "Referrals/Log form#log-referral Form.DateOfBirth Referrals.Errors.DateOfBirthInvalid", "01.01.0001." },
        { "Referrals/Log form#log-referral Form.DateOfBirth Referrals.Errors.DateOfBirthInvalid", "31.12.9999." },
        { "Referrals/Details/{referral} form#person-search Triage.Search.DateOfBirth Referrals.Errors.DateOfBirthInvalid", "01.01.0001." },
        { "Referrals/Details/{referral} form#person-search Triage.Search.DateOfBirth Referrals.Errors.DateOfBirthInvalid", "31.12.9999." },
        { "Cases/Person/{case} form#person-form Form.DateOfBirth Referrals.Errors.DateOfBirthInvalid", "01.01.0001." },
        { "Cases/Person/{case} form#person-form Form.DateOfBirth Referrals.Errors.DateOfBirthInvalid", "31.12.9999." },
        { "Cases/Close/{case} form#close-case CloseForm.FollowUpOn Cases.Errors.FollowUpInvalid", "01.01.0001." },
        { "Cases/Close/{case} form#close-case CloseForm.FollowUpOn Cases.Errors.FollowUpInvalid", "31.12.9999." },
        { "Cases/Exploitation/{case} form#exploitation-form Form.From Cases.Exploitation.Errors.DateInvalid", "01.01.0001." },
        { "Cases/Exploitation/{case} form#exploitation-form Form.From Cases.Exploitation.Errors.DateInvalid", "31.12.9999." },
        { "Cases/Exploitation/{case} form#exploitation-form Form.To Cases.Exploitation.Errors.DateInvalid", "01.01.0001." },
        { "Cases/Exploitation/{case} form#exploitation-form Form.To Cases.Exploitation.Errors.DateInvalid", "31.12.9999." },
        { "Identification/Case/{case} form#interview-form InterviewForm.HeldOn Identification.Errors.DateInvalid", "01.01.0001." },
        { "Identification/Case/{case} form#interview-form InterviewForm.HeldOn Identification.Errors.DateInvalid", "31.12.9999." },
        { "Identification/Case/{case} form#source-form SourceForm.ReceivedOn Identification.Errors.DateInvalid", "01.01.0001." },
        { "Identification/Case/{case} form#source-form SourceForm.ReceivedOn Identification.Errors.DateInvalid", "31.12.9999." },
        { "Referrals?From={date}", "01.01.0001." },
        { "Referrals?From={date}", "31.12.9999." },
        { "Referrals?To={date}", "01.01.0001." },
        { "Referrals?To={date}", "31.12.9999." },
        { "Referrals?From={date}&To={date}", "01.01.0001." },
        { "Referrals?From={date}&To={date}", "31.12.9999." },
        { "Decisions?Year={year}", "01.01.0001." },
        { "Decisions?Year={year}", "31.12.9999." },
        { "Decisions/Export?Year={year}", "01.01.0001." },
        { "Decisions/Export?Year={year}", "31.12.9999." },
    };

    [Theory]
    [MemberData(nameof(Extremes))]
    public async Task An_extreme_date_is_refused_with_the_localized_message_or_ignored_by_a_filter_never_a_500(string field, string date)
    {
        var parts = field.Replace("{case}", arranged.CaseId.ToString(), StringComparison.Ordinal)
            .Replace("{referral}", arranged.ReferralId.ToString(), StringComparison.Ordinal)
            .Replace("{date}", date, StringComparison.Ordinal)
            .Replace("{year}", date[6..10], StringComparison.Ordinal)
            .Split(' ');
        using var client = arranged.Factory.CreateTestClient();
        await client.SignInAsync(parts[0].StartsWith("Decisions", StringComparison.Ordinal) || parts[0].StartsWith("Referrals/Details", StringComparison.Ordinal) ? "koordinator" : "radnik");

        if (parts.Length == 1)
        {
            var filtered = await client.Http.GetAsync("/" + parts[0]);
            Assert.True(filtered.StatusCode == HttpStatusCode.OK, $"GET /{parts[0]}: {filtered.StatusCode} {arranged.Factory.Errors.All}");
            return;
        }

        var (url, selector, name, messageKey) = (parts[0], parts[1], parts[2], parts[3]);
        var fields = parts.Skip(4).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        fields[name] = date;
        var response = await client.SubmitAsync(await client.GetPageAsync("/" + url), selector, fields);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {selector} {name}={date}: {response.StatusCode} {arranged.Factory.Errors.All}");
        var page = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text(messageKey), page.QuerySelector($"#{name.Replace('.', '_')}-error")?.TextContent);
    }

    /// <summary>One app with a case led by "radnik" and a referral awaiting triage.</summary>
    public sealed class Arranged : AppFixture
    {
        public Guid CaseId { get; private set; }

        public Guid ReferralId { get; private set; }

        protected override async Task ArrangeAsync()
        {
            var now = Factory.Clock.GetUtcNow().UtcDateTime;
            var lead = await Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync());
            var file = CaseFile.Open(CaseCode.For(2026, 4901), lead, now);
            var receipt = new ReferralReceipt(now.AddMinutes(-10), "Phone", "Police", null, null, null, ReferredPerson.Unknown, null, UrgencyIndicators.None);
            var referral = Referral.Log(receipt, ResponseTargets.Default, lead, now);
            await Factory.WithDbAsync(db =>
            {
                db.Cases.Add(file);
                db.Referrals.Add(referral);
                return db.SaveChangesAsync();
            });
            (CaseId, ReferralId) = (file.Id, referral.Id);
        }
    }
}
