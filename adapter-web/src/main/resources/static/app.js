// Small behaviours shared by every page. Loaded as a file: the CSP forbids inline scripts.
(function () {
  'use strict';

  // Buttons with data-confirm ask before submitting their form.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // Buttons with data-print print the page (the production sheet uses the print stylesheet).
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      event.preventDefault();
      window.print();
    }
  });

  // Forms are submitted once: a second click while the first is on its way does nothing.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.method && form.method.toLowerCase() === 'post') {
      if (form.dataset.submitting === 'true') {
        event.preventDefault();
        return;
      }
      form.dataset.submitting = 'true';
    }
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-submitting]').forEach(function (form) {
      delete form.dataset.submitting;
    });
  });
})();
