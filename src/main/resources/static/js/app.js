// Sends the CSRF token with every htmx request, and asks before actions marked data-confirm.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
}, true);
// A form shown again with problems: the first field marked invalid gets the focus, so the clerk lands on it.
document.addEventListener('DOMContentLoaded', function () {
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid && typeof invalid.focus === 'function') {
    invalid.focus();
  }
});
// Phones: the menu button opens and closes the sidebar (Escape closes it and gives the focus back to the button).
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.menu-toggle');
  var menu = document.getElementById('sidebar');
  if (!toggle || !menu) {
    return;
  }
  function show(open) {
    menu.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    toggle.setAttribute('aria-label', toggle.getAttribute(open ? 'data-label-close' : 'data-label-open'));
  }
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    show(open);
    if (open) {
      var first = menu.querySelector('a');
      if (first) {
        first.focus();
      }
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      show(false);
      toggle.focus();
    }
  });
});
// Tables never make the page scroll sideways: each scrolls in its own box, and a table marked .stack shows each
// row as a card on phones, every cell labelled with its column's heading.
function chengxiangTables(root) {
  var scope = root || document;
  var tables = Array.prototype.slice.call(scope.querySelectorAll('table.grid'));
  if (scope.matches && scope.matches('table.grid')) {
    tables.push(scope);
  }
  tables.forEach(function (table) {
    if (table.classList.contains('stack')) {
      var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          if (headings[index] && !cell.hasAttribute('colspan') && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headings[index]);
          }
        });
      });
    }
    else if (!table.parentElement.classList.contains('table-scroll')) {
      var box = document.createElement('div');
      box.className = 'table-scroll';
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    }
  });
}
document.addEventListener('DOMContentLoaded', function () {
  chengxiangTables(document);
});
document.addEventListener('htmx:afterSettle', function (event) {
  chengxiangTables(event.target);
});
