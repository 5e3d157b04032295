// Région then département: once a région is chosen, the département list shows only its
// départements. Without JavaScript every département stays available (the server checks).
(function () {
    "use strict";
    document.querySelectorAll("select[data-territory='region']").forEach(function (region) {
        var form = region.form;
        var departement = form && form.querySelector("select[data-territory='departement']");
        if (!departement) return;

        function filter() {
            var code = region.value;
            departement.querySelectorAll("optgroup[data-region]").forEach(function (group) {
                var shown = code === "" || group.getAttribute("data-region") === code;
                group.hidden = !shown;
                group.disabled = !shown;
            });
            var selected = departement.selectedOptions[0];
            if (selected && selected.parentElement && selected.parentElement.disabled) departement.value = "";
        }

        region.addEventListener("change", filter);
        filter();
    });
})();
