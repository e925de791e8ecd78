// School places per school: places beside applications and offers, from the data the page carries.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('supply-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var names = element.getAttribute('data-series').split('|');
  var colors = ['#1d4e89', '#b3261e', '#2e7d32'];
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: names },
    grid: { left: 40, right: 20, top: 40, bottom: 60, containLabel: true },
    animation: false,
    xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map(function (values, i) {
      return { name: names[i], type: 'bar', data: values, itemStyle: { color: colors[i] } };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
