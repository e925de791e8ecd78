// Task status per chapter as a stacked bar chart, from the data the page carries.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('plan-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var names = element.getAttribute('data-series').split('|');
  var colors = ['#2e7d32', '#1d4e89', '#b3261e', '#9aa5b1'];
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: names },
    grid: { left: 40, right: 20, top: 40, bottom: 30, containLabel: true },
    animation: false,
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.counts.map(function (values, i) {
      return { name: names[i], type: 'bar', stack: 'tasks', data: values, itemStyle: { color: colors[i] } };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
