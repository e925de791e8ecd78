// Draws the grid cells of the selected township with ECharts, from the directory API.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('grid-map');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  fetch(element.getAttribute('data-source'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (cells) {
      var features = cells.map(function (cell) {
        return { type: 'Feature', properties: { name: cell.code + ' ' + cell.name }, geometry: JSON.parse(cell.geojson) };
      });
      echarts.registerMap('grid', { type: 'FeatureCollection', features: features });
      var chart = echarts.init(element);
      chart.setOption({
        tooltip: { trigger: 'item', formatter: '{b}' },
        series: [{
          type: 'map', map: 'grid', roam: true, label: { show: false },
          itemStyle: { areaColor: '#dbe7f5', borderColor: '#1d4e89' },
          emphasis: { itemStyle: { areaColor: '#f6c744' }, label: { show: true } },
          data: features.map(function (f) { return { name: f.properties.name }; })
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
});
