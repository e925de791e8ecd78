// The grid map of a case: draws the cells (GeoJSON) with ECharts and the case's point. On the report form
// (data-pick="true") a click sets longitude and latitude, which stay editable by hand, and shows the cell.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('case-map');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var pick = element.getAttribute('data-pick') === 'true';
  var lng = document.getElementById('longitude');
  var lat = document.getElementById('latitude');
  var cellName = document.getElementById('cell-name');
  var properties = {};

  function point() {
    var x = parseFloat(lng && lng.value);
    var y = parseFloat(lat && lat.value);
    return isFinite(x) && isFinite(y) ? [x, y] : null;
  }

  function locate() {
    var p = point();
    if (!pick || !cellName) {
      return;
    }
    if (!p) {
      cellName.textContent = '—';
      return;
    }
    var url = element.getAttribute('data-locate') + '?lng=' + encodeURIComponent(p[0]) + '&lat=' + encodeURIComponent(p[1]);
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (cell) {
        cellName.textContent = cell ? cell.code + ' ' + cell.name : element.getAttribute('data-outside');
        cellName.setAttribute('data-cell-id', cell ? cell.id : '');
      });
  }

  fetch(element.getAttribute('data-cells'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (grid) {
      grid.features.forEach(function (feature) {
        feature.properties.name = feature.properties.code + ' ' + feature.properties.name;
        properties[feature.properties.name] = feature.properties;
      });
      echarts.registerMap('cityops-grid', grid);
      var chart = echarts.init(element);
      element.chart = chart;
      function draw() {
        var p = point();
        var option = {
          tooltip: {
            trigger: 'item',
            formatter: function (params) {
              var cell = properties[params.name];
              if (!cell) {
                return params.name || '';
              }
              return echarts.format.encodeHTML(params.name) + '<br>' + element.getAttribute('data-officers') + ': '
                + echarts.format.encodeHTML(cell.officers.join('、') || '—') + '<br>' + element.getAttribute('data-open')
                + ': ' + cell.openCases;
            }
          },
          geo: {
            map: 'cityops-grid', roam: true, tooltip: { show: true },
            itemStyle: { areaColor: '#dbe7f5', borderColor: '#1d4e89' },
            emphasis: { itemStyle: { areaColor: '#f6c744' }, label: { show: false } },
            regions: Object.keys(properties).filter(function (name) { return properties[name].openCases > 0; })
              .map(function (name) { return { name: name, itemStyle: { areaColor: '#f9d3cf' } }; })
          },
          series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 14, itemStyle: { color: '#c62828' },
            data: p ? [p] : [], silent: true }]
        };
        if (p && !pick) {
          option.geo.center = p;
          option.geo.zoom = 4;
        }
        chart.setOption(option);
      }
      draw();
      if (pick) {
        chart.getZr().on('click', function (event) {
          var coordinates = chart.convertFromPixel('geo', [event.offsetX, event.offsetY]);
          if (!coordinates) {
            return;
          }
          lng.value = coordinates[0].toFixed(6);
          lat.value = coordinates[1].toFixed(6);
          chart.setOption({ series: [{ data: [[coordinates[0], coordinates[1]]] }] });
          locate();
        });
        [lng, lat].forEach(function (input) {
          input.addEventListener('change', function () {
            chart.setOption({ series: [{ data: point() ? [point()] : [] }] });
            locate();
          });
        });
        locate();
      }
      window.addEventListener('resize', function () { chart.resize(); });
    });
});
