// Write-up form: Markdown preview through the site's own safe renderer, and départements
// narrowed to the chosen région. The form works without this script.
(function () {
    "use strict";
    var form = document.querySelector("form.initiative-form");
    if (!form) { return; }
    var token = form.querySelector("input[name='__RequestVerificationToken']");

    form.querySelectorAll(".preview-button").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var source = document.getElementById(button.dataset.source);
            var target = document.getElementById(button.dataset.source + "-preview");
            var body = new FormData();
            body.append("markdownText", source.value);
            if (token) { body.append("__RequestVerificationToken", token.value); }
            fetch("/fiches/apercu", { method: "POST", body: body, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
                .then(function (html) {
                    // The server renders with raw HTML disabled and safe link schemes only.
                    target.innerHTML = html || "<p>(vide)</p>";
                    target.hidden = false;
                })
                .catch(function () {
                    target.textContent = "Aperçu indisponible.";
                    target.hidden = false;
                });
        });
    });

    // "Retirer" empties a partner, funder or link row and hides it: empty rows are not saved.
    form.querySelectorAll(".remove-row").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var row = button.closest(".row-item");
            row.querySelectorAll("input").forEach(function (input) { input.value = ""; });
            row.querySelectorAll("select").forEach(function (select) { select.value = ""; });
            row.hidden = true;
        });
    });

    var region = document.getElementById("RegionCode");
    var departement = document.getElementById("DepartementCode");
    function narrow() {
        departement.querySelectorAll("optgroup").forEach(function (group) {
            var match = !region.value || group.dataset.region === region.value;
            group.hidden = !match;
            group.disabled = !match;
        });
        var selected = departement.selectedOptions[0];
        if (selected && selected.parentElement.tagName === "OPTGROUP" && selected.parentElement.disabled) {
            departement.value = "";
        }
    }
    if (region && departement) {
        region.addEventListener("change", narrow);
        narrow();
    }
})();
