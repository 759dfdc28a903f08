/* A moved page's redirect (see Redirects.java): go on to the new address with the #fragment the
   reader asked for, which the meta refresh would drop. Without script the refresh and the link still work. */
(function () {
  'use strict';
  var link = document.querySelector('a.moved-to');
  if (link) {
    window.location.replace(link.href + window.location.hash);
  }
}());
