// Move focus to the error summary after a refused form post, so keyboard and screen-reader users hear it.
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.getElementById("form-errors");
    if (summary) {
        summary.focus();
    }
});

// Enter in a form that embeds a search (a large directory found by name, inside [data-find]): in the search box it
// searches; in any other text field it submits the form with its own button ([data-default-submit]), as Enter does
// in a form without a search (a checkbox, a list or a date picker keeps the browser's own Enter). The search comes
// first in the form, so without this script Enter searches from any field: the form comes back as typed and nothing
// is saved, never the other way round (a half-typed search saved as the record).
document.addEventListener("keydown", (event) => {
    const field = event.target;
    if (event.key !== "Enter" || event.defaultPrevented || event.isComposing
        || !(field instanceof HTMLInputElement) || !field.form
        || !["text", "search", "number", "email", "tel", "url", "password"].includes(field.type)) {
        return;
    }

    const search = field.closest("[data-find]");
    const button = search
        ? search.querySelector("[data-find-submit]")
        : field.form.querySelector("[data-find]") && field.form.querySelector("[data-default-submit]");
    if (button) {
        event.preventDefault();
        field.form.requestSubmit(button);
    }
});
