// Tells the user before uploading that a file is over the size limit (data-max-bytes), with the message the server
// rendered in her language (data-too-large), and keeps such a form from being sent. The server checks the size again
// either way, and without JavaScript it alone does.
(() => {
    const inputs = document.querySelectorAll("input[type=file][data-max-bytes]");
    inputs.forEach((input) => {
        const max = Number(input.dataset.maxBytes);
        const message = input.form.querySelector(`[data-valmsg-for="${input.name}"]`);

        const fits = () => {
            const file = input.files && input.files[0];
            const tooLarge = Boolean(file) && max > 0 && file.size > max;
            if (tooLarge) {
                input.dataset.sizeRefused = "true";
                input.setAttribute("aria-invalid", "true");
                input.classList.add("is-invalid");
                message.textContent = input.dataset.tooLarge;
            } else if (input.dataset.sizeRefused) {
                // Only what this script said is taken back; a message from the server stays until the next post.
                delete input.dataset.sizeRefused;
                input.removeAttribute("aria-invalid");
                input.classList.remove("is-invalid");
                message.textContent = "";
            }

            return !tooLarge;
        };

        input.addEventListener("change", fits);
        input.form.addEventListener("submit", (event) => {
            if (!fits()) {
                event.preventDefault();
                input.focus();
            }
        });
    });
})();
