/*
 * Support Map embed loader. Paste once on a page that embeds the map:
 *   <script src="https://MAP-HOST/embed.js" async></script>
 * It resizes every iframe of the map on the page to the height the map reports. It trusts a
 * message only when it comes from one of those iframes (event.source) and from the map's own
 * origin (or "null", for a frame the page sandboxed without allow-same-origin), carries a sane
 * height, and nothing else: it never navigates, never writes HTML, never evaluates anything.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var mapOrigin = new URL(script.src, document.baseURI).origin;
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 10000;

  function heightOf(data) {
    if (!data || typeof data !== 'object') return null;
    var height = null;
    if (data.type === 'support-map:height') height = data.height;
    else if (data.sentinel === 'amp' && data.type === 'embed-size') height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
    return Math.round(height);
  }

  function isMapFrame(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin === mapOrigin;
    } catch {
      return false;
    }
  }

  function originAllowed(frame, origin) {
    if (origin === mapOrigin) return true;
    // A sandbox without allow-same-origin gives the frame an opaque origin, reported as "null".
    var sandbox = frame.getAttribute('sandbox');
    return origin === 'null' && sandbox !== null && !/\ballow-same-origin\b/.test(sandbox);
  }

  // The map reports its height when it starts and when it changes; a loader added after that
  // (a consent or tag manager, a CMS) asks each map frame for it, now and whenever one loads.
  // The request carries nothing: '*' lets a sandboxed frame (origin "null") receive it too.
  function ask(frame) {
    if (isMapFrame(frame) && frame.contentWindow) frame.contentWindow.postMessage({ type: 'support-map:height-request' }, '*');
  }
  var existing = document.getElementsByTagName('iframe');
  for (var j = 0; j < existing.length; j += 1) ask(existing[j]);
  document.addEventListener(
    'load',
    function (event) {
      if (event.target && event.target.tagName === 'IFRAME') ask(event.target);
    },
    true,
  );

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (height === null) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (isMapFrame(frame) && originAllowed(frame, event.origin)) frame.style.height = height + 'px';
      return;
    }
  });
})();
