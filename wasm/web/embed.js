// SPDX-License-Identifier: EUPL-1.2
// embed.js — loads the sociaaldomein calculator into a host page.
//
// Usage: <div data-sociaaldomein></div>
//        <script src="/sociaaldomein/embed.js" defer></script>
//
// Optional attributes on the element: data-keuze="A".."D" (initial keuze),
// data-lang="en" (English), and a value for data-sociaaldomein that names
// the widget in share links when a page has more than one.
//
// This script loads wasm_exec.js and sociaaldomein.wasm from its own
// directory, starts ONE Go runtime for the page, and mounts a widget into
// every [data-sociaaldomein] element, each in its own open Shadow DOM with
// a constructed style sheet (widget.css, fetched from the same directory),
// so it works under
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// and the host page's style rules do not reach it; inherited properties and
// custom properties do, which is how NL Design System tokens theme it
// (see widget.css).
//
// API: window.sociaaldomein
//   .ready           Promise, resolves when the runtime runs and the widgets are mounted
//   .evaluate(json)  JSON string in, JSON string out: an Outcome, or an RFC 9457
//                    problem (it has a "status"; the service answers the same)
//   .mount(el, opts) mount a widget into an element added later; opts may
//                    hold corrected data files as JSON text:
//                    {keuzeopties: text, actieprogramma: text} (read with the
//                    library's validating loaders; a bad file shows a notice
//                    naming file, record and field, and the embedded data is
//                    used). Without opts, the element's data-keuzeopties and
//                    data-actieprogramma attributes may name same-origin JSON
//                    files; then mount returns a Promise.
//   .unmount(el)     remove it and release its listeners
(function () {
  'use strict';
  var existing = window.sociaaldomein;
  if (existing && existing.ready) {
    // Included twice: one runtime is enough; mount what is new.
    existing.ready.then(function () { existing.scan(); });
    return;
  }
  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : location.href);
  var bridge = null;
  var sheet = null;
  var handles = new Map(); // element → handle from Go
  var resolveReady, rejectReady;
  var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
  ready.catch(function () {}); // reported once, below; not also as an unhandled rejection

  function str(v) { return typeof v === 'string' ? v : ''; }

  function need() {
    if (!bridge) { throw new Error('sociaaldomein: not ready yet; wait for sociaaldomein.ready'); }
  }

  var api = {
    ready: ready,
    evaluate: function (json) { need(); return bridge.evaluate(String(json)); },
    mount: function (el, opts) {
      need();
      if (!(el instanceof Element)) { throw new TypeError('sociaaldomein.mount: not an element'); }
      if (handles.has(el)) { return; }
      if (!opts) {
        var files = ['keuzeopties', 'actieprogramma'].filter(function (k) { return el.hasAttribute('data-' + k); });
        if (files.length > 0) {
          var data = {};
          return Promise.all(files.map(function (k) {
            var name = el.getAttribute('data-' + k);
            data[k + 'Name'] = name;
            var url;
            try { url = new URL(name, document.baseURI); } catch (e) { data[k + 'Error'] = 'not a URL'; return null; }
            if (url.origin !== location.origin) { data[k + 'Error'] = 'not on this site (' + url.origin + ')'; return null; }
            return fetchOK(url).then(function (r) { return r.text(); })
              .then(function (text) { data[k] = text; }, function (err) { data[k + 'Error'] = String(err && err.message || err); });
          })).then(function () { if (!handles.has(el)) { api.mount(el, data); } });
        }
        opts = {};
      }
      var root = el.shadowRoot || el.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      var container = document.createElement('div');
      container.className = 'sd-host';
      root.replaceChildren(container);
      var handle = bridge.mount(container, {
        keuze: el.getAttribute('data-keuze') || '',
        lang: el.getAttribute('data-lang') || '',
        name: el.getAttribute('data-sociaaldomein') || '',
        address: el.getAttribute('data-address') || '',
        keuzeopties: str(opts.keuzeopties), keuzeoptiesName: str(opts.keuzeoptiesName), keuzeoptiesError: str(opts.keuzeoptiesError),
        actieprogramma: str(opts.actieprogramma), actieprogrammaName: str(opts.actieprogrammaName), actieprogrammaError: str(opts.actieprogrammaError)
      });
      if (handle && handle.error) { throw new Error('sociaaldomein: ' + handle.error); }
      handles.set(el, handle);
    },
    unmount: function (el) {
      var h = handles.get(el);
      if (!h) { return; }
      handles.delete(el);
      h.unmount();
      if (el.shadowRoot) { el.shadowRoot.replaceChildren(); }
    },
    scan: function () {
      var pending = [];
      document.querySelectorAll('[data-sociaaldomein]').forEach(function (el) {
        var p = api.mount(el);
        if (p) { pending.push(p); }
      });
      return Promise.all(pending);
    }
  };
  Object.defineProperty(api, '_attach', {
    value: function (b) { bridge = b; },
    configurable: true
  });
  window.sociaaldomein = api;

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = url;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('cannot load ' + url)); };
      document.head.appendChild(s);
    });
  }

  function fetchOK(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error('cannot load ' + url + ': HTTP ' + r.status); }
      return r;
    });
  }

  function instantiate(go) {
    var url = new URL('sociaaldomein.wasm', base);
    if (WebAssembly.instantiateStreaming) {
      return WebAssembly.instantiateStreaming(fetchOK(url), go.importObject).catch(function () {
        // A server without the application/wasm type: fall back.
        return fetchOK(url).then(function (r) { return r.arrayBuffer(); })
          .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
      });
    }
    return fetchOK(url).then(function (r) { return r.arrayBuffer(); })
      .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
  }

  function start() {
    var css = fetchOK(new URL('widget.css', base)).then(function (r) { return r.text(); });
    return loadScript(new URL('wasm_exec.js', base)).then(function () {
      var go = new window.Go();
      return Promise.all([instantiate(go), css]).then(function (res) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(res[1]);
        go.run(res[0].instance); // runs main until it waits for calls
        delete api._attach;
        need();
        return api.scan().then(function () {
          if (window.performance && performance.mark) { performance.mark('sociaaldomein-ready'); }
        });
      });
    });
  }

  function begin() {
    start().then(function () { resolveReady(api); }, function (err) {
      console.error('sociaaldomein: the calculator could not start:', err && err.message ? err.message : err);
      rejectReady(err);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', begin, { once: true });
  } else {
    begin();
  }
})();
