// The operations dashboard: draws the grid with open cases and active alarms, and refreshes the numbers
// whenever the server's event stream says the city changed.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('dashboard');
  if (!root) {
    return;
  }
  var d = root.dataset;
  var chart = null;
  var cellNames = {};

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
    document.getElementById('dash-at').textContent = new Date(snapshot.at).toLocaleString('zh-CN', { hour12: false });
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
      tr.appendChild(text('td', a.deviceName));
      tr.appendChild(text('td', a.summary));
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
    if (!chart) {
      return;
    }
    var byCell = {};
    snapshot.cells.forEach(function (c) { byCell[c.cellId] = c; });
    var data = Object.keys(cellNames).map(function (id) {
      var state = byCell[id] || { openCases: 0, activeAlarms: 0 };
      return { name: cellNames[id], value: state.openCases, alarms: state.activeAlarms };
    });
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          if (p.seriesType === 'effectScatter') {
            return p.data.name + '<br>' + p.data.summary;
          }
          var alarms = p.data ? p.data.alarms : 0;
          return p.name + '<br>' + d.labelOpen + ' ' + (p.value || 0) + '<br>' + d.labelAlarms + ' ' + (alarms || 0);
        }
      },
      visualMap: { min: 0, max: Math.max(3, Math.max.apply(null, data.map(function (x) { return x.value; }))),
        left: 'left', bottom: 10, calculable: false, inRange: { color: ['#e8f0fa', '#f6c744', '#d9363e'] },
        seriesIndex: 0 },
      geo: { map: 'cityops-grid', roam: true, itemStyle: { borderColor: '#1d4e89' } },
      series: [
        { type: 'map', map: 'cityops-grid', geoIndex: 0, data: data },
        { type: 'effectScatter', coordinateSystem: 'geo', symbolSize: 12, itemStyle: { color: '#d9363e' },
          data: snapshot.activeAlarms.map(function (a) {
            return { name: a.deviceName, value: [a.longitude, a.latitude], summary: a.summary };
          }) }
      ]
    });
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

  var mapElement = document.getElementById('dash-map');
  var cells = typeof echarts === 'undefined' ? Promise.resolve(null)
    : fetch(d.cells, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (collection) {
        collection.features.forEach(function (f) {
          f.properties.name = f.properties.code + ' ' + f.properties.name;
          cellNames[f.properties.id] = f.properties.name;
        });
        echarts.registerMap('cityops-grid', collection);
        chart = echarts.init(mapElement);
        window.addEventListener('resize', function () { chart.resize(); });
      });
  cells.then(refresh).then(connect);
});
