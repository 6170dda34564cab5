'use strict';

// The authentication method form: shows the settings of the selected type, and adds and removes header rows.
(() => {
  const form = document.querySelector('[data-method-form]');
  if (!form) {
    return;
  }

  const typeSelect = form.querySelector('[data-type-select]');
  const typeValue = form.querySelector('[data-type-value]');
  const rows = form.querySelector('[data-header-rows]');
  const addButton = form.querySelector('[data-add-header]');
  const template = document.getElementById('header-row-template');

  // A new method has a type select; a saved method has a hidden field, because its type cannot change.
  function currentType() {
    if (typeSelect) {
      return typeSelect.value;
    }
    return typeValue ? typeValue.value : '';
  }

  function showSelectedType() {
    const type = currentType();
    for (const element of form.querySelectorAll('[data-types]')) {
      element.hidden = !element.dataset.types.split(' ').includes(type);
    }
  }

  // Model binding reads rows as Form.Headers[0], [1], …; the ids follow the JSON paths that errors refer to.
  function renumberRows() {
    rows.querySelectorAll('[data-header-row]').forEach((row, index) => {
      for (const element of row.querySelectorAll('[name], [id], [for], [aria-describedby]')) {
        for (const attribute of ['name', 'id', 'for', 'aria-describedby']) {
          const value = element.getAttribute(attribute);
          if (value !== null) {
            element.setAttribute(attribute, value
              .replace(/Headers\[\d+\]/g, `Headers[${index}]`)
              .replace(/settings-headers-\d+-/g, `settings-headers-${index}-`));
          }
        }
      }
      row.querySelector('[data-header-number]').textContent = String(index + 1);
    });
  }

  if (typeSelect) {
    typeSelect.addEventListener('change', showSelectedType);
  }
  showSelectedType();

  addButton.addEventListener('click', () => {
    const row = template.content.firstElementChild.cloneNode(true);
    rows.appendChild(row);
    renumberRows();
    row.querySelector('input').focus();
  });

  rows.addEventListener('click', (event) => {
    const button = event.target.closest('[data-remove-header]');
    if (!button) {
      return;
    }
    const row = button.closest('[data-header-row]');
    const neighbour = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    renumberRows();
    (neighbour ? neighbour.querySelector('input') : addButton).focus();
  });

  // A secret value is masked while it is typed.
  rows.addEventListener('change', (event) => {
    if (event.target.matches('[data-header-secret]')) {
      const value = event.target.closest('[data-header-row]').querySelector('[data-header-value]');
      value.type = event.target.checked ? 'password' : 'text';
    }
  });
})();
