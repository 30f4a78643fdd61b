/*
 * Keeps a copy of the minutes' discussions in this browser while they are written, so that nothing typed is lost
 * when the session expires or the connection drops before the next automatic save. The copy is taken half a
 * second after each change. When the page opens with a copy that differs from what the server has, the box
 * #local-backup offers it back ("Rétablir") or lets it go ("Ignorer"); a copy equal to the saved text is dropped
 * silently. The box carries the draft's id (data-draft): each draft has its own copy.
 */
(function () {
    'use strict';
    var box = document.getElementById('local-backup');
    if (!box || !window.localStorage) {
        return;
    }
    var key = 'interactifs.minutes.' + box.getAttribute('data-draft');

    function editorElements() {
        return Array.prototype.slice.call(document.querySelectorAll('.minutes-section .ql-editor'));
    }

    /** The Quill editor (PrimeFaces' TextEditor widget) that holds this editing area. */
    function quillOf(element) {
        var widgets = window.PrimeFaces ? PrimeFaces.widgets : {};
        for (var name in widgets) {
            var widget = widgets[name];
            if (widget && widget.editor && widget.jq && widget.jq[0] && widget.jq[0].contains(element)) {
                return widget.editor;
            }
        }
        return null;
    }

    function current() {
        return editorElements().map(function (element) { return element.innerHTML; });
    }

    function keep() {
        try {
            localStorage.setItem(key, JSON.stringify({ at: Date.now(), sections: current() }));
        } catch (full) {
            // Storage full or refused: the automatic save on the server still runs.
        }
    }

    var timer = null;
    function keepSoon(event) {
        if (event.target && event.target.closest && event.target.closest('.minutes-section')) {
            clearTimeout(timer);
            timer = setTimeout(keep, 500);
        }
    }
    document.addEventListener('input', keepSoon, true);
    document.addEventListener('keyup', keepSoon, true);

    function restore(sections) {
        editorElements().forEach(function (element, index) {
            if (sections[index] === undefined) {
                return;
            }
            var quill = quillOf(element);
            if (quill) {
                quill.setContents([]);
                quill.clipboard.dangerouslyPasteHTML(0, sections[index], 'user');
            } else {
                element.innerHTML = sections[index];
            }
        });
    }

    var saved = null;
    try {
        saved = JSON.parse(localStorage.getItem(key));
    } catch (unreadable) {
        localStorage.removeItem(key);
    }
    if (!saved || !saved.sections) {
        return;
    }
    // The editors fill themselves once their widgets start: compare after that.
    window.addEventListener('load', function () {
        var now = current();
        var differs = saved.sections.some(function (html, index) {
            var empty = !html || html === '<p><br></p>';
            return !empty && html !== now[index];
        });
        if (!differs) {
            localStorage.removeItem(key);
            return;
        }
        var when = new Date(saved.at);
        box.querySelector('.local-backup-time').textContent =
            when.toLocaleTimeString(document.documentElement.lang || 'fr', { hour: '2-digit', minute: '2-digit' });
        box.hidden = false;
        box.querySelector('.local-backup-restore').addEventListener('click', function () {
            restore(saved.sections);
            box.hidden = true;
        });
        box.querySelector('.local-backup-ignore').addEventListener('click', function () {
            localStorage.removeItem(key);
            box.hidden = true;
        });
    });
})();
