// The operations dashboard: colours the city map (js/map.js) by open cases and active alarms, and refreshes the
// numbers whenever the server's event stream says the city changed. Times are Beijing time (js/beijing-time.js).
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('dashboard');
  if (!root) {
    return;
  }
  var d = root.dataset;
  var mapElement = document.getElementById('dash-map');
  var cityMap = null;

  function text(tag, value, className) {
    var element = document.createElement(tag);
    element.textContent = value;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function severityLabel(severity) {
    return d['sev' + severity.charAt(0) + severity.slice(1).toLowerCase()] || severity;
  }

  function rows(id, items, build, emptyText, columns) {
    var body = document.getElementById(id);
    body.textContent = '';
    if (items.length === 0 && emptyText) {
      var tr = document.createElement('tr');
      var td = text('td', emptyText, 'muted');
      td.colSpan = columns;
      tr.appendChild(td);
      body.appendChild(tr);
    }
    items.forEach(function (item) {
      body.appendChild(build(item));
    });
  }

  function render(snapshot) {
    document.getElementById('dash-open').textContent = snapshot.openCases;
    document.getElementById('dash-alarms').textContent = snapshot.activeAlarmCount;
    document.getElementById('dash-at').textContent = window.chengxiangTime.format(snapshot.at);
    Object.keys(snapshot.sensorHealth).forEach(function (state) {
      var tag = document.querySelector('#dash-health [data-health="' + state + '"] b');
      if (tag) {
        tag.textContent = snapshot.sensorHealth[state];
      }
    });
    rows('dash-alarm-rows', snapshot.activeAlarms, function (a) {
      var tr = document.createElement('tr');
      var severity = document.createElement('td');
      severity.className = 'nowrap';
      severity.appendChild(text('span', severityLabel(a.severity),
          a.severity === 'CRITICAL' || a.severity === 'SEVERE' ? 'tag warn' : 'tag'));
      tr.appendChild(severity);
      // the device's name and the alarm's summary (which names the device) are data
      var device = text('td', a.deviceName);
      device.setAttribute('translate', 'no');
      tr.appendChild(device);
      var summary = text('td', a.summary);
      summary.setAttribute('translate', 'no');
      tr.appendChild(summary);
      var cell = document.createElement('td');
      if (a.caseId) {
        var link = text('a', a.caseNumber);
        link.href = d.case + a.caseId;
        cell.appendChild(link);
      }
      tr.appendChild(cell);
      return tr;
    }, d.noAlarms, 4);
    rows('dash-status-rows', snapshot.casesByStatus, function (s) {
      var tr = document.createElement('tr');
      tr.appendChild(text('td', s.label));
      tr.appendChild(text('td', s.count, 'num'));
      return tr;
    });
    rows('dash-class-rows', snapshot.openCasesByClass, function (c) {
      var tr = document.createElement('tr');
      tr.appendChild(text('td', c.code + ' ' + c.name));
      tr.appendChild(text('td', c.open, 'num'));
      return tr;
    }, d.noCases, 2);
    drawMap(snapshot);
  }

  function drawMap(snapshot) {
    if (!cityMap) {
      return;
    }
    var states = {};
    snapshot.cells.forEach(function (c) { states[c.cellId] = c; });
    cityMap.setCells(states);
    cityMap.setMarkers([], snapshot.activeAlarms);
  }

  function refresh() {
    return fetch(d.snapshot, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(render);
  }

  function connect() {
    var live = document.getElementById('dash-live');
    var stream = new EventSource(d.stream);
    stream.addEventListener('changed', function () {
      live.textContent = live.dataset.live;
      live.className = 'tag ok';
      refresh();
    });
    stream.onerror = function () {
      live.textContent = live.dataset.offline;
      live.className = 'tag warn';
    };
  }

  var ready = mapElement && mapElement.cityMap ? mapElement.cityMap.ready.then(function (api) { cityMap = api; })
    .catch(function () {}) : Promise.resolve();
  ready.then(refresh).then(connect);
});
