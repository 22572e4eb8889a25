using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using Lists = TraffickingCare.Web.Features.Cases.CaseStatistics.CaseStatisticsCodeLists;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>The profile and exploitation of a case: the edit pages (for those who may change the case) and the read panel.</summary>
public sealed class CaseStatisticsQuery(CaseAccess access, CodeListOptionsQuery options)
{
    public Task<CaseStatisticsPage<CaseProfileForm>?> ProfilePageAsync(Guid id, ClaimsPrincipal user, CancellationToken ct) =>
        PageAsync(id, user, ProfileForm, ct);

    public Task<CaseStatisticsPage<CaseExploitationForm>?> ExploitationPageAsync(Guid id, ClaimsPrincipal user, CancellationToken ct) =>
        PageAsync(id, user, ExploitationForm, ct);

    /// <summary>An edit page: the case through the access rule, its form, and the lists the form offers (in one query).</summary>
    private async Task<CaseStatisticsPage<TForm>?> PageAsync<TForm>(
        Guid id, ClaimsPrincipal user, Func<CaseFile, CaseHeldCodes, (TForm Form, (string List, IEnumerable<string> Keep)[] Lists)> build, CancellationToken ct)
    {
        var file = await EditableAsync(id, user, ct);
        if (file is null)
        {
            return null;
        }

        var (form, wanted) = build(file, Held(file));
        return new CaseStatisticsPage<TForm>(file.Id, file.Code, form, await options.GetManyAsync(wanted, ct));
    }

    private static (CaseProfileForm, (string, IEnumerable<string>)[]) ProfileForm(CaseFile file, CaseHeldCodes held)
    {
        var profile = file.Profile;
        var form = new CaseProfileForm
        {
            Version = file.Version,
            SexCode = profile.SexCode,
            Age = profile.AgeAtExploitation?.ToString(CultureInfo.InvariantCulture),
            CitizenshipCode = profile.CitizenshipCode,
            EducationCode = profile.EducationCode,
            MaritalStatusCode = profile.MaritalStatusCode,
            ResidenceMunicipalityCode = profile.ResidenceMunicipalityCode,
            FurtherCitizenships = [.. file.CodesOf(CaseCodeFields.FurtherCitizenship)],
            Languages = [.. file.CodesOf(CaseCodeFields.Language)],
            Vulnerabilities = [.. file.CodesOf(CaseCodeFields.Vulnerability)],
            Held = held,
        };
        return (form,
        [
            (Lists.Sex, CaseHeldCodes.One(profile.SexCode)),
            (Lists.Citizenship, CaseHeldCodes.One(profile.CitizenshipCode).Concat(held.Several[CaseCodeFields.FurtherCitizenship])),
            (Lists.Education, CaseHeldCodes.One(profile.EducationCode)),
            (Lists.MaritalStatus, CaseHeldCodes.One(profile.MaritalStatusCode)),
            (Lists.Municipality, CaseHeldCodes.One(profile.ResidenceMunicipalityCode)),
            (Lists.Language, held.Several[CaseCodeFields.Language]),
            (Lists.Vulnerability, held.Several[CaseCodeFields.Vulnerability]),
        ]);
    }

    private static (CaseExploitationForm, (string, IEnumerable<string>)[]) ExploitationForm(CaseFile file, CaseHeldCodes held)
    {
        var exploitation = file.Exploitation;
        var form = new CaseExploitationForm
        {
            Version = file.Version,
            IsTransnational = exploitation.IsTransnational,
            Types = [.. file.CodesOf(CaseCodeFields.ExploitationType)],
            Countries = [.. file.CodesOf(CaseCodeFields.ExploitationCountry)],
            MunicipalityCode = exploitation.MunicipalityCode,
            From = exploitation.From is { } from ? CentreClock.FormatDate(from) : null,
            To = exploitation.To is { } to ? CentreClock.FormatDate(to) : null,
            RecruitmentMethodCode = exploitation.RecruitmentMethodCode,
            RelationshipToTraffickerCode = exploitation.RelationshipToTraffickerCode,
            MethodsOfControl = [.. file.CodesOf(CaseCodeFields.MethodOfControl)],
            Held = held,
        };
        return (form,
        [
            (Lists.ExploitationType, held.Several[CaseCodeFields.ExploitationType]),
            (Lists.Citizenship, held.Several[CaseCodeFields.ExploitationCountry]),
            (Lists.Municipality, CaseHeldCodes.One(exploitation.MunicipalityCode)),
            (Lists.RecruitmentMethod, CaseHeldCodes.One(exploitation.RecruitmentMethodCode)),
            (Lists.RelationshipToTrafficker, CaseHeldCodes.One(exploitation.RelationshipToTraffickerCode)),
            (Lists.MethodOfControl, held.Several[CaseCodeFields.MethodOfControl]),
        ]);
    }

