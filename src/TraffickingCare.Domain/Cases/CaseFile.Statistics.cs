using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Cases;

/// <summary>The person's non-identifying profile and the exploitation record: what the annual report counts.</summary>
public sealed partial class CaseFile
{
    private readonly List<CaseCodeListValue> codeListValues = [];

    public PersonProfile Profile { get; private set; }

    /// <summary>
    /// Younger than 18 when the exploitation began; null while the age is unknown. Derived from the age,
    /// and stored so that the report can group by it.
    /// </summary>
    public bool? IsChildAtExploitation { get; private set; }

    public ExploitationRecord Exploitation { get; private set; }

    /// <summary>The several-valued fields, removed values included (soft-deleted); <see cref="CodesOf"/> gives the current ones.</summary>
    public IReadOnlyList<CaseCodeListValue> CodeListValues => codeListValues;

    public IReadOnlyList<string> CodesOf(string field) =>
        codeListValues.Where(v => v.Field == field && !v.IsDeleted).Select(v => v.Code).ToList();

    /// <param name="dateOfBirth">From the person's identity record, when known: then the age is computed, not typed.</param>
    public void DescribePerson(PersonProfile profile, IEnumerable<string> languages, IEnumerable<string> vulnerabilities, DateOnly? dateOfBirth, string userId, DateTime utcNow)
    {
        if (profile.AgeAtExploitation is < 0 or > PersonProfile.MaxAge)
        {
            throw new DomainException("Cases.Profile.Errors.AgeInvalid");
        }

        Profile = profile;
        ReplaceCodes(CaseCodeFields.Language, languages, userId, utcNow);
        ReplaceCodes(CaseCodeFields.Vulnerability, vulnerabilities, userId, utcNow);
        SettleAge(dateOfBirth);
    }

    public void RecordExploitation(
        ExploitationRecord exploitation,
        IEnumerable<string> types,
        IEnumerable<string> countries,
        IEnumerable<string> methodsOfControl,
        DateOnly? dateOfBirth,
        DateOnly today,
        string userId,
        DateTime utcNow)
    {
        exploitation.CheckPeriod(today);
        Exploitation = exploitation;
        ReplaceCodes(CaseCodeFields.ExploitationType, types, userId, utcNow);
        ReplaceCodes(CaseCodeFields.ExploitationCountry, countries, userId, utcNow);
        ReplaceCodes(CaseCodeFields.MethodOfControl, methodsOfControl, userId, utcNow);
        SettleAge(dateOfBirth);
    }

    /// <summary>
    /// A known date of birth and start of exploitation decide the age; otherwise the caseworker's
    /// estimate stands. A child is a child by the age when the exploitation began, not by today's age.
    /// </summary>
    public void SettleAge(DateOnly? dateOfBirth)
    {
        if (dateOfBirth is { } dob && Exploitation.From is { } start && start >= dob)
        {
            Profile = Profile with { AgeAtExploitation = PersonProfile.AgeOn(dob, start) };
        }

        IsChildAtExploitation = Profile.AgeAtExploitation is { } age ? age < PersonProfile.AdultAge : null;
    }

    /// <summary>Makes the field hold exactly these codes: new ones are added, dropped ones soft-deleted, kept ones untouched.</summary>
    public void ReplaceCodes(string field, IEnumerable<string> codes, string userId, DateTime utcNow)
    {
        if (!CaseCodeFields.All.Contains(field))
        {
            throw new DomainException("Validation.UnknownOption");
        }

        var wanted = codes.Select(c => Guard.Text(c, CaseCodeListValue.MaxLength, "Validation.UnknownOption")).Distinct(StringComparer.Ordinal).ToList();
        foreach (var value in codeListValues.Where(v => v.Field == field && !v.IsDeleted && !wanted.Contains(v.Code)))
        {
            value.SoftDelete(userId, utcNow);
        }

        var held = CodesOf(field);
        foreach (var code in wanted.Where(c => !held.Contains(c)))
        {
            codeListValues.Add(CaseCodeListValue.Of(Id, field, code));
        }
    }
}
