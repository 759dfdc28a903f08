// Paperbake preview only: served by ./paperbake serve, never part of the published site.
// Asks the server for the build state and waits for the next build (the server holds the request
// until a build finishes, so the page hears of it at once, not at the next poll); reloads the page
// after a successful rebuild and shows the problems of a failed one over the page (the last good
// site stays visible below).
(function () {
  'use strict';
  var script = document.currentScript;
  var seen = script ? script.getAttribute('data-generation') : null;
  // The number of builds the last answer counted; the next request waits for the build after it.
  var builds = null;
  var box = null;

  function showProblems(text) {
    if (!box) {
      var style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = '/_paperbake/live-reload.css';
      document.head.appendChild(style);
      box = document.createElement('div');
      box.className = 'paperbake-build-error';
      box.setAttribute('role', 'alert');
      var title = document.createElement('h2');
      title.textContent = 'The rebuild failed — this is the last good site';
      box.appendChild(title);
      box.appendChild(document.createElement('pre'));
      document.body.appendChild(box);
    }
    box.querySelector('pre').textContent = text;
  }

  function hideProblems() {
    if (box) {
      box.remove();
      box = null;
    }
  }

  function poll() {
    var url = '/_paperbake/status' + (builds === null ? '' : '?builds=' + builds);
    fetch(url, { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen !== null && String(state.generation) !== seen) {
          window.location.reload();
          return;
        }
        seen = String(state.generation);
        builds = state.builds;
        if (state.error) {
          showProblems(state.error);
        } else {
          hideProblems();
        }
        poll();
      })
      .catch(function () {
        // The server is restarting or stopped: try again, more slowly.
        window.setTimeout(poll, 1500);
      });
  }

  poll();
}());
