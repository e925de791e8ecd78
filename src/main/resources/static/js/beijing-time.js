// Times as the rest of the app shows them: Beijing time (Asia/Shanghai), whatever zone the browser is in.
// chengxiangTime.format(instant) gives "yyyy-MM-dd HH:mm:ss"; an element with data-beijing-clock ticks each second.
(function () {
  'use strict';
  var parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
  });

  function format(instant) {
    var date = instant instanceof Date ? instant : new Date(instant);
    var p = {};
    parts.formatToParts(date).forEach(function (part) { p[part.type] = part.value; });
    return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute + ':' + p.second;
  }

  window.chengxiangTime = { format: format };

  document.addEventListener('DOMContentLoaded', function () {
    var clocks = document.querySelectorAll('[data-beijing-clock]');
    if (clocks.length === 0) {
      return;
    }
    function tick() {
      var now = format(new Date());
      clocks.forEach(function (clock) { clock.textContent = now; });
    }
    tick();
    setInterval(tick, 1000);
  });
})();
