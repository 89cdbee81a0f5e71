/*
 * Footnote review: j / ArrowDown focuses the next note, k / ArrowUp the previous one; focusing a note scrolls its
 * marker in the text into view and highlights it. Listens on the document, so notes re-rendered by Ajax keep working.
 */
(function () {
    'use strict';

    function notes() {
        return Array.prototype.slice.call(document.querySelectorAll('#note-list > li.note'));
    }

    function typing(target) {
        return target && (/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName) || target.isContentEditable);
    }

    function move(step) {
        var all = notes();
        if (all.length === 0) {
            return;
        }
        var current = document.activeElement ? document.activeElement.closest('#note-list > li.note') : null;
        var index = current ? all.indexOf(current) + step : (step > 0 ? 0 : all.length - 1);
        index = Math.max(0, Math.min(all.length - 1, index));
        all[index].focus();
    }

    document.addEventListener('keydown', function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
            return;
        }
        if (event.key === 'j' || event.key === 'ArrowDown') {
            move(1);
            event.preventDefault();
        } else if (event.key === 'k' || event.key === 'ArrowUp') {
            move(-1);
            event.preventDefault();
        }
    });

    /** Scrolls the text pane, and only it, so that the marker stands in its middle. */
    function showMarker(marker) {
        var pane = document.getElementById('marked-text');
        if (!pane) {
            return;
        }
        var top = marker.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
        pane.scrollTop = Math.max(0, top - pane.clientHeight / 2);
    }

    document.addEventListener('focusin', function (event) {
        var note = event.target.closest ? event.target.closest('#note-list > li.note') : null;
        if (!note) {
            return;
        }
        document.querySelectorAll('mark.marker.current').forEach(function (m) {
            m.classList.remove('current');
        });
        var marker = document.getElementById('marker-' + note.getAttribute('data-note'));
        if (marker) {
            marker.classList.add('current');
            // nothing else moves: scrolling the page while a button inside the note is pressed would lose the click
            showMarker(marker);
        }
    });

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('mark.marker a[data-note]') : null;
        if (!link) {
            return;
        }
        var note = document.getElementById('note-' + link.getAttribute('data-note'));
        if (note) {
            event.preventDefault();
            note.focus();
        }
    });

    function focusFromHash() {
        var match = /^#note-(\d+)$/.exec(window.location.hash);
        var note = match ? document.getElementById('note-' + match[1]) : null;
        if (note) {
            note.focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusFromHash);
    } else {
        focusFromHash();
    }
}());
