// Coding a passage rather than a whole answer: text selected in an answer fills the start and end of that
// answer's coding form, counted in characters of the answer's text as the server keeps it (the code names
// shown after coded passages are left out of the count). Without this script the form codes the whole answer.
(function () {
  'use strict';

  // the characters before (node, offset) in the answer, without the code names
  function offsetIn(answer, node, offset) {
    var range = document.createRange();
    range.setStart(answer, 0);
    range.setEnd(node, offset);
    var before = range.cloneContents();
    before.querySelectorAll('[data-label]').forEach(function (label) {
      label.remove();
    });
    return before.textContent.length;
  }

  function reset(form) {
    form.querySelector('[data-start]').value = '';
    form.querySelector('[data-end]').value = '';
    form.querySelector('[data-submit]').textContent = form.dataset.whole;
    form.querySelector('[data-selection]').textContent = '';
  }

  document.addEventListener('selectionchange', function () {
    var selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var range = selection.getRangeAt(0);
    var container = range.commonAncestorContainer;
    var element = container.nodeType === Node.ELEMENT_NODE ? container : container.parentElement;
    var answer = element && element.closest('[data-answer]');
    if (!answer) {
      return;
    }
    var form = document.getElementById(answer.dataset.form);
    if (!form) {
      return;
    }
    var start = offsetIn(answer, range.startContainer, range.startOffset);
    var end = offsetIn(answer, range.endContainer, range.endOffset);
    if (end <= start) {
      reset(form);
      return;
    }
    form.querySelector('[data-start]').value = String(start);
    form.querySelector('[data-end]').value = String(end);
    form.querySelector('[data-submit]').textContent = form.dataset.passage;
    var quote = selection.toString().trim();
    if (quote.length > 80) {
      quote = quote.slice(0, 77) + '…';
    }
    form.querySelector('[data-selection]').textContent = form.dataset.chosen.replace('{0}', quote);
  });

  // a click into an answer without a selection codes the whole answer again
  document.addEventListener('click', function (event) {
    var answer = event.target.closest && event.target.closest('[data-answer]');
    var selection = document.getSelection();
    if (answer && selection && selection.isCollapsed) {
      var form = document.getElementById(answer.dataset.form);
      if (form) {
        reset(form);
      }
    }
  });
}());
