// A button marked data-print prints the page (the documents of an application).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
