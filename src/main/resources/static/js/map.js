// The city map on every page that has one (fragments/map.html): Leaflet over the configured base map, the grid
// cells, the outlines of townships, communities and villages with their names, and search by place or address.
// Coordinates are WGS 84 longitude/latitude throughout; 天地图 (CGCS2000) needs no shift.
// Without a base map, or when its server cannot be reached, the map says so and still draws the outlines.
// Pages drive it through element.cityMap: ready (a promise), setCells(stateById), setMarkers(cases, alarms).
(function () {
  'use strict';

  var NEAR_ZOOM = 14;
  var CELL_LABEL_ZOOM = 16;
  var GAP = 3;

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
  }

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

  function latLngs(line) {
    return line.map(function (p) { return [p[1], p[0]]; });
  }

  function boundsOf(box) {
    return L.latLngBounds([box[1], box[0]], [box[3], box[2]]);
  }

  function init(element) {
    var d = element.dataset;
    var mode = d.mode || 'show';
    var maxZoom = parseInt(d.maxZoom, 10) || 18;
    var map = L.map(element, { maxZoom: maxZoom, minZoom: 3, zoomSnap: 0.5, worldCopyJump: false });
    map.setView([40.644, 122.509], 12);
    map.attributionControl.setPrefix(false);

    var notice = null;
    function say(text) {
      if (!notice) {
        notice = node('div', 'map-notice');
        notice.setAttribute('role', 'status');
        element.appendChild(notice);
      }
      notice.textContent = text;
    }

    if (d.tiles) {
      var loaded = 0;
      var options = { maxZoom: maxZoom, subdomains: d.subdomains || 'abc', attribution: d.attribution || '' };
      var base = L.tileLayer(d.tiles, options).addTo(map);
      base.on('tileload', function () {
        loaded++;
        if (notice) {
          notice.remove();
          notice = null;
          element.classList.remove('no-base');
        }
      });
      base.on('tileerror', function () {
        if (loaded === 0) {
          element.classList.add('no-base');
          say(d.tileError);
        }
      });
      if (d.labels) {
        L.tileLayer(d.labels, { maxZoom: maxZoom, subdomains: d.subdomains || 'abc' }).addTo(map);
      }
    }
    else {
      element.classList.add('no-base');
      say(d.noBase);
    }

    var cellLayers = {};
    var cellStyle = { color: '#1d4e89', weight: 1, opacity: 0.7, fillColor: '#5b8fd1', fillOpacity: 0.08 };
    var cellsLayer = L.featureGroup().addTo(map);
    var outlineLayer = L.layerGroup().addTo(map);
    var labelLayer = L.layerGroup().addTo(map);
    var markerLayer = L.layerGroup().addTo(map);
    var pickMarker = null;
    var allBounds = null;

    function zoomClasses() {
      var zoom = map.getZoom();
      element.classList.toggle('zoom-near', zoom >= NEAR_ZOOM);
      element.classList.toggle('zoom-cell', zoom >= CELL_LABEL_ZOOM);
    }
    map.on('zoomend', zoomClasses);
    zoomClasses();

    var labels = [];

    function label(text, at, className, weight, box) {
      var marker = L.marker([at[1], at[0]], {
        icon: L.divIcon({ className: 'map-label ' + className, html: '<span translate="no"></span>', iconSize: null }),
        interactive: false, keyboard: false
      }).addTo(labelLayer);
      marker.getElement().firstChild.textContent = text;
      labels.push({ marker: marker, weight: weight || 0, box: box });
    }

    function widthOnScreen(box) {
      return map.latLngToContainerPoint([box[1], box[2]]).x - map.latLngToContainerPoint([box[1], box[0]]).x;
    }

    // A name shows when its area is wide enough to hold it and it overlaps no more important name (a township's
    // first, then the larger areas'): the map stays readable at every zoom.
    function declutter() {
      var placed = [];
      labels.sort(function (a, b) { return b.weight - a.weight; });
      labels.forEach(function (entry) {
        var element = entry.marker.getElement();
        element.classList.remove('map-label-hidden');
        var span = element.firstChild;
        var box = span.getBoundingClientRect();
        if (box.width === 0) {
          return;
        }
        var town = element.classList.contains('map-label-town');
        var tooWide = !town && entry.box && box.width > widthOnScreen(entry.box) * 1.3;
        var clash = placed.some(function (other) {
          return box.left < other.right + GAP && box.right + GAP > other.left && box.top < other.bottom + GAP
            && box.bottom + GAP > other.top;
        });
        if (clash || tooWide) {
          element.classList.add('map-label-hidden');
        }
        else {
          placed.push(box);
        }
      });
    }
    // after the zoom's animation has settled: boxes measured mid-transition are wrong
    var declutterTimer = null;
    function declutterSoon() {
      clearTimeout(declutterTimer);
      declutterTimer = setTimeout(declutter, 350);
    }
    map.on('zoomend moveend', declutterSoon);

    function cellTooltip(properties) {
      var box = node('div');
      box.appendChild(node('strong', null, properties.code + ' ' + properties.name));
      if (properties.officers) {
        box.appendChild(node('div', null, d.officers + ': ' + (properties.officers.join('、') || '—')));
      }
      if (properties.openCases !== undefined) {
        box.appendChild(node('div', null, d.open + ': ' + properties.openCases));
      }
      if (properties.activeAlarms) {
        box.appendChild(node('div', null, d.alarms + ': ' + properties.activeAlarms));
      }
      return box;
    }

    function drawCells(collection) {
      L.geoJSON(collection, {
        style: function () { return cellStyle; },
        onEachFeature: function (feature, layer) {
          cellLayers[feature.properties.id] = { layer: layer, properties: feature.properties };
          layer.bindTooltip(function () { return cellTooltip(feature.properties); }, { sticky: true });
          layer.addTo(cellsLayer);
        }
      });
      Object.keys(cellLayers).forEach(function (id) {
        var entry = cellLayers[id];
        var b = entry.layer.getBounds();
        var centre = b.getCenter();
        label(entry.properties.code, [centre.lng, centre.lat], 'map-label-cell', 0,
          [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
      });
    }

    function drawOutlines(outlines) {
      outlines.forEach(function (outline) {
        var town = ['subdistrict', 'town', 'township_other'].indexOf(outline.level) >= 0;
        L.polyline(outline.lines.map(latLngs), {
          color: town ? '#0f2f57' : '#2f6fb8', weight: town ? 3 : 1.5, dashArray: town ? null : '4 3',
          opacity: 0.9, interactive: false
        }).addTo(outlineLayer);
        var area = (outline.bounds[2] - outline.bounds[0]) * (outline.bounds[3] - outline.bounds[1]);
        label(outline.name, outline.label, town ? 'map-label-town' : 'map-label-place', (town ? 1000 : 10) + area,
          outline.bounds);
      });
    }

    function colour(open, alarms) {
      if (alarms > 0) {
        return '#d9363e';
      }
      if (open >= 3) {
        return '#e8590c';
      }
      if (open > 0) {
        return '#f6c744';
      }
      return '#5b8fd1';
    }

    var api = {
      map: map,
      // open cases and active alarms per cell id: colours the cells
      setCells: function (states) {
        Object.keys(cellLayers).forEach(function (id) {
          var entry = cellLayers[id];
          var state = states[id] || { openCases: 0, activeAlarms: 0 };
          entry.properties.openCases = state.openCases;
          entry.properties.activeAlarms = state.activeAlarms;
          var busy = state.openCases > 0 || state.activeAlarms > 0;
          entry.layer.setStyle({ fillColor: colour(state.openCases, state.activeAlarms),
            fillOpacity: busy ? 0.45 : 0.08 });
        });
      },
      // cases: [{id, number, className, description, longitude, latitude}]; alarms: [{deviceName, summary, ...}]
      setMarkers: function (cases, alarms) {
        markerLayer.clearLayers();
        (cases || []).forEach(function (c) {
          var marker = L.circleMarker([c.latitude, c.longitude], { radius: 5, color: '#7a3e00', weight: 1,
            fillColor: '#f08c00', fillOpacity: 0.9, className: 'map-case' }).addTo(markerLayer);
          var box = node('div');
          box.appendChild(node('strong', null, c.number + ' ' + c.className));
          box.appendChild(node('div', null, c.description));
          marker.bindTooltip(box);
          if (d.case && c.id) {
            marker.on('click', function () { window.location.href = d.case + c.id; });
          }
        });
        (alarms || []).forEach(function (a) {
          var marker = L.circleMarker([a.latitude, a.longitude], { radius: 9, color: '#ffffff', weight: 2,
            fillColor: '#d9363e', fillOpacity: 1, className: 'map-alarm' }).addTo(markerLayer);
          var box = node('div');
          box.appendChild(node('strong', null, a.deviceName));
          box.appendChild(node('div', null, a.summary));
          marker.bindTooltip(box);
        });
      },
      fitAll: function () {
        if (allBounds) {
          map.fitBounds(allBounds, { padding: [8, 8] });
        }
      }
    };
    element.cityMap = api;

    // the case report and the case page: one point, set by a click, by typing, or by the device's location
    var lng = document.getElementById('longitude');
    var lat = document.getElementById('latitude');
    var cellName = document.getElementById('cell-name');

    function point() {
      var x = parseFloat(lng && lng.value);
      var y = parseFloat(lat && lat.value);
      return isFinite(x) && isFinite(y) ? [x, y] : null;
    }

    function place(p) {
      if (!p) {
        if (pickMarker) {
          pickMarker.remove();
          pickMarker = null;
        }
        return;
      }
      if (!pickMarker) {
        pickMarker = L.circleMarker([p[1], p[0]], { radius: 9, color: '#ffffff', weight: 3, fillColor: '#c62828',
          fillOpacity: 1, className: 'map-point' }).addTo(map);
      }
      else {
        pickMarker.setLatLng([p[1], p[0]]);
      }
    }

    function locate() {
      if (mode !== 'pick' || !cellName || !d.locate) {
        return;
      }
      var p = point();
      if (!p) {
        cellName.textContent = '—';
        return;
      }
      json(d.locate + '?lng=' + encodeURIComponent(p[0]) + '&lat=' + encodeURIComponent(p[1]))
        .then(function (cell) {
          cellName.textContent = cell.code + ' ' + cell.name;
          cellName.setAttribute('data-cell-id', cell.id);
        })
        .catch(function () {
          cellName.textContent = d.outside || '—';
          cellName.setAttribute('data-cell-id', '');
        });
    }

    function setPoint(longitude, latitude, fly) {
      if (lng && lat) {
        lng.value = longitude.toFixed(6);
        lat.value = latitude.toFixed(6);
      }
      place([longitude, latitude]);
      if (fly) {
        map.flyTo([latitude, longitude], Math.max(map.getZoom(), 16));
      }
      locate();
    }

    if (mode === 'pick') {
      map.on('click', function (event) {
        setPoint(event.latlng.lng, event.latlng.lat, false);
      });
      [lng, lat].forEach(function (input) {
        if (input) {
          input.addEventListener('change', function () {
            place(point());
            if (point()) {
              map.panTo([point()[1], point()[0]]);
            }
            locate();
          });
        }
      });
      // fired by "use my location" (and anything else that knows where the user stands): {lat, lng}
      window.addEventListener('chengxiang:location', function (event) {
        var detail = event.detail || {};
        var latitude = parseFloat(detail.lat);
        var longitude = parseFloat(detail.lng);
        if (isFinite(latitude) && isFinite(longitude)) {
          setPoint(longitude, latitude, true);
        }
      }, true);
    }

    // search: divisions and cells fly to their extent, cases to their point
    var form = document.querySelector('.map-search[data-for="' + element.id + '"]');
    if (form && d.search) {
      var input = form.querySelector('input');
      var results = form.querySelector('.map-results');
      var found = null;
      input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          // Enter finds the place; it must not send the report form the map may stand in
          event.preventDefault();
          find();
        }
        else if (event.key === 'Escape') {
          results.hidden = true;
        }
      });
      form.querySelector('button').addEventListener('click', find);
      function find() {
        var q = input.value.trim();
        if (!q) {
          return;
        }
        json(d.search + (d.search.indexOf('?') >= 0 ? '&' : '?') + 'q=' + encodeURIComponent(q))
          .then(function (places) {
            results.textContent = '';
            results.hidden = false;
            if (places.length === 0) {
              results.appendChild(node('li', 'muted', d.none));
              return;
            }
            places.forEach(function (p) {
              var item = node('li');
              var button = node('button', 'link');
              button.type = 'button';
              button.appendChild(node('span', 'tag', d['kind' + p.kind.charAt(0).toUpperCase() + p.kind.slice(1)]));
              button.appendChild(document.createTextNode(' ' + p.label));
              if (p.within) {
                button.appendChild(node('span', 'muted small', ' · ' + p.within));
              }
              button.addEventListener('click', function () {
                if (found) {
                  found.remove();
                }
                if (p.bounds) {
                  var b = boundsOf(p.bounds);
                  map.flyToBounds(b, { maxZoom: 16, padding: [16, 16] });
                  found = L.rectangle(b, { color: '#f08c00', weight: 3, fill: false, interactive: false }).addTo(map);
                }
                else if (p.point) {
                  map.flyTo([p.point[1], p.point[0]], 17);
                  found = L.circleMarker([p.point[1], p.point[0]], { radius: 12, color: '#f08c00', weight: 3,
                    fill: false, interactive: false }).addTo(map);
                }
                results.hidden = true;
              });
              item.appendChild(button);
              results.appendChild(item);
            });
          })
          .catch(function () {
            results.textContent = '';
            results.hidden = false;
            results.appendChild(node('li', 'muted', d.none));
          });
      }
    }

    api.ready = json(d.layers).then(function (layers) {
      var cells = layers.cells || layers;
      drawCells(cells);
      drawOutlines(layers.outlines || []);
      if (cellsLayer.getLayers().length > 0) {
        allBounds = cellsLayer.getBounds();
      }
      var p = point();
      if (p && mode !== 'grid' && mode !== 'live') {
        place(p);
        // streets want a close view; without them the neighbouring cells and names tell where the point is
        map.setView([p[1], p[0]], d.tiles ? 17 : 15);
      }
      else {
        api.fitAll();
      }
      zoomClasses();
      declutterSoon();
      if (mode === 'pick') {
        locate();
      }
      element.setAttribute('data-ready', 'true');
      return api;
    });
    window.addEventListener('resize', function () { map.invalidateSize(); });
    // the box can change size without the window doing so (fonts arriving, a panel above growing): a click must
    // still land on the point under the pointer
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(function () { map.invalidateSize({ pan: false }); }).observe(element);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') {
      return;
    }
    document.querySelectorAll('.city-map').forEach(init);
  });
})();
