/*
 * Asks before destructive actions: any button or link with a data-confirm attribute asks the question it
 * holds, and does nothing if the person says no. The question comes from the page, in its language.
 */
document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
