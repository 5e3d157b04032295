// The print view's "Imprimer" button opens the browser's print dialog. Without JavaScript the
// button does nothing and the browser's own print command works the same.
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
