// The unit tree: htmx loads a node's children on the first click; later clicks fold and unfold them.
document.addEventListener('htmx:afterRequest', function (event) {
  var toggle = event.detail.elt;
  if (toggle.classList && toggle.classList.contains('tree-toggle') && event.detail.successful) {
    toggle.dataset.loaded = 'true';
    toggle.textContent = '▾';
    toggle.setAttribute('aria-expanded', 'true');
  }
});
document.addEventListener('click', function (event) {
  var toggle = event.target.closest ? event.target.closest('.tree-toggle') : null;
  if (!toggle || toggle.dataset.loaded !== 'true') {
    return;
  }
  var list = document.querySelector(toggle.getAttribute('hx-target'));
  var open = !list.hidden;
  list.hidden = open;
  toggle.textContent = open ? '▸' : '▾';
  toggle.setAttribute('aria-expanded', String(!open));
});
