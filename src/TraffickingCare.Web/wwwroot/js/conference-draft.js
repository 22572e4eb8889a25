// Saves the run page of a case conference as a draft on the server while people type: a moment after typing stops,
// and when the page is hidden or left. It posts the form as it is (with its antiforgery token and version) to
// data-draft-url, writes the new version the server answers back into the form, and shows the server's status line
// (in the user's language) in the element data-draft-status names. A page older than the saved conference is refused (409): the
// message says so and no further draft is sent, so nobody's text is saved over. Without JavaScript the Save button
// posts the same form.
(() => {
    const form = document.querySelector("form[data-draft-url]");
    if (!form) {
        return;
    }

    const status = document.getElementById(form.dataset.draftStatus);
    const version = form.querySelector("input[name='Form.Version']");
    const quietMs = 2000;
    let timer = 0;
    let dirty = false;
    let refused = false;
    let done = false;
    let saving = null;

    const show = (text, problem) => {
        status.textContent = text || form.dataset.draftFailed;
        status.classList.toggle("text-danger", problem);
        status.classList.toggle("text-muted", !problem);
    };

    const send = (leaving) => {
        dirty = false;
        const body = new URLSearchParams(new FormData(form));
        return fetch(form.dataset.draftUrl, {
            method: "POST",
            body,
            credentials: "same-origin",
            headers: { Accept: "application/json" },
            keepalive: leaving,
        }).then(async (response) => {
            const answer = await response.json().catch(() => ({}));
            if (response.ok) {
                version.value = answer.version;
                show(answer.message, false);
                return;
            }

            if (response.status === 409 || response.status === 422) {
                refused = true;
            } else {
                dirty = true;
            }

            show(answer.message, true);
        }).catch(() => {
            dirty = true;
            show(form.dataset.draftFailed, true);
        });
    };

    // One draft at a time, each with the version the previous one got back; a change typed meanwhile goes next.
    const save = async (leaving) => {
        window.clearTimeout(timer);
        while (saving) {
            await saving;
        }

        if (!dirty || refused || done) {
            return;
        }

        saving = send(leaving).finally(() => {
            saving = null;
        });
        await saving;
    };

    const changed = () => {
        dirty = true;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => save(false), quietMs);
    };

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "hidden") {
            save(true);
        }
    });
    window.addEventListener("pagehide", () => save(true));

    // Save or Close posts the whole form itself; a draft still on its way is waited for, so the form carries its version.
    form.addEventListener("submit", (event) => {
        window.clearTimeout(timer);
        if (saving) {
            event.preventDefault();
            const submitter = event.submitter;
            saving.then(() => form.requestSubmit(submitter));
            return;
        }

        done = true;
    });

    // The action item forms reload the page: what is typed above is saved first. When it cannot be (the server
    // refused the draft, or the connection failed) the reload is not made, so the typed text stays; the status line
    // says why and Save remains the way on.
    document.querySelectorAll("form[data-draft-flush]").forEach((other) => {
        other.addEventListener("submit", (event) => {
            if (refused) {
                event.preventDefault();
                status.scrollIntoView({ block: "center" });
                return;
            }

            if (done || other.dataset.draftFlushed || (!dirty && !saving)) {
                done = true;
                return;
            }

            event.preventDefault();
            const submitter = event.submitter;
            save(false).then(() => {
                if (!refused && !dirty) {
                    other.dataset.draftFlushed = "true";
                    other.requestSubmit(submitter);
                } else {
                    status.scrollIntoView({ block: "center" });
                }
            });
        });
    });
})();
