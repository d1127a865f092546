/*
 * Demo only: the council's Welsh/English switch. `?lang=cy` sets <html lang="cy"> before
 * the page renders (this is a classic script in <head>), then swaps the page's own text for
 * the Welsh held in data-cy attributes. The widgets follow the page's lang by themselves.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var welsh = (params.get('lang') || '').toLowerCase() === 'cy';
  if (!welsh) return;
  document.documentElement.lang = 'cy';

  function translate() {
    var texts = document.querySelectorAll('[data-cy]');
    for (var i = 0; i < texts.length; i++) texts[i].textContent = texts[i].getAttribute('data-cy');
    var labels = document.querySelectorAll('[data-cy-label]');
    for (var j = 0; j < labels.length; j++) labels[j].setAttribute('aria-label', labels[j].getAttribute('data-cy-label'));
    var toggles = document.querySelectorAll('a.lang-link');
    for (var k = 0; k < toggles.length; k++) {
      var link = toggles[k];
      var next = new URLSearchParams(window.location.search);
      next.set('lang', 'en');
      link.setAttribute('href', '?' + next.toString());
      link.setAttribute('hreflang', 'en-GB');
      link.setAttribute('lang', 'en-GB');
      link.textContent = 'English';
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', translate);
  else translate();
})();
