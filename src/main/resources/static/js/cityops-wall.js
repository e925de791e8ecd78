// The operations centre's wall: the city map with open cases and alarms (js/map.js), trends by hour and day, the
// bulletin's rankings, sensor health by kind and the plan's lights (ECharts), refreshed whenever the dashboard's
// event stream says the city changed. The 1920 × 1080 stage is scaled down to fit a smaller screen, never up.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var stage = document.getElementById('wall');
  if (!stage) {
    return;
  }
  var d = stage.dataset;
  var charts = {};
  var cityMap = null;
  var TEXT = '#bcd3ee';
  var GRID_LINE = '#1f3f6b';

  function fit() {
    var scale = Math.min(1, window.innerWidth / 1920, window.innerHeight / 1080);
    stage.style.transform = scale < 1 ? 'scale(' + scale + ')' : '';
    stage.style.left = Math.max(0, (window.innerWidth - 1920 * scale) / 2) + 'px';
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  }
  window.addEventListener('resize', fit);
  fit();

  function node(tag, className, text) {
    var element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    return element;
  }

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
  }

  function chart(id) {
    if (typeof echarts === 'undefined') {
      return null;
    }
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    }
    return charts[id];
  }

  var axis = {
    axisLine: { lineStyle: { color: GRID_LINE } }, axisLabel: { color: TEXT, fontSize: 13 },
    splitLine: { lineStyle: { color: GRID_LINE, type: 'dashed' } }
  };

  function trend(id, buckets, label) {
    var c = chart(id);
    if (!c) {
      return;
    }
    c.setOption({
      animation: false,
      grid: { left: 36, right: 12, top: 30, bottom: 24 },
      legend: { top: 0, right: 0, textStyle: { color: TEXT, fontSize: 13 }, itemWidth: 14, itemHeight: 8 },
      tooltip: { trigger: 'axis' },
      xAxis: Object.assign({ type: 'category', data: buckets.map(label), axisTick: { show: false } }, axis),
      yAxis: Object.assign({ type: 'value', minInterval: 1 }, axis),
      series: [
        { name: d.labelCases, type: 'bar', barMaxWidth: 12, itemStyle: { color: '#2f8cff' },
          data: buckets.map(function (b) { return b.cases; }) },
        { name: d.labelAlarms, type: 'line', smooth: true, symbol: 'none', lineStyle: { width: 2 },
          itemStyle: { color: '#ff6b6b' }, data: buckets.map(function (b) { return b.alarms; }) }
      ]
    });
  }

  function hourOf(bucket) {
    return window.chengxiangTime.format(bucket.at).substring(11, 13);
  }

  function dayOf(bucket) {
    return window.chengxiangTime.format(bucket.at).substring(5, 10);
  }

  function stacked(id, names, rows, colours, keys) {
    var c = chart(id);
    if (!c) {
      return;
    }
    c.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 4, containLabel: true },
      legend: { top: 0, right: 0, textStyle: { color: TEXT, fontSize: 13 }, itemWidth: 14, itemHeight: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: Object.assign({ type: 'value', minInterval: 1 }, axis),
      yAxis: Object.assign({ type: 'category', inverse: true, data: rows.map(function (r) { return r.label; }) }, axis),
      series: keys.map(function (key, i) {
        return { name: names[i], type: 'bar', stack: 'all', barMaxWidth: 16, itemStyle: { color: colours[i] },
          data: rows.map(function (r) { return r[key]; }) };
      })
    }, true);
  }

  function ranking(listId, titleId, title, month, lines) {
    document.getElementById(titleId).textContent = title.replace('{0}', month);
    var list = document.getElementById(listId);
    list.textContent = '';
    if (lines.length === 0) {
      list.appendChild(node('li', 'empty', d.noRanking));
      return;
    }
    lines.forEach(function (line) {
      var item = node('li');
      item.appendChild(node('span', 'name', line.name));
      var bar = node('span', 'bar');
      var fill = node('i');
      fill.style.width = (line.rate === null ? 0 : Math.max(0, Math.min(100, line.rate))) + '%';
      bar.appendChild(fill);
      item.appendChild(bar);
      item.appendChild(node('span', 'rate', line.rate === null ? '—' : line.rate.toFixed(1) + '%'));
      list.appendChild(item);
    });
  }

  function severityLabel(severity) {
    return d['sev' + severity.charAt(0) + severity.slice(1).toLowerCase()] || '';
  }

  function renderSnapshot(snapshot) {
    document.getElementById('wall-open').textContent = snapshot.openCases;
    document.getElementById('wall-alarms').textContent = snapshot.activeAlarmCount;
    document.getElementById('wall-online').textContent = snapshot.sensorHealth.ONLINE || 0;
    var list = document.getElementById('wall-alarm-list');
    list.textContent = '';
    if (snapshot.activeAlarms.length === 0) {
      list.appendChild(node('li', 'what', d.noAlarms));
    }
    snapshot.activeAlarms.slice(0, 8).forEach(function (a) {
      var item = node('li');
      item.appendChild(node('span', a.severity === 'CRITICAL' || a.severity === 'SEVERE' ? 'sev high' : 'sev',
        severityLabel(a.severity)));
      item.appendChild(node('span', 'what', a.deviceName + ' · ' + a.summary));
      list.appendChild(item);
    });
    if (cityMap) {
      var states = {};
      snapshot.cells.forEach(function (c) { states[c.cellId] = c; });
      cityMap.setCells(states);
      lastAlarms = snapshot.activeAlarms;
      cityMap.setMarkers(lastCases, lastAlarms);
    }
  }

  var lastCases = [];
  var lastAlarms = [];

  function renderFigures(figures) {
    trend('wall-hourly', figures.hours, hourOf);
    trend('wall-daily', figures.days, dayOf);
    var today = figures.days[figures.days.length - 1];
    document.getElementById('wall-today').textContent = today ? today.cases : 0;
    ranking('wall-departments', 'wall-departments-title', d.departments, figures.month, figures.departments);
    ranking('wall-townships', 'wall-townships-title', d.townships, figures.month, figures.townships);
    stacked('wall-sensors', [d.labelOnline, d.labelSilent, d.labelAlarm, d.labelOther],
      figures.sensorKinds.map(function (k) {
        return { label: k.typeName, online: k.online, silent: k.silent, alarm: k.alarm, other: k.other };
      }), ['#2fbf71', '#f0a020', '#ff4d4f', '#5a6b80'], ['online', 'silent', 'alarm', 'other']);
    var planTitle = document.getElementById('wall-plan-title');
    if (figures.plans.length === 0) {
      planTitle.textContent = d.noPlan;
      stacked('wall-plan', [], [], [], []);
    }
    else {
      var plan = figures.plans[0];
      planTitle.textContent = plan.plan.title + ' · ' + d.planTotal.replace('{0}', plan.plan.assignments) + ' · '
        + d.completion.replace('{0}', plan.plan.assignments === 0 ? 0
          : Math.round(1000 * plan.plan.completed / plan.plan.assignments) / 10);
      stacked('wall-plan', [d.labelGreen, d.labelYellow, d.labelRed], plan.chapters.map(function (c) {
        return { label: c.number + ' ' + c.title, green: c.green, yellow: c.yellow, red: c.red };
      }), ['#2fbf71', '#f6c744', '#ff4d4f'], ['green', 'yellow', 'red']);
    }
    lastCases = figures.openCases;
    if (cityMap) {
      cityMap.setMarkers(lastCases, lastAlarms);
    }
    stage.setAttribute('data-rendered', 'true');
  }

  function refresh() {
    return Promise.all([json(d.snapshot).then(renderSnapshot), json(d.figures).then(renderFigures)]);
  }

  function connect() {
    var live = document.getElementById('wall-live');
    var stream = new EventSource(d.stream);
    stream.addEventListener('changed', function () {
      live.textContent = live.dataset.live;
      live.classList.add('on');
      refresh();
    });
    stream.onerror = function () {
      live.textContent = live.dataset.offline;
      live.classList.remove('on');
    };
    // the hours and days roll over even when nothing happens
    setInterval(refresh, 5 * 60 * 1000);
  }

  var mapElement = document.getElementById('wall-map');
  var ready = mapElement && mapElement.cityMap
    ? mapElement.cityMap.ready.then(function (api) { cityMap = api; }).catch(function () {}) : Promise.resolve();
  ready.then(refresh).then(connect, connect);
});
