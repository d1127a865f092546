/*
 * Demo only: a <details data-remember> the person opened stays open in this tab (after a
 * reload or Back), so asking once for the long form is enough; a link to a <details> opens it.
 */
(function () {
  'use strict';
  function key(details) {
    return 'demo-open:' + location.pathname + '#' + details.id;
  }
  function remember() {
    var all = document.querySelectorAll('details[data-remember][id]');
    for (var i = 0; i < all.length; i++) {
      var details = all[i];
      try {
        if (sessionStorage.getItem(key(details)) === '1') details.open = true;
      } catch {
        // Storage blocked: the page still works, closed.
      }
      details.addEventListener('toggle', function (event) {
        var target = event.currentTarget;
        try {
          if (target.open) sessionStorage.setItem(key(target), '1');
          else sessionStorage.removeItem(key(target));
        } catch {
          // Storage blocked.
        }
      });
    }
  }
  // A link to the <details> itself (index.html#profile-details) opens it: the reader asked for what it holds.
  function openLinked() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.localName === 'details') target.open = true;
  }
  function start() {
    remember();
    openLinked();
    window.addEventListener('hashchange', openLinked);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
