/*
 * Keeps a copy of the minutes' discussions in this browser while they are written, so that nothing typed is lost
 * when the session expires or the connection drops before the next automatic save. The copy is taken half a
 * second after each change. When the page opens with a copy whose text differs from what the server has, the box
 * #local-backup offers it back ("Rétablir") or lets it go ("Ignorer"), saying when the copy was taken and when the
 * server last saved (data-server-saved, shown as written in data-server-saved-text); a copy with the same text
 * is dropped silently. Texts are compared as the editor shows them, without attributes, blank paragraphs nor
 * spacing: the server's sanitiser rewrites the editor's markup without changing the text (the copy was offered
 * again right after "Soumettre aux participants"). The box carries the draft's id (data-draft): each draft has
 * its own copy.
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

    /** A discussion as a reader sees it: its elements and text, without attributes, blank paragraphs nor spacing. */
    function comparable(html) {
        var copy = document.createElement('div');
        copy.innerHTML = html || '';
        Array.prototype.forEach.call(copy.querySelectorAll('*'), function (element) {
            while (element.attributes.length > 0) {
                element.removeAttribute(element.attributes[0].name);
            }
        });
        return copy.innerHTML.replace(/<p><br><\/p>/g, '').replace(/&nbsp;|\s+/g, ' ')
            .replace(/ ?(<[^>]+>) ?/g, '$1').trim();
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
    /**
     * Calls back once every section's editor has started (PrimeFaces starts them after the page's load, and fills
     * them with the server's text as they start); never when the page has no editor (the draft is no longer
     * editable here): the copy then waits. Comparing before they started compared with nothing, so that any copy
     * was offered, even the server's own text.
     */
    function whenEditorsStarted(callback, attempts) {
        var sections = document.querySelectorAll('.minutes-section').length;
        if (sections > 0 && editorElements().length >= sections) {
            callback();
        } else if (attempts > 0) {
            setTimeout(function () { whenEditorsStarted(callback, attempts - 1); }, 200);
        }
    }

    window.addEventListener('load', function () {
        whenEditorsStarted(offer, 100);
    });

    function offer() {
        var now = current();
        var differs = saved.sections.some(function (html, index) {
            return index < now.length && comparable(html) !== '' && comparable(html) !== comparable(now[index]);
        });
        if (!differs) {
            localStorage.removeItem(key);
            return;
        }
        box.querySelector('.local-backup-time').textContent = new Date(saved.at).toLocaleString(
            document.documentElement.lang || 'fr',
            { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
        box.hidden = false;
        box.querySelector('.local-backup-restore').addEventListener('click', function () {
            restore(saved.sections);
            box.hidden = true;
        });
        box.querySelector('.local-backup-ignore').addEventListener('click', function () {
            localStorage.removeItem(key);
            box.hidden = true;
        });
    }
})();
