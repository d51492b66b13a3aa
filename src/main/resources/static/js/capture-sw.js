// The service worker of the capture pages (served as /stations/capture-sw.js, scope /stations/).
// It keeps a copy of each kiosk and visitor page and of the styles and scripts they load, so that a
// tablet that lost its network still shows the form after a reload. The pages are asked from the
// network first and the copy serves only when the network fails; styles and scripts come from the
// copy at once and are refreshed behind it. Feedback itself never passes through here: posts go
// straight to the network, and the page's own queue (feedback-capture.js) holds what is unsent.
"use strict";

var CACHE = "regiolab-capture-v1";
// relative to this script, so that RegioLab behind a path prefix works alike
var BASE = new URL("../", self.location.href).pathname;
var ASSETS = ["css/regiolab.css", "css/capture.css", "js/feedback-capture.js", "images/favicon.svg"];
var PAGE = /\/stations\/[^/]+\/(kiosk|feedback)$/;
// a network that answers nothing at all is as bad as none; with a copy at hand it waits this long
var PATIENCE = 5000;

function capturePage(url) {
  return url.origin === self.location.origin && url.pathname.indexOf(BASE + "stations/") === 0 && PAGE.test(url.pathname);
}

function asset(url) {
  return url.origin === self.location.origin && ASSETS.some(function (path) { return url.pathname === BASE + path; });
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // one by one: an asset that fails now is stored on its first use instead
    return Promise.all(ASSETS.map(function (path) { return cache.add(BASE + path).catch(function () {}); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("regiolab-capture-") === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () {
    // the page that registered this worker is controlled at once, not only after its next load
    return self.clients.claim();
  }));
});

// the page asks to keep a copy of itself, which it loaded before this worker was there
self.addEventListener("message", function (event) {
  var url = event.data && event.data.keep;
  if (typeof url !== "string" || !capturePage(new URL(url))) {
    return;
  }
  event.waitUntil(keep(url).then(function (kept) {
    if (kept && event.source) {
      event.source.postMessage({ kept: url });
    }
  }));
});

function keep(url) {
  return caches.open(CACHE).then(function (cache) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      return response.ok && !response.redirected ? cache.put(url, response).then(function () { return true; }) : false;
    }, function () { return false; }).then(function (stored) {
      return stored || cache.match(url).then(Boolean);
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (request.mode === "navigate" && capturePage(url)) {
    event.respondWith(networkFirst(event, request));
  }
  else if (asset(url)) {
    event.respondWith(staleWhileRevalidate(event, request));
  }
});

// the request to the network starts at once and the worker lives until its copy is stored
// (waitUntil is called while the event is dispatched, as it must be)
function fetchAndKeep(event, request, keepIt) {
  var fresh = fetch(request).then(function (response) {
    if (!keepIt(response)) {
      return response;
    }
    var copy = response.clone();
    return caches.open(CACHE).then(function (cache) { return cache.put(request, copy); })
      .then(function () { return response; }, function () { return response; });
  });
  event.waitUntil(fresh.catch(function () {}));
  return fresh;
}

function networkFirst(event, request) {
  // a redirect (to the login page, say) or an error page is no copy of the form
  var fresh = fetchAndKeep(event, request, function (response) { return response.ok && response.type === "basic"; });
  return caches.open(CACHE).then(function (cache) { return copyOf(cache, request); }).then(function (copy) {
    if (!copy) {
      return fresh;
    }
    var impatient = new Promise(function (resolve) { setTimeout(function () { resolve(copy); }, PATIENCE); });
    // a proxy's error page while RegioLab restarts is no better than no network
    var answered = fresh.then(function (response) { return response.status >= 500 ? copy : response; },
      function () { return copy; });
    return Promise.race([answered, impatient]);
  });
}

// the copy of this very address, else of the page with another query (?sent, ?lang=en)
function copyOf(cache, request) {
  return cache.match(request, { ignoreVary: true }).then(function (copy) {
    return copy || cache.match(request, { ignoreSearch: true, ignoreVary: true });
  });
}

function staleWhileRevalidate(event, request) {
  var fresh = fetchAndKeep(event, request, function (response) { return response.ok; });
  return caches.open(CACHE).then(function (cache) { return cache.match(request, { ignoreVary: true }); })
    .then(function (copy) { return copy || fresh; });
}
