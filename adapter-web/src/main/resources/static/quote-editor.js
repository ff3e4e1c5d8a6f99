// The quote editor: adds and removes lines, creates a customer inline, and prices the lines live
// through POST /quotes/drawing (the form as typed), showing each validation message next to its field
// and each window line's drawing as the server draws it; the layout controls ask the server to edit
// the line's layout the same way.
(function () {
  'use strict';

  var form = document.getElementById('quote-form');
  if (!form) {
    return;
  }
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var linesBox = document.getElementById('lines');
  var status = document.getElementById('pricing-status');
  var noLines = document.getElementById('no-lines');
  var money = new Intl.NumberFormat(form.dataset.locale || 'en-US', {
    style: 'currency',
    currency: form.dataset.currency || 'USD'
  });
  var WHOLE = /^\d+$/;
  var DECIMAL = /^\d+(\.\d+)?$/;
  var LINE_PATH = /lines\[(\d+|__i__)\]/g;
  // The page's words, in its language, from the form's data-text-* attributes.
  function say(name, fallback) {
    var text = form.getAttribute('data-text-' + name);
    return text === null ? fallback : text;
  }
  var pricingSequence = 0;
  var timer = null;
  var pendingEdit = null;

  function lineCards() {
    return Array.prototype.slice.call(linesBox.querySelectorAll('[data-line]'));
  }

  // Keeps lines[i] paths equal to each line's position, as the server's error fields name them.
  function renumber() {
    lineCards().forEach(function (card, index) {
      card.querySelectorAll('[name],[id],[for],[aria-describedby],[data-error-for],[value]').forEach(function (el) {
        ['name', 'id', 'for', 'aria-describedby', 'data-error-for'].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) {
            el.setAttribute(attr, value.replace(LINE_PATH, 'lines[' + index + ']'));
          }
        });
        if (el.hasAttribute('data-remove-line')) {
          el.value = String(index);
        }
      });
      var number = card.querySelector('[data-line-number]');
      if (number) {
        number.textContent = String(index + 1);
      }
    });
    noLines.hidden = lineCards().length > 0;
  }

  function addLine(type) {
    var template = document.getElementById('line-template-' + type);
    var fragment = template.content.cloneNode(true);
    fragment.querySelectorAll('[data-line-number]').forEach(function (el) {
      el.textContent = '';
    });
    linesBox.appendChild(fragment);
    renumber();
    var cards = lineCards();
    var first = cards[cards.length - 1].querySelector('select, input:not([type=hidden])');
    if (first) {
      first.focus();
    }
    schedulePricing();
  }

  form.addEventListener('click', function (event) {
    var add = event.target.closest('button[name="addLine"]');
    if (add) {
      event.preventDefault();
      addLine(add.value);
      return;
    }
    var layoutOp = event.target.closest('[data-layout-op]');
    if (layoutOp) {
      event.preventDefault();
      var card = layoutOp.closest('[data-line]');
      var op = layoutOp.getAttribute('data-layout-op');
      editLayout(card, op, op === 'POSITION' ? card.querySelector('[data-layout-position]').value.trim() : '');
      return;
    }
    var remove = event.target.closest('[data-remove-line]');
    if (remove) {
      event.preventDefault();
      remove.closest('[data-line]').remove();
      renumber();
      document.getElementById('add-window').focus();
      schedulePricing();
    }
  });

  function value(card, field) {
    var el = card.querySelector('[name$="].' + field + '"]');
    return el ? el.value.trim() : '';
  }

  // "16" (percent, as typed) to "0.16" (the API's fraction), exactly: decimal shifting, no floats.
  function percentToFraction(text) {
    var parts = text.split('.');
    var whole = parts[0].replace(/^0+/, '');
    while (whole.length < 3) {
      whole = '0' + whole;
    }
    var result = whole.slice(0, -2).replace(/^0+(?=\d)/, '') + '.' + whole.slice(-2) + (parts[1] || '');
    return result;
  }

  // Reads the form into the pricing request; null when a line is not complete yet.
  function readRequest(localErrors) {
    var lines = [];
    var complete = true;
    lineCards().forEach(function (card, index) {
      var prefix = 'lines[' + index + '].';
      var type = value(card, 'type');
      var quantity = value(card, 'quantity');
      if (type === 'WINDOW') {
        var width = value(card, 'widthMm');
        var height = value(card, 'heightMm');
        [['widthMm', width], ['heightMm', height], ['quantity', quantity]].forEach(function (pair) {
          if (pair[1] !== '' && !WHOLE.test(pair[1])) {
            localErrors.push({ field: prefix + pair[0], message: say('whole-number', 'must be a whole number') });
          }
        });
        if (!value(card, 'productCode') || !value(card, 'glassCode') || !width || !height || !quantity) {
          complete = false;
        }
        lines.push({
          type: 'WINDOW',
          productCode: value(card, 'productCode'),
          glassCode: value(card, 'glassCode'),
          colour: value(card, 'colour') || null,
          widthMm: WHOLE.test(width) ? Number(width) : null,
          heightMm: WHOLE.test(height) ? Number(height) : null,
          quantity: WHOLE.test(quantity) ? quantity : null,
          description: value(card, 'description')
        });
      } else {
        if (quantity !== '' && !DECIMAL.test(quantity)) {
          localErrors.push({ field: prefix + 'quantity', message: say('number', 'must be a number such as 12.50') });
        }
        if (!value(card, 'materialCode') || !quantity) {
          complete = false;
        }
        lines.push({
          type: 'MATERIAL',
          materialCode: value(card, 'materialCode'),
          quantity: DECIMAL.test(quantity) ? quantity : null,
          description: value(card, 'description')
        });
      }
    });
    var rates = {};
    ['profitMargin', 'indirectRate', 'discountRate', 'taxRate'].forEach(function (name) {
      var input = form.elements['rates.' + name];
      var text = input ? input.value.trim() : '';
      if (text === '') {
        return;
      }
      if (!DECIMAL.test(text)) {
        localErrors.push({ field: 'rates.' + name, message: say('number', 'must be a number such as 12.50') });
        return;
      }
      rates[name] = percentToFraction(text);
    });
    var labour = form.elements['rates.laborRateOverride'].value.trim();
    if (labour !== '') {
      if (DECIMAL.test(labour)) {
        rates.laborRateOverride = labour;
      } else {
        localErrors.push({ field: 'rates.laborRateOverride', message: say('number', 'must be a number such as 12.50') });
      }
    }
    return complete ? { lines: lines, rates: rates } : null;
  }

  // Live pricing checks the lines and the rates only: the errors it clears are theirs. The server's
  // errors on other fields (customer, validity) stay until the form is saved again.
  function pricedField(name) {
    return name !== null && (name.indexOf('lines[') === 0 || name.indexOf('rates.') === 0);
  }

  function clearErrors() {
    form.querySelectorAll('[data-error-for]').forEach(function (el) {
      if (pricedField(el.getAttribute('data-error-for'))) {
        el.textContent = '';
      }
    });
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (el) {
      if (pricedField(el.getAttribute('name'))) {
        el.removeAttribute('aria-invalid');
      }
    });
  }

  function showErrors(errors) {
    errors.forEach(function (error) {
      var holder = form.querySelector('[data-error-for="' + CSS.escape(error.field) + '"]');
      var input = form.elements[error.field];
      if (holder) {
        holder.textContent = holder.textContent ? holder.textContent + '; ' + error.message : error.message;
      }
      if (input && input.setAttribute) {
        input.setAttribute('aria-invalid', 'true');
      }
    });
  }

  function showPricing(pricing) {
    form.querySelectorAll('#live-breakdown [data-amount]').forEach(function (el) {
      var name = el.getAttribute('data-amount');
      var amount = pricing ? pricing[name] : null;
      // A deduction shows its minus, except a zero: never \u2212$0.00.
      var minus = name === 'discount' && Number(amount) !== 0 ? '\u2212' : '';
      el.textContent = amount == null ? '' : minus + money.format(Number(amount));
    });
    lineCards().forEach(function (card, index) {
      var holder = card.querySelector('[data-line-price]');
      var line = pricing && pricing.lines[index];
      holder.textContent = line ? money.format(Number(line.price)) + (line.included ? '' : ' \u2014 ' + say('not-included', 'not included')) : '';
    });
  }

  // A layout control: the server edits the line's layout, then prices and draws the result.
  function editLayout(card, op, editValue) {
    var index = lineCards().indexOf(card);
    var cell = card.querySelector('[data-layout-cell]');
    pendingEdit = { line: String(index), op: op, cell: cell ? cell.value : '0', value: editValue };
    window.clearTimeout(timer);
    price();
  }

  function showCells(card, cells) {
    var select = card.querySelector('[data-layout-cell]');
    if (!select || !cells || cells.length === 0) {
      return;
    }
    var chosen = select.value;
    while (select.options.length > 0) {
      select.remove(0);
    }
    cells.forEach(function (cell, k) {
      var option = new Option(cell.label, String(k));
      option.setAttribute('data-opening', cell.opening);
      option.setAttribute('data-glass', cell.glassCode || '');
      select.add(option);
    });
    select.value = Number(chosen) < cells.length ? chosen : '0';
    syncCellControls(card);
  }

  // The opening and glass selects show the chosen cell's.
  function syncCellControls(card) {
    var select = card.querySelector('[data-layout-cell]');
    var option = select && select.options[select.selectedIndex];
    if (!option) {
      return;
    }
    var opening = card.querySelector('[data-layout-opening]');
    var glass = card.querySelector('[data-layout-glass]');
    if (opening && option.getAttribute('data-opening')) {
      opening.value = option.getAttribute('data-opening');
    }
    if (glass) {
      glass.value = option.getAttribute('data-glass') || '';
    }
  }

  function showDrawings(lines, editedLine) {
    lineCards().forEach(function (card, index) {
      var holder = card.querySelector('[data-line-drawing]');
      var line = lines && lines[index];
      if (!holder || !line) {
        return;
      }
      // The server's SVG, from the same-origin editor endpoint (its text escaped there).
      holder.innerHTML = line.drawing || '';
      var layout = card.querySelector('[name$="].layout"]');
      if (layout) {
        if (editedLine === index && line.layout) {
          layout.value = line.layout;
        }
        layout.setAttribute('placeholder', line.effectiveLayout || say('layout-default', 'product default'));
      }
      showCells(card, line.cells);
    });
  }

  function schedulePricing() {
    window.clearTimeout(timer);
    timer = window.setTimeout(price, 300);
  }

  function price() {
    var localErrors = [];
    var request = readRequest(localErrors);
    clearErrors();
    if (localErrors.length > 0) {
      showErrors(localErrors);
      status.textContent = say('correct', 'Correct the highlighted fields to see the price.');
      return;
    }
    if (lineCards().length === 0) {
      showPricing(null);
      status.textContent = say('add-lines', 'Add lines to see the price.');
      return;
    }
    if (request === null) {
      status.textContent = say('complete', 'Complete the lines to see the price.');
      return;
    }
    var sequence = ++pricingSequence;
    var edit = pendingEdit;
    pendingEdit = null;
    var body = new URLSearchParams(new FormData(form));
    body.delete('addLine');
    body.delete('removeLine');
    if (edit) {
      body.set('edit.line', edit.line);
      body.set('edit.op', edit.op);
      body.set('edit.cell', edit.cell);
      body.set('edit.value', edit.value);
    }
    status.textContent = say('pricing', 'Pricing…');
    fetch(form.dataset.priceUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: body.toString()
    }).then(function (response) {
      return response.json().then(function (body) {
        return { ok: response.ok, status: response.status, body: body };
      });
    }).then(function (result) {
      if (sequence !== pricingSequence) {
        return;
      }
      if (result.ok) {
        showPricing(result.body.pricing);
        showDrawings(result.body.pricing.lines, edit ? Number(edit.line) : -1);
        status.textContent = say('priced', 'Priced from the current catalogue.');
      } else if (result.body && result.body.errors && result.body.errors.length > 0) {
        showPricing(null);
        showErrors(result.body.errors);
        status.textContent = say('correct', 'Correct the highlighted fields to see the price.');
      } else {
        status.textContent = (result.body && result.body.detail) || say('failed', 'The price could not be computed.');
      }
    }).catch(function () {
      if (sequence === pricingSequence) {
        status.textContent = say('offline', 'The price could not be computed (no connection).');
      }
    });
  }

  form.addEventListener('input', function (event) {
    if (event.target.closest('.layout-controls')) {
      return;
    }
    if (!event.target.closest('#new-customer')) {
      schedulePricing();
    }
  });
  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target.hasAttribute('data-layout-cell')) {
      syncCellControls(target.closest('[data-line]'));
      return;
    }
    if (target.hasAttribute('data-layout-opening') || target.hasAttribute('data-layout-glass')) {
      editLayout(target.closest('[data-line]'), target.hasAttribute('data-layout-opening') ? 'OPENING' : 'GLASS',
        target.value);
      return;
    }
    if (target.hasAttribute('data-layout-position')) {
      return;
    }
    if (!event.target.closest('#new-customer')) {
      schedulePricing();
    }
  });

  // Enter in a division position sets it instead of submitting the quote.
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.hasAttribute('data-layout-position')) {
      event.preventDefault();
      var card = event.target.closest('[data-line]');
      editLayout(card, 'POSITION', event.target.value.trim());
    }
  });

  // Inline customer creation through the JSON API.
  var toggle = document.getElementById('new-customer-toggle');
  var panel = document.getElementById('new-customer');
  var save = document.getElementById('new-customer-save');
  var customerStatus = document.getElementById('new-customer-status');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) {
      panel.querySelector('input').focus();
    }
  });
  // Enter in the inline fields creates the customer instead of submitting the quote.
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      save.click();
    }
  });
  save.addEventListener('click', function () {
    var body = {};
    panel.querySelectorAll('[data-customer-field]').forEach(function (input) {
      body[input.getAttribute('data-customer-field')] = input.value.trim();
    });
    panel.querySelectorAll('[data-customer-error]').forEach(function (el) {
      el.textContent = '';
    });
    customerStatus.textContent = say('creating', 'Creating…');
    fetch(form.dataset.customersUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        return { ok: response.ok, body: json };
      });
    }).then(function (result) {
      if (result.ok) {
        var select = form.elements.customerId;
        var option = new Option(result.body.name, result.body.id, true, true);
        select.add(option, 1);
        select.value = result.body.id;
        panel.querySelectorAll('[data-customer-field]').forEach(function (input) {
          input.value = '';
        });
        panel.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        customerStatus.textContent = '';
        select.focus();
        return;
      }
      customerStatus.textContent = (result.body && result.body.detail) || say('customer-failed', 'The customer could not be created.');
      (result.body.errors || []).forEach(function (error) {
        var holder = panel.querySelector('[data-customer-error="' + CSS.escape(error.field) + '"]');
        if (holder) {
          holder.textContent = error.message;
        }
      });
    }).catch(function () {
      customerStatus.textContent = say('customer-offline', 'The customer could not be created (no connection).');
    });
  });

  renumber();
  if (lineCards().length > 0) {
    schedulePricing();
  }
})();
