using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Features.Shared.People;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>
/// A person's request for the data the Centre holds about them (GDPR and ZZPL's right of access), answered by
/// management: find the person with the existing search (a POST: names never travel in an address; the search is
/// audited, its terms are not), then export everything about them as one PDF with the request as the recorded reason.
/// </summary>
[Authorize(Policy = Policies.SubjectAccess)]
public sealed class SubjectAccessController(FormPost post) : Controller
{
    /// <summary>The audit entity type of a subject-access search (not about one record: its id is empty).</summary>
    public const string SearchAuditType = "SubjectAccess.Search";

    private const string SearchPrefix = nameof(SubjectSearchPage.Search);
    private const string ExportPrefix = nameof(SubjectPersonPage.Export);

    [HttpGet]
    public IActionResult Index() => View(new SubjectSearchPage(new PersonSearchForm(), null));

    [HttpPost]
    public Task<IActionResult> Index(
        [Bind(Prefix = SearchPrefix)] PersonSearchForm form,
        [FromServices] IValidator<PersonSearchForm> validator,
        [FromServices] PersonMatchQuery matches,
        [FromServices] AuditTrail audit,
        CancellationToken ct)
    {
        IActionResult? page = null;
        return post.EndAsync(this, form, validator,
            async f =>
            {
                var found = await matches.FindAsync(new PersonSearchTerms(f.Name, CentreClock.TryParseDate(f.DateOfBirth, out var born) ? born : null), ct);
                await audit.RecordAsync(AuditAction.Searched, SearchAuditType, Guid.Empty, ct: ct);
                page = View(new SubjectSearchPage(f, found));
                return ChangeResult.Done;
            },
            new("SubjectAccess.Searched",
                Done: _ => page!,
                Again: _ => Task.FromResult<IActionResult>(View(new SubjectSearchPage(form, null))),
                Prefix: SearchPrefix), ct);
    }

    [HttpGet("SubjectAccess/{personId:guid}")]
    public Task<IActionResult> Person(Guid personId, [FromServices] SubjectPersonQuery query, CancellationToken ct) =>
        PersonPageAsync(personId, new SubjectExportForm(), query, ct);

    [HttpPost("SubjectAccess/{personId:guid}/Export")]
    public Task<IActionResult> Export(
        Guid personId,
        [Bind(Prefix = ExportPrefix)] SubjectExportForm form,
        [FromServices] IValidator<SubjectExportForm> validator,
        [FromServices] ExportSubjectRecordHandler handler,
        [FromServices] SubjectPersonQuery query,
        CancellationToken ct)
    {
        SubjectFile? file = null;
        return post.EndAsync(this, form, validator,
            async f =>
            {
                (var result, file) = await handler.HandleAsync(personId, f, ct);
                return result;
            },
            new("SubjectAccess.Exported",
                Done: _ => File(file!.Content, "application/pdf", file.Name),
                Again: _ => PersonPageAsync(personId, form, query, ct),
                Prefix: ExportPrefix), ct);
    }

    private async Task<IActionResult> PersonPageAsync(Guid personId, SubjectExportForm form, SubjectPersonQuery query, CancellationToken ct) =>
        await query.GetAsync(personId, form, ct) is { } page ? View(nameof(Person), page) : NotFound();
}
