// Training report charts: figures per town and subsidy paid per provider, from the data the page carries.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var colors = ['#1d4e89', '#b3261e', '#2e7d32', '#8a5a00'];
  document.querySelectorAll('.training-chart').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var names = element.getAttribute('data-series').split('|');
    if (!data.labels.length) {
      return;
    }
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: names },
      grid: { left: 40, right: 20, top: 40, bottom: 60, containLabel: true },
      animation: false,
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (values, i) {
        return { name: names[i], type: 'bar', data: values, itemStyle: { color: colors[i % colors.length] } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
