using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Services;

/// <summary>
/// A case's services filtered and paged in SQL (index CaseId, On), for anyone who sees the case; the note only for
/// those who work on it (management reads notes on the case page, after giving a reason). Null when out of reach.
/// </summary>
public sealed class ServicesPageQuery(AppDbContext db, CaseAccess access, CodeListOptionsQuery codes, StaffOrPartnerOptionsQuery givers, ServiceRows rows, CentreClock clock)
{
    /// <param name="typed">The form as posted, when the page shows it again (a partner search, a refusal): its partner stays offered.</param>
    /// <param name="heldType">The type of the service the form corrects or amends: offered even when retired.</param>
    public async Task<ServicesPage?> GetAsync(Guid caseId, ServicesFilter filter, ClaimsPrincipal user, CancellationToken ct, ServiceForm? typed = null, string? heldType = null)
    {
        var file = await access.Visible(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Code, c.AnonymisedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        // Found through the access rule: whether the user may change it and reads its story follow without a query.
        var canEdit = CaseAccess.MayEditVisible(user, file.AnonymisedAtUtc);
        var showsStory = CaseAccess.WorksOnVisible(user);

        var services = db.CaseServices.AsNoTracking().Where(s => s.CaseId == caseId);
        if (!string.IsNullOrEmpty(filter.Type))
        {
            services = services.Where(s => s.TypeCode == filter.Type);
        }

        if (CentreClock.TryParseDate(filter.From, out var from))
        {
            services = services.Where(s => s.On >= from);
        }

        if (CentreClock.TryParseDate(filter.To, out var to))
        {
            services = services.Where(s => s.On <= to);
        }

        if (StaffOrPartnerValue.TryParse(filter.GivenBy, out var by))
        {
            services = by.UserId is { } userId ? services.Where(s => s.GivenByUserId == userId) : services.Where(s => s.GivenByPartnerId == by.PartnerId);
        }

        var total = await services.CountAsync(ct);
        var pages = Math.Max(1, (total + ServicesFilter.PageSize - 1) / ServicesFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var types = await codes.GetAsync(ServiceForm.TypeList, keep: heldType ?? typed?.HeldTypeCode, ct: ct);
        var options = await givers.ForCaseAsync(caseId, ServiceGivers.Recorded(db, caseId), ct, typed?.PartnerFind, [typed?.GivenBy, filter.GivenBy]);
        var list = await rows.ListAsync(
            services.OrderByDescending(s => s.On).ThenByDescending(s => s.WrittenAtUtc).Skip((page - 1) * ServicesFilter.PageSize).Take(ServicesFilter.PageSize),
            showsStory, user, clock.UtcNow, ct);
        var entry = new ServiceEntry(caseId, typed ?? NewForm(options, user), types, options);
        return new ServicesPage(caseId, file.Code, canEdit, showsStory, filter, list, total, new Pager(page, pages), entry);
    }

    /// <summary>The type a service of the case holds now (the one a form corrects or amends); null for a new service. See <see cref="ServiceForm.HeldTypeCode"/>.</summary>
    public async Task<string?> HeldTypeAsync(Guid caseId, Guid? serviceId, CancellationToken ct) =>
        serviceId is { } id ? await db.CaseServices.Where(s => s.Id == id && s.CaseId == caseId).Select(s => s.TypeCode).SingleOrDefaultAsync(ct) : null;

    /// <summary>A new service: today, given by the user when they are on the staff list.</summary>
    public ServiceForm NewForm(StaffOrPartnerOptions options, ClaimsPrincipal user)
    {
        var me = StaffOrPartnerValue.OfUser(user.GetUserId());
        return new ServiceForm { On = CentreClock.FormatDate(clock.Today), GivenBy = options.Staff.Any(o => o.Code == me) ? me : null };
    }

    /// <summary>One service of a case the user sees, for its own page (correction or amendment).</summary>
    public async Task<ServiceEditPage?> GetOneAsync(Guid caseId, Guid serviceId, ClaimsPrincipal user, CancellationToken ct, ServiceForm? typed = null)
    {
        var service = await db.CaseServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId && s.CaseId == caseId, ct);
        var page = service is null ? null : await GetAsync(caseId, new ServicesFilter { Page = 1 }, user, ct, typed, service.TypeCode);
        if (page is null || service is null)
        {
            return null;
        }

        var row = (await rows.ListAsync(db.CaseServices.AsNoTracking().Where(s => s.Id == serviceId), page.ShowsStory, user, clock.UtcNow, ct))[0];
        var form = new ServiceForm
        {
            TypeCode = service.TypeCode,
            On = CentreClock.FormatDate(service.On),
            DurationMinutes = service.DurationMinutes,
            GivenBy = StaffOrPartnerValue.Of(service.GivenByUserId, service.GivenByPartnerId),
            Note = page.ShowsStory ? service.Note : null,
            Version = service.Version,
        };
        if (!row.CanCorrect)
        {
            // Past its 24 hours (or not the user's): what can follow is an amendment, a new service pointing here.
            form.AmendsServiceId = serviceId;
            form.Version = 0;
        }

        return new ServiceEditPage(page.CaseCode, page.CanEdit, row, page.Entry with { ServiceForm = form, CorrectsServiceId = row.CanCorrect ? serviceId : null });
    }
}
