// Narrows the list of services as the reader types or picks a tier, owner or tag.
// Without JavaScript the form stays hidden and the full list is shown.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var list = document.getElementById('services');
  var count = document.getElementById('count');
  var none = document.getElementById('no-match');
  if (!form || !list || !count || !none) return;
  var items = Array.prototype.slice.call(list.querySelectorAll('[data-service]'));
  var names = ['q', 'tier', 'owner', 'tag'];

  function field(name) {
    return form.elements.namedItem(name);
  }
  function value(name) {
    var el = field(name);
    return el ? el.value : '';
  }
  function services(n) {
    return n === 1 ? '1 service' : n + ' services';
  }

  function apply() {
    var terms = value('q').toLowerCase().split(/\s+/).filter(Boolean);
    var tier = value('tier');
    var owner = value('owner');
    var tag = value('tag');
    var shown = 0;
    items.forEach(function (item) {
      var text = item.getAttribute('data-search') || '';
      var match =
        terms.every(function (t) {
          return text.indexOf(t) !== -1;
        }) &&
        (!tier || item.getAttribute('data-tier') === tier) &&
        (!owner || item.getAttribute('data-owner') === owner) &&
        (!tag || (item.getAttribute('data-tags') || '').indexOf('|' + tag + '|') !== -1);
      item.hidden = !match;
      if (match) shown++;
    });
    count.textContent =
      shown === items.length ? services(items.length) : shown + ' of ' + services(items.length);
    none.hidden = shown !== 0;
  }

  // A link such as index.html?tag=api opens the list already filtered.
  var params = new URLSearchParams(window.location.search);
  names.forEach(function (name) {
    var el = field(name);
    var given = params.get(name);
    if (el && given) el.value = given;
  });
  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  apply();
})();
