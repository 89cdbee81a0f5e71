// Passage selection in the claim editor: selecting part of the archived text (mouse, or Shift+arrows after
// focusing it) makes that part the citation's quote.
(function () {
    function takeSelection() {
        var text = document.getElementById('passage-text');
        var quote = document.getElementById('claim:quote');
        var selection = window.getSelection();
        if (!text || !quote || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }
        var range = selection.getRangeAt(0);
        if (!text.contains(range.commonAncestorContainer)) {
            return;
        }
        quote.value = selection.toString().trim();
    }
    document.addEventListener('mouseup', takeSelection);
    document.addEventListener('keyup', function (event) {
        if (event.shiftKey) {
            takeSelection();
        }
    });
})();
