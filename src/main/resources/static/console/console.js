// Keeps the parts of a page marked data-live current while a run or catch-up goes on: each
// fetches its fragment (the attribute's URL) every second and replaces itself with it. The
// fragment the server sends once the work has ended has no data-live; then the page reloads
// once, so its buttons match the new state. Plain script: no library, no build step.
(function () {
    'use strict';
    var EVERY_MS = 1000;

    function poll(element) {
        var url = element.getAttribute('data-live');
        window.setTimeout(function () {
            fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
                .then(function (response) {
                    // An expired session answers with the sign-in page: show it whole.
                    if (response.redirected || !response.ok) {
                        throw new Error('status ' + response.status);
                    }
                    return response.text();
                })
                .then(function (html) {
                    var template = document.createElement('template');
                    template.innerHTML = html.trim();
                    var fresh = template.content.firstElementChild;
                    if (!fresh) {
                        throw new Error('empty fragment');
                    }
                    element.replaceWith(fresh);
                    if (fresh.hasAttribute('data-live')) {
                        poll(fresh);
                    } else {
                        window.location.reload();
                    }
                })
                .catch(function () {
                    window.location.reload();
                });
        }, EVERY_MS);
    }

    document.querySelectorAll('[data-live]').forEach(poll);
})();
