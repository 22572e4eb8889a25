using Microsoft.AspNetCore.Mvc.ModelBinding;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.UnitTests.Mvc;

/// <summary>A form's rows posted by position and shown again by id: each error follows its row, a gone row's to the summary.</summary>
public sealed class ModelStateRowsTests
{
    [Fact]
    public void Each_row_s_values_and_errors_move_to_where_its_id_is_now_and_a_gone_row_s_errors_go_above_the_form()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Form.Notes[0].Text", "prvi", "prvi");
        state.AddModelError("Form.Notes[0].Text", "predugo A");
        state.AddModelError("Form.Notes[2].Text", "predugo C");
        state.SetModelValue("Form.Notes[1].Text", "drugi", "drugi");
        state.AddModelError("Form.Conclusions", "ostaje");

        // Posted A, B, C; now a new row X comes first and A is gone.
        state.MoveRows("Form.Notes", ["A", "B", "C"], ["X", "B", "C"]);

        Assert.Equal(["predugo C"], state["Form.Notes[2].Text"]!.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["predugo A"], state[string.Empty]!.Errors.Select(e => e.ErrorMessage));
        Assert.Equal("drugi", state["Form.Notes[1].Text"]!.AttemptedValue);
        Assert.Null(state["Form.Notes[2].Text"]!.AttemptedValue);

        // The new row shows what the page holds for it, not A's text posted at its position.
        Assert.False(state.ContainsKey("Form.Notes[0].Text"));
        Assert.Equal(["ostaje"], state["Form.Conclusions"]!.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Rows_shifted_by_one_put_each_error_one_row_down()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Form.Participants[0].Attendance", "1o", "1o");
        state.AddModelError("Form.Participants[0].Attendance", "nepoznato");
        state.SetModelValue("Form.Participants[1].Attendance", "Present", "Present");
        state.MarkFieldValid("Form.Participants[1].Attendance");

        state.MoveRows("Form.Participants", [7, 8], [6, 7, 8]);

        Assert.Equal(["nepoznato"], state["Form.Participants[1].Attendance"]!.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(("1o", "Present"), (state["Form.Participants[1].Attendance"]!.AttemptedValue, state["Form.Participants[2].Attendance"]!.AttemptedValue));
        Assert.False(state.ContainsKey("Form.Participants[0].Attendance"));
        Assert.Equal(ModelValidationState.Valid, state["Form.Participants[2].Attendance"]!.ValidationState);
    }
}
