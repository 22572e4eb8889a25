// Move focus to the error summary after a refused form post, so keyboard and screen-reader users hear it.
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.getElementById("form-errors");
    if (summary) {
        summary.focus();
    }
});
