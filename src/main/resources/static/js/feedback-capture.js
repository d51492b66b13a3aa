// The capture pages of a station (kiosk and visitor's phone). Every feedback goes into a queue in
// IndexedDB before anything else happens, and is sent from there to the API, so a device that is
// offline for an hour keeps collecting and loses nothing. The feedback's id is made here: a send
// that is retried after a lost answer finds the stored feedback instead of storing it twice.
// Settings and texts come from data- attributes, because the Content-Security-Policy forbids
// inline scripts. Without this script (or without IndexedDB) the form posts to the server itself.
(function () {
  "use strict";

  var page = document.querySelector("[data-capture]");
  if (!page || !window.indexedDB || !window.fetch || !window.Promise) {
    return;
  }

  var DATABASE = "regiolab-capture";
  var QUEUE = "queue";
  var DEVICE_KEY = "regiolab-device-id";
  var SYNC_EVERY = 15000;
  var BACKOFF_FIRST = 2000;
  var BACKOFF_MOST = 60000;
  var SEND_TIMEOUT = 20000;
  // the second click of a double click meets the form blank again, and would be told to choose a rating
  var DOUBLE_CLICK = 1000;

  var config = page.dataset;
  var kiosk = config.mode === "kiosk";
  var form = page.querySelector("[data-capture-form]");
  var status = page.querySelector("[data-capture-status]");
  var thanksNotice = page.querySelector("[data-capture-thanks]");
  var thanksSection = page.querySelector("[data-capture-thanks-section]");
  var database = null;
  var syncing = false;
  var again = false;
  var failures = 0;
  var pausedUntil = 0;
  var pausedFor = null;
  var resumeTimer = null;
  var unreachable = false;
  var offlineReady = false;
  var submittedHere = false;
  var saving = false;
  var lastQueued = 0;
  var idleTimer = null;

  // --- the queue ---------------------------------------------------------------------------------

  function open() {
    if (!database) {
      database = new Promise(function (resolve, reject) {
        var request = indexedDB.open(DATABASE, 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore(QUEUE, { keyPath: "id" });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return database;
  }

  // resolves when the transaction has committed, with the result of the request work() made
  function transaction(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        // strict: a feedback the page calls saved must survive a crash of the browser right after
        var tx = db.transaction(QUEUE, mode, { durability: "strict" });
        var request = work(tx.objectStore(QUEUE));
        tx.oncomplete = function () { resolve(request ? request.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  function save(item) {
    return transaction("readwrite", function (store) { return store.put(item); });
  }

  function remove(id) {
    return transaction("readwrite", function (store) { return store.delete(id); });
  }

  function queued() {
    return transaction("readonly", function (store) { return store.getAll(); });
  }

  // --- ids ---------------------------------------------------------------------------------------

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  // the device's random id, by which the server limits how much one device sends; nothing personal
  function device() {
    try {
      var id = localStorage.getItem(DEVICE_KEY);
      if (!id) {
        id = uuid();
        localStorage.setItem(DEVICE_KEY, id);
      }
      return id;
    }
    catch (e) {
      return null;
    }
  }

  // --- sending -----------------------------------------------------------------------------------

  function backoff(failures) {
    var wait = Math.min(BACKOFF_MOST, BACKOFF_FIRST * Math.pow(2, failures - 1));
    // spread out, so that the kiosks of a lab do not all come back in the same second
    return wait / 2 + Math.random() * wait / 2;
  }

  function retryAfter(response) {
    var header = response.headers.get("Retry-After");
    var seconds = Number(header);
    if (header && !isNaN(seconds)) {
      return seconds * 1000;
    }
    var date = Date.parse(header || "");
    return isNaN(date) ? BACKOFF_MOST : Math.max(0, date - Date.now());
  }

  // the whole queue waits: a server that failed or asked for a pause would answer the next one alike
  function pause(wait, reason) {
    pausedUntil = Date.now() + wait;
    pausedFor = reason;
    // a short pause ends with a round of its own rather than with the next regular one
    clearTimeout(resumeTimer);
    if (wait < SYNC_EVERY) {
      resumeTimer = setTimeout(sync, wait + 100);
    }
    return false;
  }

  // sends one queued feedback; resolves to false when the rest should wait
  function send(item) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var id = device();
    if (id) {
      headers["X-Device-Id"] = id;
    }
    // a network that takes the request and never answers must not hold the queue; sent again, the
    // feedback is found stored if it arrived after all
    var abort = window.AbortController ? new AbortController() : null;
    var timer = abort ? setTimeout(function () { abort.abort(); }, SEND_TIMEOUT) : null;
    return fetch(item.url, {
      method: "POST", headers: headers, body: JSON.stringify(item.feedback), credentials: "omit", cache: "no-store",
      signal: abort ? abort.signal : undefined
    }).then(function (response) {
      clearTimeout(timer);
      unreachable = false;
      if (response.status === 429) {
        return pause(retryAfter(response), "busy");
      }
      if (response.status >= 500 || response.status === 408) {
        failures++;
        return pause(backoff(failures), "server");
      }
      failures = 0;
      if (response.ok) {
        return remove(item.id).then(function () { return true; });
      }
      // the server will never take it: kept for the record, not sent again, counted apart
      item.rejected = response.status;
      return save(item).then(function () { return true; });
    }, function () {
      clearTimeout(timer);
      unreachable = true;
      failures++;
      return pause(backoff(failures), "network");
    });
  }

  function sendAll(items) {
    return items
      .filter(function (item) { return !item.rejected; })
      .sort(function (a, b) { return a.queuedAt - b.queuedAt; })
      .reduce(function (previous, item) {
        return previous.then(function (goOn) { return goOn ? send(item) : false; });
      }, Promise.resolve(true));
  }

  // one round at a time, and with the Web Locks API one tab at a time; the server takes a feedback
  // sent twice only once anyway, so this saves requests rather than guarding correctness
  function sync() {
    if (syncing) {
      // what was queued meanwhile goes in a round right after this one
      again = true;
      return Promise.resolve();
    }
    syncing = true;
    again = false;
    var round = function () {
      return navigator.onLine === false || Date.now() < pausedUntil ? null : queued().then(sendAll);
    };
    var run = navigator.locks
      ? navigator.locks.request("regiolab-capture-sync", { ifAvailable: true }, function (lock) { return lock ? round() : null; })
      : Promise.resolve(round());
    return run.catch(function () { /* the next round tries again */ }).then(function () {
      syncing = false;
      return render();
    }).then(function () {
      return again ? sync() : null;
    });
  }

  // the network is back: what waited for it goes now, but a busy or failing server is still given its time
  function reconnected() {
    unreachable = false;
    if (pausedFor === "network") {
      pausedUntil = 0;
      failures = 0;
    }
    return sync();
  }

  // --- the status line ---------------------------------------------------------------------------

  function setText(element, text) {
    if (element && element.textContent !== text) {
      element.textContent = text;
    }
  }

  function count(one, many, n) {
    return n === 1 ? one : many.replace("{n}", String(n));
  }

  function render() {
    if (!status) {
      return Promise.resolve();
    }
    return queued().catch(function () { return []; }).then(function (items) {
      var texts = status.dataset;
      var rejected = items.filter(function (item) { return item.rejected; }).length;
      var waiting = items.length - rejected;
      var offline = navigator.onLine === false || unreachable;
      var connection = offline ? texts.offline : kiosk ? texts.online + (offlineReady ? " " + texts.ready : "") : "";
      // a visitor hears of the queue once there is something to tell; the kiosk always shows it; and
      // "all sent" would be untrue while a refused one stays behind
      var queue = waiting > 0 ? count(texts.waitingOne, texts.waitingMany, waiting)
        : rejected === 0 && (kiosk || submittedHere) ? texts.sent : "";
      setText(status.querySelector("[data-capture-connection]"), connection);
      setText(status.querySelector("[data-capture-queue]"), queue);
      setText(status.querySelector("[data-capture-rejected]"),
        rejected > 0 ? count(texts.rejectedOne, texts.rejectedMany, rejected) : "");
      status.classList.toggle("capture-status--quiet", !connection && !queue && rejected === 0);
    });
  }

  // --- the form ----------------------------------------------------------------------------------

  function ratingError(show) {
    var fieldset = form.querySelector("[data-capture-rating]");
    var error = document.getElementById("rating-error");
    fieldset.classList.toggle("field--error", show);
    if (show) {
      if (!error) {
        error = document.createElement("p");
        error.id = "rating-error";
        error.className = "field-error";
        fieldset.querySelector("legend").insertAdjacentElement("afterend", error);
      }
      error.textContent = fieldset.dataset.required;
      fieldset.setAttribute("aria-describedby", "rating-error");
    }
    else if (error) {
      error.remove();
      fieldset.removeAttribute("aria-describedby");
    }
  }

  function feedbackOf(rating) {
    var feedback = { id: uuid(), rating: Number(rating.value), capturedAt: new Date().toISOString(), answers: {} };
    ["works", "improvements", "ideas"].forEach(function (name) {
      var text = form.elements[name].value.trim();
      if (text) {
        feedback[name] = text;
      }
    });
    form.querySelectorAll("fieldset[data-question]").forEach(function (question) {
      var chosen = question.querySelector("input:checked");
      if (chosen) {
        feedback.answers[question.dataset.question] = question.dataset.kind === "SCALE" ? Number(chosen.value) : chosen.value;
      }
    });
    var trap = form.elements.homepage;
    if (trap && trap.value) {
      // the server answers a bot as it answers a person and stores nothing
      feedback.homepage = trap.value;
    }
    return feedback;
  }

  // not form.reset(), which would bring back what a page the server showed with errors had in its fields
  function blank() {
    form.querySelectorAll("textarea, input[type=text]").forEach(function (field) { field.value = ""; });
    form.querySelectorAll("input[type=radio]").forEach(function (choice) { choice.checked = false; });
    ratingError(false);
    // errors the server showed belong to the feedback that is gone now; the form has no hints besides them
    form.querySelectorAll(".field-error, .error-summary").forEach(function (error) { error.remove(); });
    form.querySelectorAll(".field--error").forEach(function (field) { field.classList.remove("field--error"); });
    form.querySelectorAll("[aria-invalid]").forEach(function (field) { field.removeAttribute("aria-invalid"); });
    form.querySelectorAll("[aria-describedby]").forEach(function (field) { field.removeAttribute("aria-describedby"); });
  }

  function thanked() {
    if (kiosk) {
      blank();
      setText(thanksNotice, thanksNotice.dataset.text);
      window.scrollTo(0, 0);
      page.focus({ preventScroll: true });
    }
    else {
      form.hidden = true;
      thanksSection.hidden = false;
      thanksSection.focus();
    }
  }

  function submit(event) {
    event.preventDefault();
    if (saving) {
      return;
    }
    var rating = form.querySelector('input[name="rating"]:checked');
    if (!rating) {
      if (Date.now() - lastQueued < DOUBLE_CLICK) {
        return;
      }
      ratingError(true);
      form.querySelector('input[name="rating"]').focus();
      return;
    }
    var feedback = feedbackOf(rating);
    var item = { id: feedback.id, url: config.api, feedback: feedback, queuedAt: Date.now() };
    saving = true;
    save(item).then(function () {
      saving = false;
      lastQueued = Date.now();
      submittedHere = true;
      thanked();
      render();
      return sync();
    }, function () {
      // no queue on this device (a private window, say): the server takes the form itself
      form.submit();
    });
  }

  // --- the kiosk's idle reset --------------------------------------------------------------------

  function touched(event) {
    if (event && event.type === "input" && thanksNotice) {
      // the next person has begun
      setText(thanksNotice, "");
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(idle, Number(config.idleSeconds) * 1000);
  }

  function idle() {
    blank();
    setText(thanksNotice, "");
    window.scrollTo(0, 0);
  }

  // --- the service worker ------------------------------------------------------------------------

  function registerWorker() {
    if (!("serviceWorker" in navigator) || !config.worker) {
      return;
    }
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.kept === location.href) {
        offlineReady = true;
        render();
      }
    });
    navigator.serviceWorker.register(config.worker, { scope: config.scope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        // the worker keeps a copy of this very page, so that a reload without network still shows it
        registration.active.postMessage({ keep: location.href });
      })
      .catch(function () { /* the page still queues; it only cannot be reloaded offline */ });
  }

  if (form) {
    form.addEventListener("submit", submit);
  }
  if (kiosk && form && config.idleSeconds) {
    ["input", "change", "pointerdown", "keydown"].forEach(function (type) {
      document.addEventListener(type, touched, { passive: true });
    });
    touched();
  }
  window.addEventListener("online", reconnected);
  window.addEventListener("offline", render);
  setInterval(sync, SYNC_EVERY);
  registerWorker();
  sync();
})();
