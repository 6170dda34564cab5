'use strict';

// The events page: reads the console's event stream with EventSource and adds a row for each event, newest first.
(() => {
  const table = document.querySelector('[data-events-table]');
  if (!table) {
    return;
  }

  const body = table.querySelector('[data-events-body]');
  const status = document.querySelector('[data-stream-status]');
  const names = JSON.parse(document.getElementById('event-names').textContent || '{}');
  const maxRows = 500;
  const labels = ['Time', 'Type', 'Conversation', 'Customer', 'Connection', 'Environment', 'Method', 'Reason', 'Missing keys'];

  const nameOf = (id) => (id ? names[id] || id : '');

  function formatTime(value) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
  }

  // Every value goes in as text, never as HTML: conversation and customer ids come from API callers.
  function addEvent(message) {
    let data;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }

    const emptyRow = body.querySelector('[data-empty-row]');
    if (emptyRow) {
      emptyRow.remove();
    }

    const values = [
      formatTime(data.occurredAt),
      data.type,
      data.conversationId,
      data.customerExternalId,
      nameOf(data.connectionId),
      data.environment,
      nameOf(data.authenticationMethodId),
      data.reason,
      Array.isArray(data.missingKeys) ? data.missingKeys.join(', ') : '',
    ];
    const row = document.createElement('tr');
    row.dataset.eventId = data.eventId;
    row.dataset.eventType = data.type;
    values.forEach((value, index) => {
      const cell = document.createElement('td');
      cell.dataset.label = labels[index];
      cell.textContent = value === undefined || value === null ? '' : String(value);
      row.appendChild(cell);
    });
    body.insertBefore(row, body.firstChild);
    while (body.rows.length > maxRows) {
      body.deleteRow(-1);
    }
  }

  const source = new EventSource(table.dataset.streamUrl);
  for (const type of (table.dataset.eventTypes || '').split(' ').filter(Boolean)) {
    source.addEventListener(type, addEvent);
  }
  source.addEventListener('message', addEvent);
  source.addEventListener('open', () => {
    status.textContent = 'Connected: new events appear at the top.';
  });
  source.addEventListener('error', () => {
    status.textContent = source.readyState === EventSource.CLOSED
      ? 'Disconnected. Reload the page; sign in again if your session ended.'
      : 'Connection lost; reconnecting…';
  });
})();
