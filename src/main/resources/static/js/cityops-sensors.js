// Draws a device's latest readings with ECharts, from the sensors API.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('sensor-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var unit = element.getAttribute('data-unit') || '';
  fetch(element.getAttribute('data-source'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (readings) {
      var chart = echarts.init(element);
      if (!readings.length) {
        chart.setOption({ title: { text: element.getAttribute('data-empty'), left: 'center', top: 'middle',
          textStyle: { color: '#888', fontSize: 14 } } });
        return;
      }
      chart.setOption({
        tooltip: { trigger: 'axis' },
        grid: { left: 60, right: 24, top: 24, bottom: 40 },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', name: unit, scale: true },
        series: [{
          type: 'line', showSymbol: false, smooth: true, lineStyle: { color: '#1d4e89' },
          areaStyle: { color: 'rgba(29,78,137,0.08)' },
          data: readings.map(function (r) { return [r.ts, r.value]; })
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
});
