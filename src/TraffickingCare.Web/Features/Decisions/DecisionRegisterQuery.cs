using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>
/// The decision register: every final findings and opinion (each revision), newest first, filtered and
/// paged in the database. At most six commands per page whatever the register's size: count (up to the count limit,
/// see <see cref="DecisionRegisterOptions"/>), page (names and forms joined in), code-list labels, and the authors'
/// picker (the accounts counted, then those listed or found, then the chosen one if the search left it out).
/// </summary>
public sealed class DecisionRegisterQuery(AppDbContext db, DecisionRegisterSource source, CaseworkerOptionsQuery authors, IOptions<DecisionRegisterOptions> options)
{
    public async Task<DecisionRegisterViewModel> GetAsync(DecisionRegisterFilter filter, ClaimsPrincipal user, CancellationToken ct)
    {
        var query = source.Final(filter, user);
        var count = await CappedCount.CountAsync(query, options.Value.CountLimit, ct);
        filter.Page = Math.Clamp(filter.Page, 1, count.Pages(DecisionRegisterFilter.PageSize));
        var rows = await DecisionRegisterSource.Newest(query)
            .Skip((filter.Page - 1) * DecisionRegisterFilter.PageSize)
            .Take(count.OnPage(filter.Page, DecisionRegisterFilter.PageSize))
            .Select(f => new DecisionRegisterRow(
                f.CaseId,
                db.Cases.Where(c => c.Id == f.CaseId).Select(c => c.Code).First(),
                f.Decision!.Value,
                f.ExploitationForms.OrderBy(e => e.Code).Select(e => e.Code).ToList(),
                f.DecidedOn!.Value,
                f.Revision,
                db.Findings.Where(n => n.SupersedesId == f.Id && n.Status == FindingsStatus.Final).Select(n => (int?)n.Revision).FirstOrDefault(),
                db.Users.Where(u => u.Id == f.FirstAuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                db.Users.Where(u => u.Id == f.SecondAuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Users.Where(u => u.Id == f.ApprovedBy).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);

        // Retired code-list values stay in the labels: old decisions still name them.
        var language = Cultures.ToUiLanguage(CultureInfo.CurrentUICulture);
        var labels = await db.CodeListItems.AsNoTracking()
            .Where(x => x.List == DecisionRegisterSource.DecisionList || x.List == DecisionRegisterSource.FormList)
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Code)
            .Select(x => new
            {
                x.List,
                Option = new CodeListOption(x.Code, language == UiLanguage.Cyrillic ? x.LabelCyrillic : language == UiLanguage.English ? x.LabelEnglish : x.LabelLatin),
            })
            .ToListAsync(ct);
        var outcomes = Enum.GetNames<IdentificationDecision>()
            .Select(code => labels.FirstOrDefault(l => l.List == DecisionRegisterSource.DecisionList && l.Option.Code == code)?.Option ?? new CodeListOption(code, code))
            .ToList();
        var forms = labels.Where(l => l.List == DecisionRegisterSource.FormList).Select(l => l.Option).ToList();
        // Who writes findings: caseworkers and coordinators, disabled accounts included (they wrote older decisions).
        var writers = await authors.PickAsync(filter.AuthorFind, [filter.Author], ct, [Roles.Caseworker, Roles.Coordinator], withDisabled: true);
        filter.Choices = new DecisionFilterChoices(outcomes, forms, writers);
        return new DecisionRegisterViewModel(filter, rows, count);
    }
}