    /// <summary>The read panel of a case already loaded (with its code rows) through <see cref="CaseAccess"/>.</summary>
    public async Task<CaseStatisticsPanel> PanelAsync(CaseFile file, CancellationToken ct)
    {
        var profile = file.Profile;
        var exploitation = file.Exploitation;
        var several = CaseCodeFields.All.SelectMany(f => file.CodesOf(f).Select(c => (List: Lists.For(f), Code: c)));
        var single = new (string List, string? Code)[]
        {
            (Lists.Sex, profile.SexCode), (Lists.Citizenship, profile.CitizenshipCode), (Lists.Education, profile.EducationCode),
            (Lists.MaritalStatus, profile.MaritalStatusCode), (Lists.Municipality, profile.ResidenceMunicipalityCode),
            (Lists.Municipality, exploitation.MunicipalityCode), (Lists.RecruitmentMethod, exploitation.RecruitmentMethodCode),
            (Lists.RelationshipToTrafficker, exploitation.RelationshipToTraffickerCode),
        };
        var wanted = single.Where(x => x.Code is not null).Select(x => (x.List, Code: x.Code!)).Concat(several).ToList();
        var labels = await options.GetLabelsAsync(wanted.Select(x => x.List).Distinct().ToList(), wanted.Select(x => x.Code).Distinct().ToList(), ct);

        string? Label(string list, string? code) => code is null ? null : labels.GetValueOrDefault((list, code)) ?? code;
        IReadOnlyList<string> All(string field) => file.CodesOf(field).Select(c => Label(Lists.For(field), c)!).ToList();

        return new CaseStatisticsPanel(
            Label(Lists.Sex, profile.SexCode),
            profile.AgeAtExploitation,
            file.IsChildAtExploitation,
            Label(Lists.Citizenship, profile.CitizenshipCode),
            All(CaseCodeFields.FurtherCitizenship),
            Label(Lists.Education, profile.EducationCode),
            Label(Lists.MaritalStatus, profile.MaritalStatusCode),
            Label(Lists.Municipality, profile.ResidenceMunicipalityCode),
            All(CaseCodeFields.Language),
            All(CaseCodeFields.Vulnerability),
            exploitation.IsTransnational,
            All(CaseCodeFields.ExploitationType),
            All(CaseCodeFields.ExploitationCountry),
            Label(Lists.Municipality, exploitation.MunicipalityCode),
            exploitation.From,
            exploitation.To,
            Label(Lists.RecruitmentMethod, exploitation.RecruitmentMethodCode),
            Label(Lists.RelationshipToTrafficker, exploitation.RelationshipToTraffickerCode),
            All(CaseCodeFields.MethodOfControl));
    }

    public async Task<CaseStatisticsPanel?> SavedPanelAsync(Guid id, ClaimsPrincipal user, CancellationToken ct) =>
        await EditableAsync(id, user, ct) is { } file ? await PanelAsync(file, ct) : null;

    private static CaseHeldCodes Held(CaseFile file) =>
        new(file.Profile, file.Exploitation, file.CodeListValues.Where(v => !v.IsDeleted).ToLookup(v => v.Field, v => v.Code));

    private Task<CaseFile?> EditableAsync(Guid id, ClaimsPrincipal user, CancellationToken ct) =>
        access.Editable(user).AsNoTracking().Include(c => c.CodeListValues).SingleOrDefaultAsync(c => c.Id == id, ct);
}
