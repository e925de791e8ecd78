// "Use my location" on the case report: asks the browser for the device's position, fills the longitude and
// latitude fields, shows the grid cell the point lies in, and announces the point as the DOM event
// `chengxiang:location` ({lat, lng}) for any map on the page to follow. It needs no map.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('use-location');
  if (!button) {
    return;
  }
  var status = document.getElementById('location-status');
  var lng = document.getElementById('longitude');
  var lat = document.getElementById('latitude');
  var cellName = document.getElementById('cell-name');

  function say(key, text, error) {
    var message = button.getAttribute('data-' + key) || '';
    status.textContent = text ? message.replace('{0}', text) : message;
    status.classList.toggle('error', !!error);
  }

  function fill(input, value) {
    input.value = value.toFixed(6);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function resolveCell(position) {
    var url = button.getAttribute('data-locate') + '?lng=' + encodeURIComponent(lng.value) + '&lat='
      + encodeURIComponent(lat.value);
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (cell) {
        if (cell) {
          var name = cell.code + ' ' + cell.name;
          if (cellName) {
            cellName.textContent = name;
            cellName.setAttribute('data-cell-id', cell.id);
          }
          say('found', name + (position.coords.accuracy ? ' (±' + Math.round(position.coords.accuracy) + ' m)' : ''));
        }
        else {
          if (cellName) {
            cellName.textContent = '—';
          }
          say('outside', null, true);
        }
      })
      .catch(function () { say('unavailable', null, true); })
      .finally(function () { button.disabled = false; });
  }

  button.addEventListener('click', function () {
    if (!('geolocation' in navigator)) {
      say('unsupported', null, true);
      return;
    }
    button.disabled = true;
    say('locating');
    navigator.geolocation.getCurrentPosition(function (position) {
      fill(lng, position.coords.longitude);
      fill(lat, position.coords.latitude);
      document.dispatchEvent(new CustomEvent('chengxiang:location', {
        bubbles: true,
        detail: { lat: position.coords.latitude, lng: position.coords.longitude, accuracy: position.coords.accuracy }
      }));
      resolveCell(position);
    }, function (failure) {
      button.disabled = false;
      say(failure.code === 1 ? 'denied' : failure.code === 3 ? 'timeout' : 'unavailable', null, true);
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
});
