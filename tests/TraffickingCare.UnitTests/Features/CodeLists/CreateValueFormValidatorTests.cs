using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.CodeLists;

namespace TraffickingCare.UnitTests.Features.CodeLists;

public sealed class CreateValueFormValidatorTests
{
    private readonly CreateValueFormValidator _validator = new(new KeyLocalizer());

    [Fact]
    public void A_complete_new_value_is_valid()
    {
        Assert.True(_validator.Validate(Valid()).IsValid);
    }

    [Theory]
    [InlineData("Ženski")]
    [InlineData("two words")]
    [InlineData("a.b")]
    [InlineData("Шифра")]
    public void A_code_outside_ASCII_letters_digits_hyphen_and_underscore_is_refused(string code)
    {
        var form = Valid();
        form.Code = code;

        var error = Assert.Single(_validator.Validate(form).Errors);

        Assert.Equal(nameof(CreateValueForm.Code), error.PropertyName);
        Assert.Equal("CodeLists.Errors.CodeFormat", error.ErrorMessage);
    }

    [Fact]
    public void An_empty_code_is_reported_once_as_required()
    {
        var form = Valid();
        form.Code = string.Empty;

        Assert.Equal("Validation.Required", Assert.Single(_validator.Validate(form).Errors).ErrorMessage);
    }

    [Theory]
    [InlineData(nameof(CreateValueForm.LabelLatin))]
    [InlineData(nameof(CreateValueForm.LabelCyrillic))]
    [InlineData(nameof(CreateValueForm.LabelEnglish))]
    public void A_label_is_required_in_each_of_the_three_languages(string field)
    {
        var form = Valid();
        typeof(CreateValueForm).GetProperty(field)!.SetValue(form, "  ");

        var error = Assert.Single(_validator.Validate(form).Errors);

        Assert.Equal(field, error.PropertyName);
        Assert.Equal("Validation.Required", error.ErrorMessage);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(CodeListValueFieldsValidator<CreateValueForm>.MaxSortOrder + 1)]
    public void A_sort_order_out_of_range_is_refused(int sortOrder)
    {
        var form = Valid();
        form.SortOrder = sortOrder;

        Assert.Equal("CodeLists.Errors.SortOrderRange", Assert.Single(_validator.Validate(form).Errors).ErrorMessage);
    }

    [Fact]
    public void An_edit_without_the_version_it_started_from_is_refused()
    {
        var validator = new EditValueFormValidator(new KeyLocalizer());
        var form = new EditValueForm { LabelLatin = "Pratnja", LabelCyrillic = "Пратња", LabelEnglish = "Escort", SortOrder = 10, Version = 0 };

        Assert.Equal("Common.ConcurrencyConflict", Assert.Single(validator.Validate(form).Errors).ErrorMessage);
    }

    private static CreateValueForm Valid() => new()
    {
        List = "Language",
        Code = "fin",
        LabelLatin = "Finski",
        LabelCyrillic = "Фински",
        LabelEnglish = "Finnish",
        SortOrder = 260,
    };
}
